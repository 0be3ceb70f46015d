/**
 * `npm run bench -- --peers`: first renders of this element beside d3-milestones and
 * vis-timeline, on the same seeded synthetic documents, in one Chromium run. Each figure is the
 * median over fresh pages: the time from handing over the data to the frame that shows it (the
 * document is built in each library's input shape before the clock starts), and
 * in brackets the main thread's task time over the same span (from the DevTools protocol's
 * TaskDuration metric). Ratios are the peer's time over ours: above 1 means we are faster.
 *   --smoke   100 events only, 2 pages each (CI)
 * Needs `npm run build` first. Writes bench-results/peers.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [100] : [100, 1000, 10_000];
const pagesFor = (n) => (smoke ? 2 : n >= 10_000 ? 3 : 5);
const LIBS = ['drawdown', 'milestones', 'vis'];
const NAMES = { drawdown: 'this element', milestones: 'd3-milestones 1.6', vis: 'vis-timeline 8.5' };

if (!existsSync('dist/drawdown-timeline.bundle.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await serve(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

/** One fresh page per measurement: no library gains from another's warm-up. */
async function measure(lib, n, seed, lang) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/bench/peers.html?lib=${lib}`);
  await page.waitForFunction(() => window.peerReady === true, null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  // The document is built (and its garbage collected) before either clock starts.
  await page.evaluate(([n, seed]) => window.preparePeer(n, seed), [n, seed]);
  const before = await task();
  const ms = await page.evaluate((lang) => window.benchPeer(undefined, undefined, lang), lang);
  const cpu = (await task()) - before;
  await page.close();
  if (errors.length) throw new Error(`${lib} at ${n}: ${errors.join('\n')}`);
  return { ms, cpu };
}

async function row(label, cases) {
  const out = { label };
  for (const [lib, n, lang] of cases) {
    const runs = [];
    for (let i = 0; i < pagesFor(n); i++) runs.push(await measure(lib, n, i + 1, lang));
    out[lib] = { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)) };
  }
  return out;
}

const rows = [];
for (const n of sizes) {
  rows.push(
    await row(
      `${n.toLocaleString('en')} events`,
      LIBS.map((lib) => [lib, n, 'en']),
    ),
  );
}
// The story as readers meet it (Arabic, built in) against the smallest peer on a story-sized document.
rows.push(
  await row('drawdown story (ar) / 20 events', [
    ['drawdown', 0, 'ar'],
    ['milestones', 20, 'en'],
  ]),
);
await browser.close();
server.close();

const cell = (r) => (r ? `${r.ms.toFixed(0)} ms (${r.cpu.toFixed(0)})` : '—');
const ratio = (peer, ours) => (peer && ours ? `${(peer.ms / ours.ms).toFixed(2)}×` : '—');
console.log(
  `| case | ${LIBS.map((l) => NAMES[l]).join(' | ')} | d3-milestones ÷ ours | vis-timeline ÷ ours |`,
);
console.log(`|---|${LIBS.map(() => '---:').join('|')}|---:|---:|`);
for (const r of rows) {
  console.log(
    `| ${r.label} | ${LIBS.map((l) => cell(r[l])).join(' | ')} | ${ratio(r.milestones, r.drawdown)} | ${ratio(r.vis, r.drawdown)} |`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/peers.json',
  `${JSON.stringify({ date: new Date().toISOString(), smoke, rows }, null, 2)}\n`,
);
