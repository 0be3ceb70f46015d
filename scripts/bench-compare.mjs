/**
 * `npm run bench:compare -- OTHER.bundle.js [N ...]`: this build's single-file bundle against
 * another (an earlier build, a branch's), on alternating fresh pages in the same Chromium, so
 * that both see the same machine load. Prints the medians of both and their ratio (this build
 * over the other: below 1 is faster). N defaults to 10,000 events; 0 measures the drawdown
 * story instead. PAGES (default 8) sets the pages per bundle.
 *
 * On a shared machine absolute times drift by tens of percent from one run to the next; a
 * ratio from interleaved pages is what tells whether a change helped. `--cpu` measures the main
 * thread's CPU time instead (from a Chromium trace of each timed span, summed per phase and divided
 * by its steps; a drag's press and release are in its span): time the thread spent waiting for a
 * core, which other work on the machine adds, is not in it. Tracing costs time of its own, the
 * same for both builds.
 */
import { existsSync } from 'node:fs';
import { copyBuild } from './bench-chunks.mjs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';
import { splitTrace, TRACE_CATEGORIES } from './trace-split.mjs';

const cpu = process.argv.includes('--cpu');
const [other, ...counts] = process.argv.slice(2).filter((a) => a !== '--cpu');
if (!other || !existsSync(other) || !existsSync('dist/drawdown-timeline.bundle.js')) {
  console.error('usage: npm run build && npm run bench:compare -- OTHER.bundle.js [N ...]');
  process.exit(1);
}
const sizes = counts.length ? counts.map(Number) : [10_000];
const pages = Number(process.env.PAGES ?? 8);
// The server serves the repository: the other build is copied into it.
const bundles = { this: '../dist/drawdown-timeline.bundle.js', other: `../${copyBuild(other)}` };

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/bench/index.html?bundle=`;
const browser = await launch();

/** One fresh page's figures (work, in ms) for `n` events, or for the story when `n` is 0. */
async function measure(bundle, n, seed) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await page.goto(base + encodeURIComponent(bundle));
  await page.waitForFunction(() => customElements.get('drawdown-timeline') && window.benchFirstRender);
  // With --cpu: the main thread's CPU time per phase (the page names each timed span).
  const spent = {};
  if (cpu) {
    let running;
    await page.exposeFunction('benchPhase', async (name) => {
      if (running) {
        const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
        const split = splitTrace(events, new Map(), 'tdur');
        spent[running] = (spent[running] ?? 0) + Object.values(split).reduce((a, b) => a + b, 0);
        running = undefined;
      }
      if (name) {
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        running = name;
      }
    });
  }
  const frame = (list, phase) => (cpu ? spent[phase] / list.length : median(list.map((f) => f.work)));
  let figures;
  if (n === 0) {
    const r = await page.evaluate(() => window.benchStory());
    figures = {
      'story, fresh page': cpu ? spent.story : r.first.work,
      'story, warm': frame(r.warm, 'warm'),
      ...(r.steady ? { 'story, steady': frame(r.steady, 'steady') } : {}),
    };
  } else {
    const r = await page.evaluate(([n, seed]) => window.benchFirstRender(n, seed, 10), [n, seed]);
    figures = {
      'first render': cpu ? spent.first : r.first.work,
      'zoom to a new window': frame(r.zoomFrames, 'zoom'),
      ...(r.laterZoomFrames ? { 'zoom to a new window, later': frame(r.laterZoomFrames, 'later') } : {}),
      'wheel-zoom frame': frame(r.wheelFrames, 'wheel'),
      'drag-pan frame': frame(r.dragFrames, 'drag'),
    };
  }
  await page.close();
  return figures;
}

console.log(
  `this build against ${other}: ${cpu ? 'main-thread CPU time (traced)' : 'work'} in ms, medians over ${pages} fresh pages each, alternating`,
);
console.log('| events | measure | this | other | this / other |');
console.log('|---:|---|---:|---:|---:|');
for (const n of sizes) {
  const runs = { this: [], other: [] };
  for (let i = 0; i < pages; i++) {
    // Alternate which goes first, so neither always follows the other.
    const order = i % 2 ? ['other', 'this'] : ['this', 'other'];
    for (const name of order) runs[name].push(await measure(bundles[name], n, i + 1));
  }
  for (const key of Object.keys(runs.this[0])) {
    const a = median(runs.this.map((r) => r[key]));
    const b = median(runs.other.map((r) => r[key]));
    const label = n === 0 ? 'story' : n.toLocaleString('en');
    console.log(`| ${label} | ${key} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)} |`);
  }
}
await browser.close();
server.close();
