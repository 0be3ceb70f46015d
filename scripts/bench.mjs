/**
 * `npm run bench`: the element in real Chromium (Debian's, through Playwright), medians over
 * fresh pages. Needs `npm run build` first (it measures the single-file bundle).
 *   node scripts/bench.mjs            full run: N = 100, 1,000, 10,000, 50,000; 5 pages each
 *   node scripts/bench.mjs --smoke    N = 100 and 1,000; 2 pages each (CI)
 *   node scripts/bench.mjs --peers    first renders beside d3-milestones and vis-timeline
 *   node scripts/bench.mjs --bytes    the bundle's bytes per source module (no browser)
 *   node scripts/bench.mjs --page     the story's page from navigation to its first frame
 *   node scripts/bench.mjs --trace N  where a first render of N events (or `story`) spends its time
 * Prints a table and writes bench-results/bench.json.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';
import { median } from './median.mjs';

// `--peers`: this element beside d3-milestones and vis-timeline, in scripts/bench-peers.mjs.
if (process.argv.includes('--peers')) {
  await import('./bench-peers.mjs');
  process.exit(process.exitCode ?? 0);
}
// `--trace`: where one first render spends its time (a CPU profile and Chromium's split).
if (process.argv.includes('--trace')) {
  await import('./bench-trace.mjs');
  process.exit(process.exitCode ?? 0);
}
// `--page`: the story's page from navigation to its first frame, the bundle's load included.
if (process.argv.includes('--page')) {
  await import('./bench-page.mjs');
  process.exit(process.exitCode ?? 0);
}
// `--bytes`: what each source module adds to the bundle, from its source map (no browser).
if (process.argv.includes('--bytes')) {
  await import('./bench-bytes.mjs');
  process.exit(process.exitCode ?? 0);
}

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [100, 1000] : [100, 1000, 10_000, 50_000];
const pages = smoke ? 2 : 5;
const pans = smoke ? 3 : 10;

if (!existsSync('dist/drawdown-timeline.bundle.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

function bytes(file) {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/bench/index.html`;
const browser = await launch();

async function freshPage() {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('drawdown-timeline') && window.benchFirstRender);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { page, heap, errors, cdp };
}

/**
 * A heap snapshot's JS objects summed in two parts: compiled code with its type feedback (what
 * V8 adds as functions get hot) and everything else. Blink's objects are left out.
 */
async function heapKinds(cdp) {
  const chunks = [];
  const take = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const sums = { code: 0, data: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type]];
    if (kind === 'native') continue;
    sums[kind === 'code' ? 'code' : 'data'] += nodes[i + size];
  }
  return sums;
}

const results = { date: new Date().toISOString(), smoke, runs: [] };
/** Median latency and median work of a list of frame measurements. */
const frames = (list) => ({
  latencyMs: median(list.map((f) => f.latency)),
  workMs: median(list.map((f) => f.work)),
  ...(list[0]?.writes !== undefined ? { domWrites: median(list.map((f) => f.writes)) } : {}),
});
for (const n of sizes) {
  const first = [];
  const zoom = [];
  const laterZoom = [];
  const drag = [];
  const wheel = [];
  const elements = [];
  const heaps = [];
  for (let i = 0; i < pages; i++) {
    const { page, heap, errors } = await freshPage();
    const r = await page.evaluate(
      ([n, seed, pans]) => window.benchFirstRender(n, seed, pans),
      [n, i + 1, pans],
    );
    heaps.push(await heap());
    const jumpWrites = await page.evaluate((steps) => window.benchJumpWrites(steps), pans);
    if (errors.length) throw new Error(errors.join('\n'));
    first.push(r.first);
    zoom.push({ ...frames(r.zoomFrames), domWrites: median(jumpWrites) });
    laterZoom.push(frames(r.laterZoomFrames));
    drag.push(frames(r.dragFrames));
    wheel.push(frames(r.wheelFrames));
    elements.push(Math.max(r.elements, r.zoomedElements));
    await page.close();
  }
  results.runs.push({
    events: n,
    firstRender: frames(first),
    // Per page the median frame, then the median over pages.
    zoomFrame: {
      latencyMs: median(zoom.map((z) => z.latencyMs)),
      workMs: median(zoom.map((z) => z.workMs)),
      domWrites: median(zoom.map((z) => z.domWrites)),
    },
    laterZoomFrame: {
      latencyMs: median(laterZoom.map((z) => z.latencyMs)),
      workMs: median(laterZoom.map((z) => z.workMs)),
    },
    dragFrame: {
      latencyMs: median(drag.map((z) => z.latencyMs)),
      workMs: median(drag.map((z) => z.workMs)),
      domWrites: median(drag.map((z) => z.domWrites)),
    },
    wheelFrame: {
      latencyMs: median(wheel.map((z) => z.latencyMs)),
      workMs: median(wheel.map((z) => z.workMs)),
      domWrites: median(wheel.map((z) => z.domWrites)),
    },
    domElements: Math.max(...elements),
    heapMB: median(heaps) / 2 ** 20,
  });
}

