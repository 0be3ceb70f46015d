/**
 * Runs in the benchmark page. Each measurement is "input set → the frame that shows it":
 * the time until the first animation frame after Lit finished the update, plus a task so
 * that style, layout and paint of that frame are included.
 */
import { syntheticDocument } from './synthetic.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function shown(el) {
  await el.updateComplete;
  await frame();
}

function elementCount(el) {
  return el.shadowRoot.querySelectorAll('*').length;
}

/** First render of a synthetic document of `n` events, then `pans` zoom/pan frames. */
window.benchFirstRender = async (n, seed, pans) => {
  const doc = syntheticDocument(n, seed);
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', seed % 2 ? 'ar' : 'en');
  document.body.append(el);
  await shown(el);
  const t0 = performance.now();
  el.data = doc;
  await shown(el);
  const firstRender = performance.now() - t0;
  const elements = elementCount(el);
  // Zoom into a tenth of the span, then pan it: each step is one new window to draw.
  const zoomFrames = [];
  for (let i = 0; i < pans; i++) {
    const year = 1960 + ((i * 7) % 55);
    const t = performance.now();
    el.zoomTo(String(year), String(year + 7));
    await shown(el);
    zoomFrames.push(performance.now() - t);
  }
  const zoomedElements = elementCount(el);
  return { firstRender, zoomFrames, elements, zoomedElements, events: el.events.length };
};

/** The built-in drawdown story: data set → frame. */
window.benchStory = async () => {
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', 'ar');
  el.data = [];
  document.body.append(el);
  await shown(el);
  const story = (await import('../dist/drawdown-timeline.bundle.js')).drawdownStory;
  const t0 = performance.now();
  el.data = story;
  await shown(el);
  return { firstRender: performance.now() - t0, elements: elementCount(el) };
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
