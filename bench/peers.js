/**
 * Runs in bench/peers.html?lib=NAME: one first render of a synthetic document by this element or
 * by a peer library, timed from the call that hands over the data to the frame that shows it.
 * Each library is loaded before the clock starts, so parsing its script is not counted for any.
 * The document is built and put into the library's own input shape before the clock starts too,
 * and its garbage collected, so no library pays for the harness's generator (at 10,000 events
 * that garbage alone, collected inside the span, added about 20 ms to this element's figure).
 * `?bundle=` measures another build of this element (`npm run bench -- --trace … --bundle`).
 */
import { syntheticDocument } from './synthetic.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'drawdown';
const bundle = params.get('bundle') ?? '../dist/drawdown-timeline.bundle.js';
const chart = document.getElementById('chart');

function script(src) {
  return new Promise((resolve, reject) => {
    const tag = document.createElement('script');
    tag.src = src;
    tag.onload = resolve;
    tag.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(tag);
  });
}

/** Until the frame that shows what was just drawn is done. */
async function frame() {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** `2014` / `2014-06` / `2014-06-10` as a full day, for libraries that take one date format. */
const day = (partial) =>
  partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;

/**
 * Per library: `input(doc)` turns a document into what the library takes (not timed), and
 * `draw(input, lang)` hands it over and draws (timed).
 */
let story;
const renderers = {
  async drawdown() {
    const module = await import(bundle);
    story = module.drawdownStory;
    return {
      input: (doc) => doc,
      draw: async (doc, lang) => {
        const el = document.createElement('drawdown-timeline');
        el.setAttribute('lang', lang);
        // The data is set before the element is connected, as a page that has it at hand does.
        el.data = doc;
        chart.replaceWith(el);
        await el.updateComplete;
      },
    };
  },
  async milestones() {
    await script('../node_modules/d3-milestones/build/d3-milestones.min.js');
    return {
      input: (doc) => doc.events.map((e) => ({ date: day(e.start), title: e.title })),
      draw: async (rows) => {
        window
          .milestones(chart)
          .mapping({ timestamp: 'date', text: 'title' })
          .parseTime('%Y-%m-%d')
          .aggregateBy('day')
          .render(rows);
      },
    };
  },
  async vis() {
    await script('../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    return {
      input: (doc) =>
        doc.events.map((e) => ({
          id: e.id,
          content: e.title,
          start: day(e.start),
          ...(e.end ? { end: day(e.end) } : {}),
        })),
      draw: async (items) => {
        new window.vis.Timeline(chart, items, {});
      },
    };
  },
};

const renderer = await renderers[lib]();
let prepared;

/**
 * Builds `n` synthetic events (or takes the built-in story for n = 0) in the library's input
 * shape, then collects the garbage (Chromium runs with --expose-gc here): nothing of it is timed.
 */
window.preparePeer = (n, seed) => {
  prepared = renderer.input(n === 0 ? story : syntheticDocument(n, seed));
  globalThis.gc?.();
};

/** The prepared document (or `n` events, prepared first) drawn once; ms from the data to the frame. */
window.benchPeer = async (n, seed, lang = 'en') => {
  if (n !== undefined) window.preparePeer(n, seed);
  const t0 = performance.now();
  await renderer.draw(prepared, lang);
  await frame();
  return performance.now() - t0;
};
window.peerReady = true;