const storyCold = [];
const storyWarm = [];
const storySteady = [];
for (let i = 0; i < pages; i++) {
  const { page } = await freshPage();
  const r = await page.evaluate(() => window.benchStory());
  storyCold.push(r.first);
  storyWarm.push(...r.warm);
  storySteady.push(...r.steady);
  await page.close();
}
results.story = { cold: frames(storyCold), warm: frames(storyWarm), steady: frames(storySteady) };

// Heap after 20 document swaps against after the first (1,000 events each): the JS heap and
// Blink's (the DOM, styles, canvas and text shaping the page holds).
{
  const { page, cdp } = await freshPage();
  const both = async () => {
    // Blink sweeps its heap after a collection, partly later: collect again once it has.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return { js: u.usedSize / 2 ** 20, blink: u.embedderHeapUsedSize / 2 ** 20 };
  };
  await page.evaluate(() => window.benchSwaps(1, 1000));
  const after1 = await both();
  const kinds1 = await heapKinds(cdp);
  await page.evaluate(() => window.benchSwaps(20, 1000));
  const after20 = await both();
  const kinds20 = await heapKinds(cdp);
  // Twenty more: a leak keeps growing, compiled code and bounded caches level off.
  await page.evaluate(() => window.benchSwaps(20, 1000));
  const after40 = await both();
  const sum = (h) => h.js + h.blink;
  results.heapAfterSwaps = {
    firstMB: after1,
    after20MB: after20,
    after40MB: after40,
    ratio: {
      js: after20.js / after1.js,
      blink: after20.blink / after1.blink,
      total: sum(after20) / sum(after1),
    },
    // What V8 compiles as the code warms up is not held by the element: the JS heap without it.
    jsWithoutCode: {
      firstMB: kinds1.data / 2 ** 20,
      after20MB: kinds20.data / 2 ** 20,
      ratio: kinds20.data / kinds1.data,
      codeMB: [kinds1.code / 2 ** 20, kinds20.code / 2 ** 20],
    },
    ratio40: {
      js: after40.js / after20.js,
      blink: after40.blink / after20.blink,
      total: sum(after40) / sum(after20),
    },
  };
  await page.close();
}

// What a page fetches: the bundle for the story or a JSON document; a reader chunk on top for
// other formats (dist/bundle/); everything in one file for those who take all.js.
results.bundles = {
  bundle: bytes('dist/drawdown-timeline.bundle.js'),
  all: bytes('dist/drawdown-timeline.all.js'),
  chunks: Object.fromEntries(
    readdirSync('dist/bundle')
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, bytes(join('dist/bundle', f))]),
  ),
};

await browser.close();
server.close();

