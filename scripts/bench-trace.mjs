/**
 * `npm run bench -- --trace [N|story|page|jump|PHASE:N|warm:0|steady:0] [--lang ar|en] [--top 25] [--bundle OTHER.bundle.js]`: where one fresh-page first
 * render spends its time, in real Chromium (`page`: the story's page as a reader meets it, from
 * navigation to its first frame, the bundle's load and compile included, as `npm run bench -- --page`
 * times it; `jump`: one `zoomTo` at 10,000 events, after the
 * first render; `zoom:N`, `later:N`, `drag:N`, `wheel:N`: the steps of that phase of
 * `npm run bench:compare` at N events, all of them, profiled together; `warm:0`, `steady:0`: the
 * story's re-renders on a warm page, as bench:compare times them). The page is the peers bench page with this element
 * (the data is set before the element is connected); the render is timed from the data to the
 * frame; the document is built before the profile starts, so only that span is profiled. `--bundle`
 * profiles another build (its source map beside it names its functions). Prints the main thread's time split by kind (script, style, layout, paint, GC; from a
 * Chromium trace of the same span, `scripts/trace-split.mjs`) and the
 * functions with the most self time from a V8 CPU profile sampled every 50 µs. Several pages
 * are profiled and summed, so a function's figure is its total over `--pages` renders.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';
import { readSourceMap } from './source-map.mjs';
import { splitTrace, TRACE_CATEGORIES } from './trace-split.mjs';
import { copyBuild } from './bench-chunks.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
// The server serves the repository: another bundle (and its map) is copied into it.
const other = arg('--bundle', '');
const bundleFile = other ? copyBuild(other) : 'dist/drawdown-timeline.bundle.js';
const bundleName = bundleFile.replace(/^.*\//, '');
const bundleMap = readSourceMap(bundleFile);
const which = arg('--trace', '100');
const jump = which === 'jump';
const storyPage = which === 'page';
const [phase, phaseSize] = which.includes(':') ? which.split(':') : [];
const n = phase ? Number(phaseSize) : which === 'story' || storyPage ? 0 : jump ? 10_000 : Number(which);
const lang = arg('--lang', n === 0 ? 'ar' : 'en');
const top = Number(arg('--top', '25'));
const pages = Number(arg('--pages', '5'));

/** Top-level functions of a source file by line: `src/schema/validate.ts` → [[line, name], …]. */
const functionsOf = new Map();
function enclosingFunction(file, line) {
  if (!functionsOf.has(file)) {
    const found = [];
    if (existsSync(file)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = /^(?:export )?(?:async )?function\*? ?(\w+)|^(?:export )?const (\w+) = /.exec(text);
          if (m) found.push([i + 1, m[1] ?? m[2]]);
        });
    }
    functionsOf.set(file, found);
  }
  let name;
  for (const [at, fn] of functionsOf.get(file)) if (at <= line) name = fn;
  return name;
}

/** Steps of reading a document that turn checked input into the model, by function. */
const NORMALISE = new Set([
  'normalizeEvent',
  'normalizeSource',
  'normalizeMedia',
  'normalizeSeries',
  'byTime',
  'computeExtent',
  'readFocus',
]);

/**
 * The stage of a render a frame belongs to, from the source module (and, in the validation
 * module, the function) it came from; undefined for code that works for whoever calls it (date
 * arithmetic, shared helpers), whose time goes to its caller's stage.
 */
