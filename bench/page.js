/**
 * Runs in the benchmark page. Each measurement starts when an input is set and ends with the
 * frame that shows it, and is reported two ways:
 *   latency: until that frame is done (the element's update, the wait for the next vsync, then
 *            style, layout and paint of the frame; a task queued from the frame's rAF runs after
 *            them);
 *   work:    the same without the wait for vsync: the main-thread time the change costs, which
 *            is what has to fit into one 16.7 ms frame for a gesture to stay smooth.
 */
import { syntheticDocument } from '../tests/fixtures/synthetic.js';

// The bundle under test: the build's, or another one given as `?bundle=` (scripts/bench-compare.mjs).
const bundle = new URLSearchParams(location.search).get('bundle') ?? '../dist/drawdown-timeline.bundle.js';
const { drawdownStory } = await import(bundle);

async function shown(el, t0 = performance.now()) {
  await el.updateComplete;
  const updated = performance.now();
  const frameStart = await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
  const done = performance.now();
  return { latency: done - t0, work: updated - t0 + (done - Math.max(updated, frameStart)) };
}

/**
 * Counts what each step writes into the element's DOM (attributes set, nodes added or removed,
 * texts changed): unlike times, the count is the same on any machine, so it shows whether a
 * step redoes only what moved.
 */
function writes(el) {
  const count = (records) =>
    records.reduce(
      (n, r) => n + (r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1),
      0,
    );
  let seen = 0;
  const observer = new MutationObserver((records) => {
    seen += count(records);
  });
  observer.observe(el.shadowRoot, { subtree: true, attributes: true, childList: true, characterData: true });
  return {
    take: () => {
      const n = seen + count(observer.takeRecords());
      seen = 0;
      return n;
    },
    stop: () => observer.disconnect(),
  };
}

function elementCount(el) {
  return el.shadowRoot.querySelectorAll('*').length;
}

/** First render of a synthetic document of `n` events, then `pans` zoom/pan frames. */
window.benchFirstRender = async (n, seed, pans) => {
  const doc = syntheticDocument(n, seed);
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', seed % 2 ? 'ar' : 'en');
  // The garbage of generating the document is the page's, not the element's: collect it first
  // (Chromium runs with --expose-gc here).
  globalThis.gc?.();
  await globalThis.benchPhase?.('first');
  // As in the peers' bench: the data is set before the element is connected, so the first
  // render includes the element's own first connection, as a page that has its data at hand meets it.
  const t0 = performance.now();
  el.data = doc;
  document.body.append(el);
  const first = await shown(el, t0);
  await globalThis.benchPhase?.('');
  const elements = elementCount(el);
  // Zoom into a seventh of the span at different places: each step is a new window to draw.
  // The first `pans` steps run code the first render did not, still cold on a fresh page; the
  // next `pans` go through the same years again, a year later, on code that is warm by then.
  const zoomFrames = [];
  const laterZoomFrames = [];
  // `npm run bench -- --trace zoom:N|later:N|drag:N|wheel:N` profiles one of these phases.
  await globalThis.benchPhase?.('zoom');
  for (let i = 0; i < 2 * pans; i++) {
    if (i === pans) await globalThis.benchPhase?.('later');
    const year = 1960 + ((i * 7) % 55) + (i < pans ? 0 : 1);
    const t = performance.now();
    el.zoomTo(String(year), String(year + 7));
    (i < pans ? zoomFrames : laterZoomFrames).push(await shown(el, t));
  }
  // Back to the last window of the first steps: the drag and the wheel start where they always have.
  const last = 1960 + (((pans - 1) * 7) % 55);
  await globalThis.benchPhase?.('');
  el.zoomTo(String(last), String(last + 7));
  await shown(el);
  const zoomedElements = elementCount(el);
  await globalThis.benchPhase?.('drag');
  const dragFrames = await dragPan(el, pans);
  await globalThis.benchPhase?.('wheel');
  const wheelFrames = await wheelZoom(el, pans);
  await globalThis.benchPhase?.('');
  return {
    first,
    zoomFrames,
    laterZoomFrames,
    dragFrames,
    wheelFrames,
    elements,
    zoomedElements,
    events: el.events.length,
  };
};