const ms = (v) => `${v.toFixed(1)} ms`;
const both = (f) => `${ms(f.latencyMs)} / ${ms(f.workMs)}`;
console.log(`drawdown-timeline benchmark (${smoke ? 'smoke' : 'full'}; medians over ${pages} fresh pages)`);
console.log('Each figure is latency / work: until the frame is done / without the wait for vsync.');
console.log(
  '| events | first render | zoom to a new window: first / later | wheel-zoom frame | drag-pan frame | DOM writes per jump / wheel / drag step | DOM elements | JS heap |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results.runs) {
  console.log(
    `| ${r.events.toLocaleString('en')} | ${both(r.firstRender)} | ${both(r.zoomFrame)}; ${both(r.laterZoomFrame)} | ${both(r.wheelFrame)} | ${both(r.dragFrame)} | ${r.zoomFrame.domWrites} / ${r.wheelFrame.domWrites} / ${r.dragFrame.domWrites} | ${r.domElements} | ${r.heapMB.toFixed(1)} MB |`,
  );
}
console.log(
  `drawdown story, data → frame: ${both(results.story.cold)} on a fresh page, ${both(results.story.warm)} ` +
    `warm (renders 2–6), ${both(results.story.steady)} steady (renders 12–21)`,
);
const h = results.heapAfterSwaps;
const mb = (v) => `${v.toFixed(2)} MB`;
for (const part of ['js', 'blink']) {
  console.log(
    `${part === 'js' ? 'JS' : 'Blink'} heap after 1, 20 and 40 document swaps: ${mb(h.firstMB[part])} → ` +
      `${mb(h.after20MB[part])} (×${h.ratio[part].toFixed(2)}) → ${mb(h.after40MB[part])} (×${h.ratio40[part].toFixed(2)})`,
  );
}
const w = h.jsWithoutCode;
console.log(
  `JS heap without compiled code, after 1 and 20 swaps (heap snapshots): ${mb(w.firstMB)} → ${mb(w.after20MB)} ` +
    `(×${w.ratio.toFixed(2)}); compiled code and type feedback ${mb(w.codeMB[0])} → ${mb(w.codeMB[1])}`,
);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(
  `critical path (the bundle): ${kb(results.bundles.bundle.raw)} raw, ${kb(results.bundles.bundle.gzip)} gzip; ` +
    `chunks fetched on demand: ${Object.entries(results.bundles.chunks)
      .map(([f, b]) => `${f} ${kb(b.gzip)}`)
      .join(', ')}; all.js ${kb(results.bundles.all.gzip)} gzip`,
);
// The project's performance targets, each against what this run measured (work figures).
const at = (n) => results.runs.find((r) => r.events === n);
const targets = [
  ['10,000 events: first render', '≤ 200 ms', at(10_000)?.firstRender.workMs, (v) => v <= 200, ms],
  ['10,000 events: wheel-zoom frame', '≤ 16 ms', at(10_000)?.wheelFrame.workMs, (v) => v <= 16, ms],
  ['10,000 events: drag-pan frame', '≤ 16 ms', at(10_000)?.dragFrame.workMs, (v) => v <= 16, ms],
  [
    '10,000 events: zoom to a new window, first jumps',
    '≤ 16 ms',
    at(10_000)?.zoomFrame.workMs,
    (v) => v <= 16,
    ms,
  ],
  [
    '10,000 events: zoom to a new window, later jumps',
    '≤ 16 ms',
    at(10_000)?.laterZoomFrame.workMs,
    (v) => v <= 16,
    ms,
  ],
  ['50,000 events: first render', '≤ 1 s', at(50_000)?.firstRender.workMs, (v) => v <= 1000, ms],
  [
    'DOM elements at any N',
    '≤ 2,000',
    Math.max(...results.runs.map((r) => r.domElements)),
    (v) => v <= 2000,
    String,
  ],
  ['drawdown story, fresh page', '≤ 16 ms', results.story.cold.workMs, (v) => v <= 16, ms],
  ['drawdown story, warm (renders 2–6)', '≤ 16 ms', results.story.warm.workMs, (v) => v <= 16, ms],
  ['drawdown story, steady (renders 12–21)', '≤ 16 ms', results.story.steady.workMs, (v) => v <= 16, ms],
  ['critical path (the bundle), gzip', '≤ 40 KB', results.bundles.bundle.gzip, (v) => v <= 40 * 1024, kb],
  ['JS heap after 20 swaps', '≤ ×1.10', h.ratio.js, (v) => v <= 1.1, (v) => `×${v.toFixed(2)}`],
  ['Blink heap after 20 swaps', '≤ ×1.10', h.ratio.blink, (v) => v <= 1.1, (v) => `×${v.toFixed(2)}`],
].filter(([, , value]) => value !== undefined);
results.targets = targets.map(([name, target, value, met]) => ({ name, target, value, met: met(value) }));
console.log('\n| measure | target | measured | |\n|---|---:|---:|---|');
for (const [name, target, value, met, show] of targets) {
  console.log(`| ${name} | ${target} | ${show(value)} | ${met(value) ? 'met' : 'missed'} |`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench${smoke ? '-smoke' : ''}.json`, `${JSON.stringify(results, null, 2)}\n`);
