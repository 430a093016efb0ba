// End-to-end test of the Lagebild page in a real, headless chromium.
// Usage: node run.mjs <page-url> <screenshot-dir>   (CHROMIUM overrides /usr/bin/chromium)
// playwright launches chromium with a fresh temporary profile (user data dir) each run.
// Prints one line per step; exits 0 when every check passed, 1 otherwise.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, shots = 'screenshots'] = process.argv.slice(2);
if (!url) { console.error('usage: node run.mjs <page-url> <screenshot-dir>'); process.exit(2); }
mkdirSync(shots, { recursive: true });

const check = (condition, message) => { if (!condition) throw new Error(`check failed: ${message}`); console.log(`ok   ${message}`); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1600 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith(new URL(url).origin)) errors.push(`external request: ${r.url()}`); });

  await page.goto(url);
  await page.waitForSelector('#timeline .vis-item', { timeout: 15000 });
  const total = Number(await page.getAttribute('#timeline', 'data-count'));
  check(total > 0, `timeline shows ${total} incidents`);
  check(await page.locator('#timeline .vis-item.context').count() > 0 || process.env.E2E_NO_CONTEXT === '1', 'context (future/hypothetical) incidents are marked');
  await page.waitForFunction(() => document.querySelector('#network')?.dataset.nodes?.length > 0);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(shots, '01-overview.png'), fullPage: true });

  // Click an incident in the timeline: the incident panel shows its reports with the sentence highlighted.
  await page.locator('#timeline .vis-item.vis-box .vis-item-content').first().click();
  await page.waitForSelector('#incident .report mark', { timeout: 10000 });
  const reports = await page.locator('#incident .report').count();
  const marked = (await page.locator('#incident .report mark').first().textContent()) ?? '';
  check(reports > 0 && marked.trim().length > 0, `incident shows ${reports} report(s), highlighted "${marked.slice(0, 60)}"`);
  check(/rule /.test(await page.locator('#incident .why').first().textContent()), 'incident shows the rule that fired');
  check(new URL(page.url()).searchParams.has('incident'), 'selected incident is in the URL');
  await page.locator('#incident-panel').screenshot({ path: join(shots, '02-incident.png') });

  // Click an actor in the network: the URL gets the actor filter and the timeline narrows to its incidents.
  const target = await page.evaluate(() => {
    const network = window.lagebildNetwork;
    const ids = document.querySelector('#network').dataset.nodes.split(' ');
    const counts = ids.map((id) => [id, network.getConnectedEdges(id).length]).sort((a, b) => a[1] - b[1]);
    const id = counts[0][0];
    const position = network.canvasToDOM(network.getPosition(id));
    const box = document.querySelector('#network canvas').getBoundingClientRect();
    return { id, x: box.left + position.x, y: box.top + position.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, target.id, { timeout: 10000 });
  check(true, `clicking actor ${target.id} puts actor=${target.id} in the URL`);
  await page.waitForFunction((before) => Number(document.querySelector('#timeline').dataset.count) < before, total, { timeout: 10000 })
    .catch(() => {});
  const narrowed = Number(await page.getAttribute('#timeline', 'data-count'));
  check(narrowed > 0 && narrowed <= total, `timeline narrows to ${narrowed} of ${total} incidents for ${target.id}`);
  check(await page.inputValue('input[name=actor]') === target.id, 'the actor filter field shows the actor');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, '03-actor-filter.png'), fullPage: true });

  // A shared URL restores the view.
  await page.goto(page.url());
  await page.waitForSelector('#timeline .vis-item', { timeout: 15000 });
  check(Number(await page.getAttribute('#timeline', 'data-count')) === narrowed, 'reloading the URL restores the filtered view');
  check(errors.length === 0, `no page errors or external requests${errors.length ? ': ' + errors.join('; ') : ''}`);
} catch (e) {
  failed = true;
  console.log(`FAIL ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
