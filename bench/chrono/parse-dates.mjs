// Peer figure for `lagebild bench`: parses dates alone with chrono-node on a JSON Lines corpus
// ({"lang": "de"|"en", "text": "...", "dct": "YYYY-MM-DD"} per line), German locale for German texts,
// and prints one JSON object with documents, bytes, found dates and seconds spent parsing (the second of two passes).
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const file = process.argv[2];
if (!file) {
  console.error("usage: node parse-dates.mjs CORPUS.jsonl");
  process.exit(2);
}

const documents = readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l));

function parseAll() {
  let bytes = 0;
  let found = 0;
  for (const doc of documents) {
    const parser = doc.lang === "de" ? chrono.de : chrono.en;
    const reference = doc.dct ? new Date(doc.dct) : new Date();
    found += parser.parse(doc.text, reference).length;
    bytes += Buffer.byteLength(doc.text, "utf8");
  }
  return { bytes, found };
}

// One untimed pass first, as Lagebild's own figure is taken after a warm-up: Node.js compiles hot code as it runs,
// and without it a short corpus measures mostly the compiler.
parseAll();
const started = process.hrtime.bigint();
const { bytes, found } = parseAll();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ documents: documents.length, bytes, found, seconds }));
