/**
 * A dense view's unlabelled context marks drawn as paths, in real Chromium: the same picture
 * in a few elements, each mark still found by the pointer and reached by the keys through one
 * focus proxy that carries its name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import type { EventMark } from '../../src/layout/types.js';
import { markOrder } from '../../src/layout/order.js';
import { METRICS } from '../../src/layout/metrics.js';
import { syntheticDocument } from '../fixtures/synthetic.js';
import { focusedId, key, pointer, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** 2,000 synthetic events seen seven years at a time: a couple of hundred marks in view. */
async function dense(lang = 'en', width = 1280): Promise<DrawdownTimeline> {
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', lang);
  el.style.width = `${width}px`;
  el.data = syntheticDocument(2000, 3);
  document.body.append(el);
  await settle(el);
  el.zoomTo('1985', '1992');
  await settle(el);
  return el;
}

/** Marks the chart draws in paths: unlabelled context events other than periods. */
function plainMarks(el: DrawdownTimeline): EventMark[] {
  return el.currentLayout!.events.filter(
    (m) => !m.offscreen && !m.label && m.event.importance !== 'core' && m.event.kind !== 'period',
  );
}

/** Where a point of the chart's drawing (layout coordinates) is on screen. */
function onScreen(el: DrawdownTimeline, m: EventMark): { x: number; y: number } {
  const svg = q<SVGSVGElement>(el, 'svg[part~="chart"]')[0]!;
  const p = new DOMPoint(m.x, m.y).matrixTransform(svg.getScreenCTM()!);
  return { x: p.x, y: p.y };
}

/** The marks written as elements of their own (event groups with a marker). */
function writtenEvents(el: DrawdownTimeline): string[] {
  return q(el, 'svg [part~="event"]').map((n) => n.getAttribute('data-id')!);
}

