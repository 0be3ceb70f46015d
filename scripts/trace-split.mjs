/**
 * Splits a Chromium trace (devtools.timeline categories) of the page's main thread into what a
 * frame costs: script, style, layout, paint, garbage collection and the rest, by self time (each
 * trace slice minus the slices nested in it), so that a forced style recalculation inside a
 * script call counts as style. Used by `npm run bench -- --trace`.
 */

/** The categories a split needs. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

const KINDS = [
  ['gc', /GC|Scavenge|MarkCompact|Sweep|BlinkGC|CppGC|ThreadState::/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|StyleInvalidat)/],
  ['layout', /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController)/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage|Decode|Rasterize)/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.|V8\.|FireIdleCallback|XHR|ParseHTML|HandlePostMessage)/,
  ],
];

/** The kind a slice's own time belongs to, or undefined to take its parent's. */
function kindOf(name) {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  return undefined;
}

/**
 * Self time in ms per kind (script, style, layout, paint, gc, other) on the renderer main thread
 * with the most slices in `events` (the `traceEvents` of one trace); `names` sums it per slice name.
 * `clock` is `dur` (wall time) or `tdur` (the thread's CPU time: on a loaded machine, what the
 * work cost without the time the thread waited for a core).
 */
export function splitTrace(events, names = new Map(), clock = 'dur') {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number' || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (clock !== 'dur' && typeof e[clock] !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const slices = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // Outer slices first: by start, then the longer one.
  slices.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const split = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      const self = Math.max(0, done.amount - done.children) / 1000;
      split[done.kind] += self;
      const name = `${done.kind} ${done.name}`;
      names.set(name, (names.get(name) ?? 0) + self);
    }
  };
  for (const e of slices) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += e[clock];
    stack.push({
      name: e.name,
      end: e.ts + e.dur,
      amount: e[clock],
      children: 0,
      kind: kindOf(e.name) ?? parent?.kind ?? 'other',
    });
  }
  close(Infinity);
  return split;
}
