/**
 * `npm run bench -- --page [OTHER.bundle.js]`: the built-in story's page as a reader meets it,
 * from navigation to the frame that shows the story (bench/story.html: Arabic, the bundle loaded
 * by a module script tag, no data given), and the main thread's task time over that span (the
 * DevTools protocol's TaskDuration). Unlike the other benches, which load the bundle before the
 * clock starts, this counts fetching, compiling and evaluating the bundle: work moved from the
 * render into the script's load shows here. With another build, both are measured on alternating
 * fresh pages (PAGES each, default 8). Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';
import { copyBuild } from './bench-chunks.mjs';

const other = process.argv.slice(2).find((a) => a.endsWith('.js'));
const pages = Number(process.env.PAGES ?? 8);
if (!existsSync('dist/drawdown-timeline.bundle.js') || (other && !existsSync(other))) {
  console.error('usage: npm run build && npm run bench -- --page [OTHER.bundle.js]');
  process.exit(1);
}
const bundles = { this: '../dist/drawdown-timeline.bundle.js' };
if (other) bundles.other = `../${copyBuild(other)}`;

const server = await serve(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

async function measure(bundle) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/bench/story.html?bundle=${encodeURIComponent(bundle)}`);
  await page.waitForFunction(() => window.storyShown !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.storyShown);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  await page.close();
  return { ms, task };
}

const names = Object.keys(bundles);
const runs = Object.fromEntries(names.map((name) => [name, []]));
for (let i = 0; i < pages; i++) {
  // Alternate which goes first, so neither always follows the other.
  for (const name of i % 2 ? [...names].reverse() : names) runs[name].push(await measure(bundles[name]));
}
await browser.close();
server.close();

console.log(`the story page (ar), navigation → first frame; medians over ${pages} fresh pages each`);
console.log('| build | navigation → frame | main-thread tasks |');
console.log('|---|---:|---:|');
for (const name of names) {
  const label = name === 'this' ? 'this build' : other;
  const ms = median(runs[name].map((r) => r.ms));
  const task = median(runs[name].map((r) => r.task));
  console.log(`| ${label} | ${ms.toFixed(1)} ms | ${task.toFixed(1)} ms |`);
}
