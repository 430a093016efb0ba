#!/usr/bin/env python3
"""Checks an analysis file against the analysis format: required keys and types, offsets inside the text,
and each span's text equal to the slice at its offsets (UTF-16 indices). Exits non-zero on any violation.

usage: check_format.py ANALYSIS.jsonl TEXT_FOLDER
"""
import json
import os
import sys

LAYERS = {
    "entities": {"start": int, "end": int, "text": str, "type": str},
    "timexes": {"start": int, "end": int, "text": str, "type": str, "value": str},
    "quotes": {"start": int, "end": int, "text": str, "kind": str},
    "events": {"start": int, "end": int, "text": str, "type": str, "source": list, "target": list, "context": list, "rule": str},
}


def utf16_slice(text, start, end):
    units = text.encode("utf-16-le")
    return units[start * 2:end * 2].decode("utf-16-le", errors="replace")


def main(analysis, folder):
    errors = []
    seen = 0
    with open(analysis, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            doc = json.loads(line)
            seen += 1
            where = f"{analysis}:{n} ({doc.get('id')})"
            for key in ("id", "lang", "dct", *LAYERS):
                if key not in doc:
                    errors.append(f"{where}: missing key {key}")
            path = os.path.join(folder, f"{doc.get('id')}.txt")
            text = open(path, encoding="utf-8-sig").read() if os.path.exists(path) else None
            length = len(text.encode("utf-16-le")) // 2 if text is not None else None
            for layer, fields in LAYERS.items():
                for item in doc.get(layer, []):
                    for field, kind in fields.items():
                        if not isinstance(item.get(field), kind):
                            errors.append(f"{where}: {layer} item lacks {field} of type {kind.__name__}: {item}")
                    if text is None or not isinstance(item.get("start"), int):
                        continue
                    if not 0 <= item["start"] <= item["end"] <= length:
                        errors.append(f"{where}: {layer} offsets outside the text: {item}")
                    elif utf16_slice(text, item["start"], item["end"]) != item.get("text"):
                        errors.append(f"{where}: {layer} text differs from the slice at its offsets: {item}")
    for e in errors[:50]:
        print(e)
    print(f"format check: {seen} documents, {len(errors)} problems")
    return 1 if errors or seen == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