function stageOf(where) {
  const m = /^(.*):(\d+)$/.exec(where);
  if (!m) return undefined;
  const [, file, line] = m;
  if (file === 'src/schema/validate.ts') {
    return NORMALISE.has(enclosingFunction(file, Number(line)))
      ? 'normalisation (dates, spans, sort, extent)'
      : 'validation (fast path, copy, valibot, ids)';
  }
  if (file.startsWith('src/schema/') || file.startsWith('valibot/')) {
    return 'validation (fast path, copy, valibot, ids)';
  }
  if (/^src\/layout\/(scales|warp|axis|tick-column|reference)\.ts$/.test(file)) return 'scale and ticks';
  if (/^src\/layout\/(visible|clusters|cluster-count|dense|mark-paths)\.ts$/.test(file)) {
    return 'culling and clusters';
  }
  if (/^src\/layout\/(labels|dodge|periods|reserve|occupied)\.ts$/.test(file)) return 'labels (placing)';
  if (file === 'src/components/drawdown-timeline/measure.ts') return 'labels (measuring text)';
  if (file.startsWith('src/layout/')) return 'layout, the rest';
  if (file.startsWith('src/locale/')) return 'words and formatters (Intl)';
  if (file.startsWith('src/controllers/')) return 'controllers';
  if (file.startsWith('src/components/')) return 'element and templates';
  if (/^(lit|lit-html|lit-element|@lit)\//.test(file)) return 'Lit render';
  if (/^d3-/.test(file)) return 'D3 (math)';
  return undefined;
}

const server = await serve(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

const selfTime = new Map();
/** Profile time per stage of the render (see `stageOf`), summed over the pages. */
const stageTime = new Map();
/** Trace self time per kind and slice name, summed over the pages. */
const slices = new Map();
const splits = [];
const totals = [];
for (let p = 0; p < pages; p++) {
  let after;
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const bundleParam = other ? `bundle=${encodeURIComponent(`../${bundleFile}`)}` : '';
  if (storyPage) {
    // A page of the same origin first (the server's answer for a missing file): the story's page
    // then loads in the same renderer, which the profiler and the trace are already watching.
    await page.goto(`${origin}/bench/none`);
  } else {
    await page.goto(
      phase
        ? `${origin}/bench/index.html?${bundleParam}`
        : `${origin}/bench/peers.html?lib=drawdown${bundleParam ? `&${bundleParam}` : ''}`,
    );
    await page.waitForFunction(
      () => (window.peerReady === true || window.benchFirstRender) && customElements.get('drawdown-timeline'),
    );
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  let before;
  let profile;
  let trace;
  let ms;
  // A phase the page runs more than once (the story's warm and steady renders) is profiled each
  // time: every span's profile and trace are taken, and the page's figures are their sums.
  const spans = [];
  if (phase) {
    // The page announces each phase; only the one asked for is profiled.
    let t0 = 0;
    let running = false;
    await page.exposeFunction('benchPhase', async (name) => {
      if (running) {
        const spent = performance.now() - t0;
        const traced = await browser.stopTracing();
        const metricsAfter = await metrics();
        const { profile: profiled } = await cdp.send('Profiler.stop');
        spans.push({ ms: spent, trace: traced, before, after: metricsAfter, profile: profiled });
        running = false;
      }
      if (name === phase) {
        // The profiler starts before the trace (its start-up is not the element's) and stops after it.
        await cdp.send('Profiler.start');
        before = await metrics();
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        t0 = performance.now();
        running = true;
      }
    });
    // Seeds as bench:compare's pages use them (odd seeds are Arabic); 0 events: the story's phases.
    if (n === 0) await page.evaluate(() => window.benchStory());
    else await page.evaluate(([n, seed]) => window.benchFirstRender(n, seed, 10), [n, p + 1]);
  } else if (storyPage) {
    await cdp.send('Profiler.start');
    before = await metrics();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(`${origin}/bench/story.html${bundleParam ? `?${bundleParam}` : ''}`);
    await page.waitForFunction(() => window.storyShown !== undefined, null, { timeout: 60_000 });
    // From the navigation's start (the story page's own clock) to its first frame.
    ms = await page.evaluate(() => window.storyShown);
    trace = await browser.stopTracing();
    after = await metrics();
    ({ profile } = await cdp.send('Profiler.stop'));
    spans.push({ ms, trace, before, after, profile });
  } else {
    if (jump) await page.evaluate(([n, lang]) => window.benchPeer(n, 1, lang), [n, lang]);
    else await page.evaluate((n) => window.preparePeer(n, 1), n);
    await cdp.send('Profiler.start');
    before = await metrics();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    ms = jump
      ? await page.evaluate(async (p) => {
          const el = document.querySelector('drawdown-timeline');
          const t0 = performance.now();
          el.zoomTo(String(1970 + p * 7), String(1977 + p * 7));
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => setTimeout(resolve, 0));
          return performance.now() - t0;
        }, p)
      : await page.evaluate((lang) => window.benchPeer(undefined, 1, lang), lang);
    trace = await browser.stopTracing();
    after = await metrics();
    ({ profile } = await cdp.send('Profiler.stop'));
    spans.push({ ms, trace, before, after, profile });
  }
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  totals.push(sum(spans.map((s) => s.ms)));
  const split = {};
  for (const s of spans) {
    const d = (k) => (s.after[k] - s.before[k]) * 1000;
    for (const [k, v] of Object.entries({
      task: d('TaskDuration'),
      ...splitTrace(JSON.parse(s.trace.toString()).traceEvents, slices),
    }))
      split[k] = (split[k] ?? 0) + v;
  }
  splits.push(split);
  for (const { profile } of spans) {
    // Self time per function: samples × their intervals, by the node each sample landed in.
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
    const whereOf = (f) => {
      const file = f.url ? f.url.replace(/^.*\//, '') : '';
      // Frames of the bundle are named by the source line they came from.
      return (
        (file === bundleName && bundleMap.origin(f.lineNumber, f.columnNumber)) ||
        (file ? `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '')
      );
    };
    const deltas = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = nodes.get(profile.samples[i]);
      const f = node.callFrame;
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const key = `${f.functionName || '(anonymous)'} ${whereOf(f)}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
      // The stage of a sample: that of the innermost frame on its stack that belongs to one.
      let stage;
      for (let at = node; at && !stage; at = parents.get(at.id)) stage = stageOf(whereOf(at.callFrame));
      stage ??= f.functionName.startsWith('(') ? f.functionName : 'other script (page, harness)';
      stageTime.set(stage, (stageTime.get(stage) ?? 0) + ms);
    }
  }
  await page.close();
}
await browser.close();
server.close();

const label = phase
  ? n === 0
    ? `the story's ${phase} renders`
    : `the ${phase} steps at ${n.toLocaleString('en')} events (10 steps)`
  : storyPage
    ? 'the story page (ar)'
    : jump
      ? `a zoomTo jump at 10,000 events (${lang})`
      : n === 0
        ? `the drawdown story (${lang})`
        : `${n} events (${lang})`;
const med = (k) => median(splits.map((s) => s[k])).toFixed(1);
console.log(
  `${label}, fresh page, ${phase ? 'phase' : jump ? 'call' : storyPage ? 'navigation' : 'data'} → frame: median ${median(totals).toFixed(1)} ms over ${pages} pages; ` +
    `main thread ${med('task')} ms; self time by kind from the trace (medians, ms): script ${med('script')}, ` +
    `style ${med('style')}, layout ${med('layout')}, paint ${med('paint')}, GC ${med('gc')}, other ${med('other')}`,
);
console.log(`\nTrace self time summed over ${pages} renders, by slice:\n| ms | kind and slice |\n|---:|---|`);
for (const [key, t] of [...slices.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`| ${t.toFixed(1)} | ${key} |`);
}
console.log(
  `\nProfile time per render (mean over ${pages} pages, V8 sampling profile; a sample counts for the innermost ` +
    `frame on its stack that belongs to a stage; "(program)" is the browser's own work: style, layout, paint):\n| ms | stage |\n|---:|---|`,
);
for (const [stage, t] of [...stageTime.entries()].sort((a, b) => b[1] - a[1])) {
  if (stage !== '(idle)') console.log(`| ${(t / pages).toFixed(1)} | ${stage} |`);
}
console.log(`\nSelf time summed over ${pages} renders (V8 sampling profile):\n| ms | function |\n|---:|---|`);
for (const [key, t] of [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`| ${t.toFixed(1)} | ${key} |`);
}