describe('a dense view draws its plain marks as paths', () => {
  it.each([
    ['en', 1280],
    ['ar', 1280],
  ] as const)(
    'each unlabelled context mark is a subpath of its category’s marker path, at its own place (%s, %i px)',
    async (lang, width) => {
      await page.viewport(width + 40, 1600);
      const el = await dense(lang, width);
      const plain = plainMarks(el);
      expect(plain.length).toBeGreaterThan(METRICS.pathMarks);
      // Only what is not plain is written one by one, and the one proxy for the tab stop.
      const ids = new Set(plain.map((m) => m.event.id));
      const written = writtenEvents(el);
      expect(written.filter((id) => ids.has(id)).length).toBeLessThanOrEqual(1);
      expect(q(el, '.mark-paths')).toHaveLength(1);
      // Each marker is a subpath, one per mark, in a path coloured by its category.
      const markerPaths = q<SVGPathElement>(el, '.mark-paths path.marker');
      const subpaths = markerPaths.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
      expect(subpaths).toBe(plain.length);
      const colours = new Set(markerPaths.map((p) => getComputedStyle(p).fill));
      expect(colours.size).toBe(3);
      // And each mark's centre is inside the marker path of its own category.
      for (const m of plain) {
        const at = onScreen(el, m);
        const inside = markerPaths.filter((p) =>
          p.isPointInFill(new DOMPoint(at.x, at.y).matrixTransform(p.getScreenCTM()!.inverse())),
        );
        expect(
          inside.map((p) => p.parentElement!.dataset.category),
          m.event.id,
        ).toContain(m.event.category);
      }
      // A few paths per category (markers, hollow markers, bands, soft bands, deadlines,
      // arrows, pins) and the click targets, where each mark was a group of three or more.
      expect(q(el, '.mark-paths *').length).toBeLessThanOrEqual(1 + 3 * 8);
    },
  );

  it('a click at a path-drawn mark’s centre selects that mark and puts focus on its proxy, named with its place', async () => {
    await page.viewport(1320, 1600);
    const el = await dense();
    // Marks drawn within a pixel or two of another (where the dodge had no room left) share one
    // target: a click there, at whole pixels, selects one of them.
    const all = el.currentLayout!.events.filter((m) => !m.offscreen);
    const apart = (m: EventMark) => all.every((o) => o === m || Math.hypot(o.x - m.x, o.y - m.y) >= 2);
    const plain = plainMarks(el).filter((m, i) => i % 4 === 0 && apart(m));
    let clicked = 0;
    for (const { event } of plain) {
      // The card that a selection opens may move the chart: the mark as drawn now.
      const m = plainMarks(el).find((p) => p.event.id === event.id);
      if (!m) continue;
      const at = onScreen(el, m);
      const hit = el.shadowRoot!.elementFromPoint(at.x, at.y);
      // The paths lie under the marks drawn one by one, whose targets may cover this centre:
      // the click still goes to the nearest mark.
      expect(hit?.closest('.mark-paths, [part~="event"]'), m.event.id).toBeTruthy();
      // At that point of the drawing (a marker's own box is not where the pointer lands on it).
      const svg = q(el, 'svg[part~="chart"]')[0]!;
      const box = svg.getBoundingClientRect();
      await userEvent.click(svg, { position: { x: at.x - box.left, y: at.y - box.top } });
      await settle(el);
      expect(el.selected, m.event.id).toBe(m.event.id);
      expect(focusedId(el)).toBe(m.event.id);
      const proxy = q(el, `svg [part~="event"][data-id="${m.event.id}"]`)[0]!;
      expect(proxy.getAttribute('role')).toBe('button');
      expect(proxy.getAttribute('tabindex')).toBe('0');
      expect(proxy.getAttribute('aria-pressed')).toBe('true');
      expect(proxy.getAttribute('aria-label')).toContain(m.event.title as string);
      expect(proxy.getAttribute('aria-label')).toMatch(/, [\d,]+ of 2,000$/);
      clicked++;
    }
    expect(clicked).toBe(plain.length);
    expect(clicked).toBeGreaterThan(10);
  });

  it('hovering one path-drawn mark, then the next, shows each one’s tooltip', async () => {
    await page.viewport(1320, 1600);
    const el = await dense();
    // Where each mark is and what is on top there, before a tooltip covers any of them.
    // A mark drawn at the very place of another (the synthetic data has such pairs) is under it.
    const marks = plainMarks(el);
    const targets = marks
      .filter((m, i) => i % 11 === 0 && !marks.some((o) => o !== m && o.x === m.x && o.y === m.y))
      .map((m) => ({ m, at: onScreen(el, m) }))
      .map(({ m, at }) => ({ m, at, hit: el.shadowRoot!.elementFromPoint(at.x, at.y) }))
      .filter(({ hit }) => hit?.closest('.mark-paths, [part~="event"]'));
    let shown = 0;
    for (const { m, at, hit } of targets) {
      pointer(hit!, shown === 0 ? 'pointerover' : 'pointermove', { clientX: at.x, clientY: at.y });
      await settle(el);
      expect(q(el, '.tooltip')[0]?.dataset.id, m.event.id).toBe(m.event.id);
      shown++;
    }
    expect(shown).toBeGreaterThan(5);
  });

  it('the arrow keys reach every mark in order; the tree holds one proxy, in its place in that order', async () => {
    const el = await dense();
    const stop = q(el, '[part~="event"][tabindex="0"], [part~="cluster"][tabindex="0"]')[0]!;
    stop.focus();
    key(stop, 'Home');
    await settle(el);
    const layout = el.currentLayout!;
    const order = markOrder(layout).map((o) => o.id);
    const ids = new Set(plainMarks(el).map((m) => m.event.id));
    const met = [focusedId(el)!];
    // Up to the last mark drawn (one step beyond it pans the window on).
    for (let i = 1; i < order.length; i++) {
      key(el.shadowRoot!.activeElement!, 'ArrowRight');
      await el.updateComplete;
      const id = focusedId(el)!;
      if (id === met[met.length - 1]) break;
      met.push(id);
      const written = q(el, 'svg [part~="event"], svg [part~="cluster"]').map((n) =>
        n.getAttribute('data-id')!,
      );
      // What the tree holds reads in the keys' order: a subsequence of it.
      const positions = written.map((w) => order.indexOf(w));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(written.filter((w) => ids.has(w)).length).toBeLessThanOrEqual(1);
      if (ids.has(id)) expect(written).toContain(id);
    }
    expect(el.currentLayout).toBe(layout);
    expect(met).toEqual(order);
    // Two hundred key presses, each a render: longer than one test's default on a busy machine.
  }, 60_000);
});
