/**
 * A jump to another window (a button, a key, `zoomTo`) at thousands of events, in real Chromium:
 * the elements of the marks and labels that left are reused for those that arrive, and what is
 * drawn is exactly what a chart opened at that window draws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { syntheticDocument } from '../fixtures/synthetic.js';
import { q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const MARKS = 'svg [part~="event"], svg [part~="cluster"], [part~="cluster-bubble"], div.label';

async function chart(attrs: Record<string, string> = {}): Promise<DrawdownTimeline> {
  const el = document.createElement('drawdown-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = '1280px';
  el.data = syntheticDocument(1000, 2);
  document.body.append(el);
  await settle(el);
  return el;
}

/** An element as drawn: its tag, attributes, texts and child elements (comments left out). */
function written(n: Element): string {
  const attrs = [...n.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const children = [...n.childNodes].map((c) =>
    c.nodeType === Node.ELEMENT_NODE
      ? written(c as Element)
      : c.nodeType === Node.TEXT_NODE
        ? c.textContent
        : '',
  );
  return `<${n.localName} ${attrs.join(' ')}>${children.join('')}</>`;
}

/** The chart's marks, bubbles and labels as drawn, in DOM order. */
function drawn(el: DrawdownTimeline): string[] {
  return q(el, MARKS).map(written);
}

describe('a jump to another window', () => {
  it('reuses the elements of marks that left for marks that arrive, and writes no marker comments for them', async () => {
    const el = await chart({ lang: 'en' });
    el.zoomTo('1967', '1974');
    await settle(el);
    const before = new Map(q(el, 'svg [part~="event"]').map((n) => [n, n.dataset.id]));
    let added = 0;
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === Node.COMMENT_NODE) added++;
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    el.zoomTo('1981', '1988');
    await settle(el);
    observer.disconnect();
    const after = q(el, 'svg [part~="event"]');
    const reused = after.filter((n) => before.has(n) && before.get(n) !== n.dataset.id);
    // Another span of years: its marks are other events, drawn in the elements already there.
    expect(after.length).toBeGreaterThan(20);
    expect(reused.length).toBeGreaterThan(after.length / 2);
    expect(added).toBeLessThan(after.length);
  });

  it.each(['en', 'ar'])(
    'draws what a chart opened at that window draws, mark for mark (%s)',
    async (lang) => {
      const el = await chart({ lang });
      el.zoomTo('1967', '1974');
      await settle(el);
      el.zoomTo('1981', '1988');
      await settle(el);
      const start = el.getAttribute('start')!;
      const end = el.getAttribute('end')!;
      const fresh = await chart({ lang, start, end });
      expect(fresh.currentLayout!.window).toEqual(el.currentLayout!.window);
      const jumped = drawn(el);
      expect(jumped.length).toBeGreaterThan(20);
      expect(jumped).toEqual(drawn(fresh));
    },
  );
});
