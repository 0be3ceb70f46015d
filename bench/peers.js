/**
 * Runs in bench/peers.html?lib=NAME: one first render of a synthetic document by this element or
 * by a peer library, timed from the call that hands over the data to the frame that shows it.
 * Each library is loaded before the clock starts, so parsing its script is not counted for any.
 */
import { syntheticDocument } from './synthetic.js';

const lib = new URLSearchParams(location.search).get('lib') ?? 'drawdown';
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

let story;
const renderers = {
  async drawdown() {
    const module = await import('../dist/drawdown-timeline.bundle.js');
    story = module.drawdownStory;
    return async (doc, lang) => {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', lang);
      // The data is set before the element is connected, as a page that has it at hand does.
      el.data = doc;
      chart.replaceWith(el);
      await el.updateComplete;
    };
  },
  async milestones() {
    await script('../node_modules/d3-milestones/build/d3-milestones.min.js');
    return async (doc) => {
      const rows = doc.events.map((e) => ({ date: day(e.start), title: e.title }));
      window
        .milestones(chart)
        .mapping({ timestamp: 'date', text: 'title' })
        .parseTime('%Y-%m-%d')
        .aggregateBy('day')
        .render(rows);
    };
  },
  async vis() {
    await script('../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    return async (doc) => {
      const items = doc.events.map((e) => ({
        id: e.id,
        content: e.title,
        start: day(e.start),
        ...(e.end ? { end: day(e.end) } : {}),
      }));
      new window.vis.Timeline(chart, items, {});
    };
  },
};

const render = await renderers[lib]();
globalThis.gc?.();

/** `n` synthetic events (or the built-in story for n = 0), drawn once; ms to the frame. */
window.benchPeer = async (n, seed, lang = 'en') => {
  const doc = n === 0 ? story : syntheticDocument(n, seed);
  const t0 = performance.now();
  await render(doc, lang);
  await frame();
  return performance.now() - t0;
};
window.peerReady = true;