/**
 * A drag along the axis, as a reader pans: pointer events, each followed by the mouse event a
 * browser sends after it (bundles from before the pointer-event gestures listen to those), 12 px
 * per step; each step is timed from the move to the frame that shows it.
 */
async function dragPan(el, steps) {
  const svg = el.shadowRoot.querySelector('svg[part="chart"]');
  const box = svg.getBoundingClientRect();
  const y = box.top + box.height / 2;
  let x = box.left + box.width / 2;
  const send = (type, target) => {
    const init = { clientX: x, clientY: y, bubbles: true, composed: true, view: window, button: 0 };
    target.dispatchEvent(
      new PointerEvent(`pointer${type}`, {
        ...init,
        buttons: type === 'up' ? 0 : 1,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
      }),
    );
    target.dispatchEvent(new MouseEvent(`mouse${type}`, init));
  };
  send('down', svg);
  const frames = [];
  const dom = writes(el);
  for (let i = 0; i < steps; i++) {
    x -= 12;
    const t = performance.now();
    send('move', window);
    frames.push({ ...(await shown(el, t)), writes: dom.take() });
  }
  dom.stop();
  send('up', window);
  await shown(el);
  return frames;
}

/**
 * A zoom gesture: Ctrl + wheel over the chart's centre, as a trackpad pinch arrives, half the
 * steps in (about 15% each) and half out; each step is timed to the frame that shows it.
 */
async function wheelZoom(el, steps) {
  const svg = el.shadowRoot.querySelector('svg[part="chart"]');
  const box = svg.getBoundingClientRect();
  const frames = [];
  const dom = writes(el);
  for (let i = 0; i < steps; i++) {
    const t = performance.now();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        deltaY: i < steps / 2 ? -10 : 10,
        ctrlKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
        view: window,
      }),
    );
    frames.push({ ...(await shown(el, t)), writes: dom.take() });
  }
  dom.stop();
  return frames;
}

/** The built-in drawdown story: data set → frame, on a fresh element, then again on a warm one. */
window.benchStory = async () => {
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', 'ar');
  const story = drawdownStory;
  globalThis.gc?.();
  await globalThis.benchPhase?.('story');
  // Set before the element is connected, as on a fresh page that shows the story.
  const t0 = performance.now();
  el.data = story;
  document.body.append(el);
  const first = await shown(el, t0);
  await globalThis.benchPhase?.('');
  const elements = elementCount(el);
  // The same again on a warm page: fonts and locale data are in place. The next five renders
  // still run code V8 has not optimized yet; by the eleventh it has (steady).
  const warm = [];
  const steady = [];
  for (let i = 0; i < 20; i++) {
    el.data = [];
    await shown(el);
    const copy = structuredClone(story);
    await globalThis.benchPhase?.(i < 5 ? 'warm' : i >= 10 ? 'steady' : '');
    const t = performance.now();
    el.data = copy;
    const frame = await shown(el, t);
    await globalThis.benchPhase?.('');
    if (i < 5) warm.push(frame);
    else if (i >= 10) steady.push(frame);
  }
  return { first, warm, steady, elements };
};

/**
 * What a jump writes into the DOM: `steps` more `zoomTo` jumps on the element already on the page,
 * untimed (a MutationObserver costs time of its own), each its DOM writes.
 */
window.benchJumpWrites = async (steps) => {
  const el = document.querySelector('drawdown-timeline');
  const dom = writes(el);
  const counts = [];
  for (let i = 0; i < steps; i++) {
    const year = 1962 + ((i * 7) % 55);
    el.zoomTo(String(year), String(year + 7));
    await shown(el);
    counts.push(dom.take());
  }
  dom.stop();
  return counts;
};

/** Swaps `swaps` different documents into one element (for the heap check). */
window.benchSwaps = async (swaps, n) => {
  const el =
    document.querySelector('drawdown-timeline') ??
    document.body.appendChild(document.createElement('drawdown-timeline'));
  for (let i = 0; i < swaps; i++) {
    el.data = syntheticDocument(n, 100 + i);
    await shown(el);
  }
  return el.events.length;
};
