// Copies the browser builds of the pinned npm packages into ../wwwroot/vendor.
// Run after `npm ci` (see .ci/browser.sh); the copied files are committed so the page needs no network at run time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'wwwroot', 'vendor');
const files = [
  ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline-graph2d.min.js'],
  ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'vis-timeline-graph2d.min.css'],
  ['vis-network/standalone/umd/vis-network.min.js', 'vis-network.min.js'],
];
mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(here, 'node_modules', from), join(target, to));
  console.log(`vendored ${from} -> wwwroot/vendor/${to}`);
}
