/**
 * `npm run bench:hostile [-- OTHER.bundle.js]`: how long hostile documents block the main thread,
 * in Chromium, for this build (and another one, to compare). Three shapes:
 *   points:     9.8 MB of JSON whose one series claims 4.9 million points, through `src`;
 *   categories: 3 million empty categories, through `src`;
 *   sparse:     a series whose `points` is a sparse array of length 5,000,000, through `data`.
 * Blocked time is the longest task (Long Tasks API) from setting the input until the frame that
 * shows the result, against `JSON.parse` of the same text (the bound: 10 times that). Each figure
 * is the median of RUNS (default 3) fresh pages.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { copyBuild } from './bench-chunks.mjs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';

const [other] = process.argv.slice(2);
if (!existsSync('dist/drawdown-timeline.bundle.js') || (other && !existsSync(other))) {
  console.error('usage: npm run build && npm run bench:hostile [-- OTHER.bundle.js]');
  process.exit(1);
}
const runs = Number(process.env.RUNS ?? 3);
mkdirSync('bench-results', { recursive: true });
const bundles = { this: '../dist/drawdown-timeline.bundle.js' };
if (other) bundles.other = `../${copyBuild(other)}`;

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/bench/index.html?bundle=`;
const browser = await launch();

/** Runs in the page: one shape, one fresh element. */
async function measureInPage(shape) {
  const event = '{"id":"a","start":"2020","title":"A"}';
  let text;
  let data;
  if (shape === 'points') {
    text = `{"events":[${event}],"series":[{"id":"s","label":"S","points":[${'0,'.repeat(4_900_000 - 1)}0]}]}`;
  } else if (shape === 'categories') {
    text = `{"events":[${event}],"categories":[${'{},'.repeat(3_000_000 - 1)}{}]}`;
  } else {
    data = {
      events: [JSON.parse(event)],
      series: [{ id: 's', label: 'S', points: new Array(5_000_000) }],
    };
    data.series[0].points[0] = { date: '2020', value: 1 };
  }
  let parse = NaN;
  if (text) {
    const t0 = performance.now();
    JSON.parse(text);
    parse = performance.now() - t0;
  }
  const el = document.createElement('drawdown-timeline');
  el.style.width = '1000px';
  el.data = { events: [JSON.parse(event)] };
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const settled = new Promise((resolve) => {
    el.addEventListener('drawdown-load', resolve, { once: true });
    el.addEventListener('drawdown-error', resolve, { once: true });
  });
  const t0 = performance.now();
  if (text) {
    el.data = undefined;
    el.src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  } else {
    el.data = data;
  }
  await settled;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const total = performance.now() - t0;
  // Long task entries are queued: give them a moment to arrive.
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  const block = Math.max(0, ...tasks.filter((t) => t.startTime >= t0 - 1).map((t) => t.duration));
  return { parse, block, total, events: el.events.length, problems: el.problems.length };
}

const results = {};
for (const shape of ['points', 'categories', 'sparse']) {
  for (const [name, bundle] of Object.entries(bundles)) {
    const figures = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
      await page.goto(base + encodeURIComponent(bundle));
      await page.waitForFunction(() => customElements.get('drawdown-timeline'));
      let r;
      try {
        r = await page.evaluate(measureInPage, shape);
      } catch (error) {
        r = { parse: NaN, block: NaN, total: NaN, failed: String(error).split('\n')[0] };
      }
      figures.push(r);
      await page.close();
    }
    results[`${shape}|${name}`] = figures;
  }
}
await browser.close();
server.close();

console.log(`main-thread block, ms, median of ${runs} fresh pages (Chromium, this machine)`);
console.log('| shape | build | JSON.parse | longest task | ratio | until shown | problems |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [key, figures] of Object.entries(results)) {
  const [shape, name] = key.split('|');
  const m = (k) => median(figures.map((f) => f[k]));
  const failed = figures.find((f) => f.failed)?.failed;
  // The Long Tasks API reports only tasks of 50 ms or more.
  const block = m('block') === 0 ? '< 50' : m('block').toFixed(0);
  const ratio = Number.isFinite(m('parse')) && m('block') > 0 ? (m('block') / m('parse')).toFixed(1) : '—';
  const parse = Number.isFinite(m('parse')) ? m('parse').toFixed(0) : '— (no text)';
  console.log(
    `| ${shape} | ${name} | ${parse} | ${block} | ${ratio} | ${m('total').toFixed(0)} | ${failed ?? m('problems')} |`,
  );
}
