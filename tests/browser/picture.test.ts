/**
 * The published picture of the built-in story, as a reader meets it: tooltips, the figures
 * track, the bands' contrast, and the marks under the pointer.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import { eventNode, markerCentre, mount, pointer, q, settle } from './helpers.js';
import { TOOLTIP } from '../../src/layout/tooltip.js';
import { METRICS } from '../../src/layout/metrics.js';
import { DESKTOP_LAYOUTS, PHONE_LAYOUTS, STORY_LAYOUTS } from '../fixtures/story.js';

/** Every width from a page at 1280 px (and the same page less its padding) down to an article column. */
const COLUMN_AND_WIDER = (['en', 'ar'] as const).flatMap((lang) =>
  [1280, 1248, 1200, 1100, 1000, 900, 800, 680, 648].map((width) => [lang, width] as const),
);

afterEach(() => {
  document.body.replaceChildren();
});

// Back to the runner's own viewport for the files after this one.
afterAll(() => page.viewport(414, 896));

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** The element the pointer meets at a point, through the shadow root. */
function hitAt(el: DrawdownTimeline, x: number, y: number): Element | null {
  return el.shadowRoot!.elementFromPoint(x, y);
}

async function hover(el: DrawdownTimeline, id: string): Promise<void> {
  const at = markerCentre(el, id);
  pointer(eventNode(el, id).querySelector('.hit')!, 'pointerover', { clientX: at.x, clientY: at.y });
  await settle(el);
}

const WIDTHS = [
  ['en', 1280],
  ['ar', 1280],
  ['en', 375],
  ['ar', 375],
] as const;

/** Everything the chart writes: labels, tick texts, headings, figures, the reference words. */
function chartTexts(el: DrawdownTimeline): Element[] {
  return q(el, '[part~="label"], .tick-text, .compressed-text, .annotation').filter(
    (t) => t.getBoundingClientRect().width > 0,
  );
}

/**
 * The boxes a text is drawn in, as the browser gives them: a label's bordered box; an SVG text's
 * glyphs; an HTML text's box and each of its lines' glyphs (which may overflow a tight line).
 */
function drawnBoxes(text: Element): DOMRect[] {
  if (text.matches('[part~="label"]') || text instanceof SVGElement) return [text.getBoundingClientRect()];
  const range = document.createRange();
  range.selectNodeContents(text);
  return [text.getBoundingClientRect(), ...range.getClientRects()].filter((r) => r.width > 0);
}

/** How long a stretch of a drawn line runs inside a box, in client px (the line clipped to it). */
function lengthInside(line: SVGLineElement, box: DOMRect): number {
  const ctm = line.getScreenCTM()!;
  const at = (x: SVGAnimatedLength, y: SVGAnimatedLength) =>
    new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(ctm);
  const a = at(line.x1, line.y1);
  const b = at(line.x2, line.y2);
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  for (const [p, q] of [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return 0;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

/** A box grown by `by` px on every side. */
function grown(r: DOMRect, by: number): DOMRect {
  return new DOMRect(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
}

/** The story's widths, and the same pages' columns inside a 16 px page margin (1248, 648 and 343 px). */
const PAGE_LAYOUTS = STORY_LAYOUTS.flatMap(([lang, width]) => [
  [lang, width],
  [lang, width - 32],
]) as ReadonlyArray<readonly ['en' | 'ar', number]>;

/** Whether a label is a core event's (a numbered headline). */
function isCore(el: DrawdownTimeline, label: Element): boolean {
  return el.events.some((e) => e.id === label.getAttribute('data-id') && e.importance === 'core');
}

describe('tooltips', () => {
  it.each(PHONE_LAYOUTS)(
    'on a phone, a pointed or focused mark’s tooltip never covers a core label or the selected card, and stays near its mark (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      expect(el.currentLayout!.orientation).toBe('vertical');
      el.select('agreement');
      await settle(el);
      const card = q(el, '[part~="card"]')[0]!.getBoundingClientRect();
      expect(card.height).toBeGreaterThan(0);
      const cores = q(el, '[part~="label"]').filter((l) => isCore(el, l));
      expect(cores).toHaveLength(4);
      const context = el.currentLayout!.events.filter((m) => !m.offscreen && m.event.importance !== 'core');
      expect(context.length).toBeGreaterThan(4);
      for (const { event } of context) {
        for (const how of ['pointed', 'focused']) {
          if (how === 'pointed') await hover(el, event.id);
          else {
            // Without scrolling, which would move the chart under the runner's resting pointer.
            eventNode(el, event.id).focus({ preventScroll: true });
            await settle(el);
          }
          const tip = q(el, '.tooltip').find((t) => t.dataset.id === event.id);
          expect(tip, `${event.id} ${how}`).toBeDefined();
          const box = tip!.getBoundingClientRect();
          const what = `${event.id} ${how}`;
          expect(intersects(box, card), `${what} covers the card`).toBe(false);
          for (const core of cores) {
            expect(
              intersects(grown(box, METRICS.textGap - 0.5), core.getBoundingClientRect()),
              `${what} within ${METRICS.textGap} px of "${core.textContent!.trim()}"`,
            ).toBe(false);
          }
          const mark = markerCentre(el, event.id);
          const off = Math.hypot(
            Math.max(box.left - mark.x, 0, mark.x - box.right),
            Math.max(box.top - mark.y, 0, mark.y - box.bottom),
          );
          expect(off, `${what} is ${Math.round(off)} px from its mark`).toBeLessThanOrEqual(
            TOOLTIP.reach + 1,
          );
          expect(off, `${what} covers its mark`).toBeGreaterThanOrEqual(TOOLTIP.markRadius - 1);
        }
        pointer(eventNode(el, event.id).querySelector('.hit')!, 'pointerout', { clientX: 0, clientY: 0 });
        (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
        await settle(el);
      }
    },
  );

  it.each(PHONE_LAYOUTS)(
    'on a phone, a pointed mark’s tooltip covers no other label (a sliver at most): it narrows, or lies over its own label, where a place near its mark has room (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const context = el.currentLayout!.events.filter((m) => !m.offscreen && m.event.importance !== 'core');
      expect(context.length).toBeGreaterThan(4);
      const covered: string[] = [];
      let total = 0;
      for (const { event } of context) {
        await hover(el, event.id);
        const tip = q(el, '.tooltip')
          .find((t) => t.dataset.id === event.id)!
          .getBoundingClientRect();
        for (const label of q(el, '[part~="label"]')) {
          if (label.dataset.id === event.id) continue;
          const r = label.getBoundingClientRect();
          const shared =
            Math.max(0, Math.min(tip.right, r.right) - Math.max(tip.left, r.left)) *
            Math.max(0, Math.min(tip.bottom, r.bottom) - Math.max(tip.top, r.top));
          total += shared;
          if (shared > 2) covered.push(`${event.id} over ${label.dataset.id}: ${Math.round(shared)} px²`);
        }
      }
      // Where the background's labels crowd the top of the column, a tooltip narrows (down to
      // a column beside the axis, its title on three lines) rather than cover a neighbour: over
      // all of them, no more than a sliver (under 2 px of a label's width), which hides no word.
      expect(total, covered.join('; ')).toBeLessThanOrEqual(40);
    },
  );

  it.each(PHONE_LAYOUTS)(
    'on a phone, a pointed mark’s tooltip crosses no other mark’s leader, a corner of one at most (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const context = el.currentLayout!.events.filter((m) => !m.offscreen && m.event.importance !== 'core');
      expect(context.length).toBeGreaterThan(4);
      const leaders = q<SVGLineElement>(el, 'line.leader');
      expect(leaders.length).toBeGreaterThan(4);
      const crossed: string[] = [];
      for (const { event } of context) {
        await hover(el, event.id);
        const tip = q(el, '.tooltip')
          .find((t) => t.dataset.id === event.id)!
          .getBoundingClientRect();
        for (const line of leaders) {
          const owner = line.closest('[part~="event"]')!.getAttribute('data-id');
          if (owner === event.id) continue;
          const inside = lengthInside(line, tip);
          if (inside > 4) crossed.push(`${event.id} over ${owner}'s leader: ${Math.round(inside)} px`);
        }
      }
      // At the chart's top, where the first headline's leader climbs to its label beside a
      // column of tick texts, a tooltip may clip a corner of it (a few px): never more.
      expect(crossed, crossed.join('; ')).toEqual([]);
    },
  );

  it.each(PAGE_LAYOUTS)(
    'a pointed mark shows its date and title, drawn unlike a label, near its mark, a clear gap from every text of the chart and off the selected card (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      el.select('agreement');
      await settle(el);
      const card = q(el, '[part~="card"]')[0]!.getBoundingClientRect();
      expect(card.height).toBeGreaterThan(0);
      const context = el.events.filter((e) => e.importance !== 'core');
      expect(context.length).toBeGreaterThan(3);
      const nearTicks: string[] = [];
      for (const event of context) {
        await hover(el, event.id);
        const tip = q(el, '.tooltip')[0];
        expect(tip, event.id).toBeDefined();
        expect(tip!.dataset.id).toBe(event.id);
        const date = tip!.querySelector('.tooltip-date')!.textContent!.trim();
        // The date as the reader reads it everywhere else: the list gives the same words.
        expect(date.length, event.id).toBeGreaterThan(3);
        expect(date).toMatch(/\d{4}/);
        expect(tip!.querySelector('.tooltip-title')!.textContent!.trim().length).toBeGreaterThan(3);
        const box = tip!.getBoundingClientRect();
        expect(box.height).toBeGreaterThan(0);
        expect(intersects(box, card), `${event.id} covers the card`).toBe(false);
        const host = el.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(host.left - 1);
        expect(box.right).toBeLessThanOrEqual(host.right + 1);
        // Never over its own mark, and near it at every width: no further than a few click
        // targets; along a horizontal axis, where every place that near covers another mark (the
        // compressed background's crowd), a little further.
        const phone = el.currentLayout!.orientation === 'vertical';
        const mark = markerCentre(el, event.id);
        const off = Math.hypot(
          Math.max(box.left - mark.x, 0, mark.x - box.right),
          Math.max(box.top - mark.y, 0, mark.y - box.bottom),
        );
        expect(off, `${event.id} covers its mark`).toBeGreaterThanOrEqual(TOOLTIP.markRadius - 1);
        expect(off, `${event.id} is ${Math.round(off)} px from its mark`).toBeLessThanOrEqual(
          (phone ? TOOLTIP.reach : TOOLTIP.farReach) + 1,
        );
        // Labels, tick texts, the figures' heading, values and notes, the reference words, each
        // kept a gap away. Beside a phone's full column of labels it may cover context labels,
        // never a core one, and nothing else; anywhere, its own label, whose title it repeats
        // with the date.
        const texts = chartTexts(el);
        expect(texts.length).toBeGreaterThan(10);
        const near = grown(box, METRICS.textGap - 0.5);
        for (const text of texts) {
          if (
            text.matches('[part~="label"]') &&
            ((phone && !isCore(el, text)) || text.getAttribute('data-id') === event.id)
          )
            continue;
          // At a phone's crowded top, where every place near a mark would cover a core mark or
          // a label, a tooltip may come nearer a tick's text than the gap: never onto it.
          const tick = phone && text.matches('.tick-text');
          for (const r of drawnBoxes(text)) {
            const what = `${event.id} within ${METRICS.textGap} px of ${text.getAttribute('class')} "${text.textContent!.trim()}"`;
            if (tick && intersects(near, r)) nearTicks.push(what);
            expect(intersects(tick ? grown(box, 0.5) : near, r), what).toBe(false);
          }
        }
      }
      // And that for one mark at most.
      expect(nearTicks.length, nearTicks.join('; ')).toBeLessThanOrEqual(1);
    },
  );

  it.each((['en', 'ar'] as const).flatMap((lang) => [1248, 648].map((width) => [lang, width] as const)))(
    'on a desktop and in an article column, a pointed mark’s tooltip covers no other mark and not the selected card (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      expect(el.currentLayout!.orientation).toBe('horizontal');
      el.select('agreement');
      await settle(el);
      const card = q(el, '[part~="card"]')[0]!.getBoundingClientRect();
      expect(card.height).toBeGreaterThan(0);
      const marks = el.currentLayout!.events.filter((m) => !m.offscreen);
      expect(marks.length).toBeGreaterThan(8);
      const covered: string[] = [];
      let tips = 0;
      for (const { event } of marks) {
        await hover(el, event.id);
        const tip = q(el, '.tooltip').find((t) => t.dataset.id === event.id);
        // A core mark's label carries its date: it shows no tooltip. Every other mark does.
        expect(tip === undefined, event.id).toBe(event.importance === 'core');
        if (tip) {
          tips++;
          const box = tip.getBoundingClientRect();
          if (intersects(box, card)) covered.push(`${event.id} over the card`);
          for (const other of marks) {
            if (other.event.id === event.id) continue;
            const mark = eventNode(el, other.event.id).querySelector('.marker')!.getBoundingClientRect();
            expect(mark.width).toBeGreaterThan(3);
            if (intersects(box, mark)) covered.push(`${event.id} over ${other.event.id}’s mark`);
          }
        }
        pointer(eventNode(el, event.id).querySelector('.hit')!, 'pointerout', { clientX: 0, clientY: 0 });
        await settle(el);
      }
      expect(tips).toBeGreaterThan(4);
      expect(covered).toEqual([]);
    },
  );

  it.each(
    (['en', 'ar'] as const).flatMap((lang) => [1280, 1248, 648].map((width) => [lang, width] as const)),
  )(
    'on a desktop and in an article column, a pointed mark’s tooltip on the figures’ heading’s row keeps two text gaps off the heading: a word space off, its words would read as the heading’s next ones (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const layout = el.currentLayout!;
      expect(layout.orientation).toBe('horizontal');
      const heading = q(el, '.annotation.series-axis')[0]!.getBoundingClientRect();
      expect(heading.width).toBeGreaterThan(0);
      let beside = 0;
      for (const m of layout.events) {
        if (m.offscreen || m.event.importance === 'core') continue;
        await hover(el, m.event.id);
        const box = q(el, '.tooltip')
          .find((t) => t.dataset.id === m.event.id)!
          .getBoundingClientRect();
        if (box.top < heading.bottom && box.bottom > heading.top) {
          beside++;
          const gap = Math.max(box.left - heading.right, heading.left - box.right);
          expect(gap, `${m.event.id}'s tooltip ${Math.round(gap)} px off the heading`).toBeGreaterThanOrEqual(
            2 * METRICS.textGap - 0.5,
          );
        }
        pointer(eventNode(el, m.event.id).querySelector('.hit')!, 'pointerout', { clientX: 0, clientY: 0 });
        await settle(el);
      }
      // The background's marks open their tooltips on that row at a wide page.
      if (width > 1200) expect(beside).toBeGreaterThan(0);
    },
  );

  it.each((['en', 'ar'] as const).flatMap((lang) => [1248, 648].map((width) => [lang, width] as const)))(
    'on a desktop and in an article column, a pointed mark’s tooltip stays wholly out of the figures track’s plot, from its highest value’s text down (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const layout = el.currentLayout!;
      expect(layout.orientation).toBe('horizontal');
      // Where the plot starts as drawn: its highest value's text, or its highest grid line.
      const values = q(el, '.annotation.tick-value').map((t) => t.getBoundingClientRect());
      expect(values.length).toBeGreaterThan(1);
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const plot = Math.min(chart.top + layout.series!.y, ...values.map((r) => r.top));
      let tips = 0;
      for (const m of layout.events) {
        if (m.offscreen || m.event.importance === 'core') continue;
        await hover(el, m.event.id);
        const tip = q(el, '.tooltip').find((t) => t.dataset.id === m.event.id)!;
        expect(tip, m.event.id).toBeDefined();
        tips++;
        const box = tip.getBoundingClientRect();
        expect(
          box.bottom,
          `${m.event.id}'s tooltip ${Math.round(box.bottom - plot)} px into the plot`,
        ).toBeLessThanOrEqual(plot + 0.5);
        // Its words are whole on their line or lines: none runs out of the box.
        for (const part of tip.querySelectorAll('bdi')) {
          const r = part.getBoundingClientRect();
          expect(r.right, m.event.id).toBeLessThanOrEqual(box.right + 0.5);
          expect(r.left, m.event.id).toBeGreaterThanOrEqual(box.left - 0.5);
        }
        pointer(eventNode(el, m.event.id).querySelector('.hit')!, 'pointerout', { clientX: 0, clientY: 0 });
        await settle(el);
      }
      expect(tips).toBeGreaterThan(4);
    },
  );

  it('looks unlike a label: inverted colours, no border', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ lang: 'en', theme }, 1280);
      const context = el.events.find(
        (e) =>
          e.importance !== 'core' && el.currentLayout!.events.some((m) => m.event.id === e.id && m.label),
      )!;
      await hover(el, context.id);
      const tip = getComputedStyle(q(el, '.tooltip')[0]!);
      const label = getComputedStyle(q(el, `[part~="label"][data-id="${context.id}"]`)[0]!);
      expect(tip.backgroundColor).not.toBe(label.backgroundColor);
      expect(tip.backgroundColor).toBe(label.color);
      expect(tip.borderTopWidth).toBe('0px');
      expect(parseFloat(label.borderTopWidth)).toBeGreaterThan(0);
      el.remove();
    }
  });

  it.each(PHONE_LAYOUTS)(
    'on a phone, a pointed mark’s tooltip covers no core mark and no open card, with a card open or not (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const covered: string[] = [];
      for (const selected of [undefined, 'agreement']) {
        el.select(selected);
        await settle(el);
        const card = selected ? q(el, '[part~="card"]')[0]!.getBoundingClientRect() : undefined;
        if (selected) expect(card!.height).toBeGreaterThan(0);
        const layout = el.currentLayout!;
        const cores = layout.events.filter((m) => !m.offscreen && m.event.importance === 'core');
        expect(cores).toHaveLength(4);
        const context = layout.events.filter((m) => !m.offscreen && m.event.importance !== 'core');
        expect(context.length).toBeGreaterThan(4);
        for (const { event } of context) {
          await hover(el, event.id);
          const tip = q(el, '.tooltip').find((t) => t.dataset.id === event.id);
          expect(tip, event.id).toBeDefined();
          const box = tip!.getBoundingClientRect();
          if (card && intersects(box, card)) covered.push(`${event.id} over the card`);
          for (const core of cores) {
            const mark = eventNode(el, core.event.id).querySelector('.marker')!.getBoundingClientRect();
            expect(mark.width).toBeGreaterThan(4);
            if (intersects(box, mark)) covered.push(`${event.id} over ${core.event.id}’s mark`);
          }
          pointer(eventNode(el, event.id).querySelector('.hit')!, 'pointerout', { clientX: 0, clientY: 0 });
          await settle(el);
        }
      }
      expect(covered).toEqual([]);
    },
  );

  it('core marks, whose labels carry their dates, show no tooltip', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    await hover(el, 'agreement');
    expect(q(el, '.tooltip')).toHaveLength(0);
  });
});

describe('the figures track', () => {
  it.each(DESKTOP_LAYOUTS)('is at least 160 px tall on a desktop (%s, %i px)', async (lang, width) => {
    const el = await mount({ lang }, width);
    // The value grid spans the plotting area, from its top figure to zero.
    const ys = q(el, 'g[clip-path] > line.grid').map((l) => l.getBoundingClientRect().top);
    expect(ys.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(160);
  });
});

/** The box a text's words are set in (a line may hold several runs: their union). */
function inkBox(node: Element): { left: number; right: number; top: number; bottom: number } {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  return {
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

describe('the figures track’s titles', () => {
  it.each(COLUMN_AND_WIDER)(
    'a series’ title never reads with one figure as one phrase: on a figure’s row it stands two lines’ height off the figure’s text, or across a range from all its estimates, level with their middle (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const titles = q(el, '.annotation.series-title');
      const figures = q(el, '.annotation.value, .annotation.estimate');
      expect(titles.length).toBe(2);
      expect(figures.length).toBeGreaterThanOrEqual(4);
      const ranges = q(el, '[part~="estimate"] rect.estimate-range').map((r) => r.getBoundingClientRect());
      const estimates = q(el, '.annotation.estimate').map(inkBox);
      expect(ranges).toHaveLength(1);
      expect(estimates).toHaveLength(2);
      const middle = (b: { top: number; bottom: number }) => (b.top + b.bottom) / 2;
      for (const title of titles) {
        const t = inkBox(title);
        // The range between the title and every estimate, the title level with their middle:
        // it names the range, and neither estimate more than the other.
        const namesRange = ranges.some(
          (r) =>
            Math.abs(middle(t) - estimates.reduce((y, e) => y + middle(e), 0) / estimates.length) <= 2 &&
            (t.left >= r.right
              ? estimates.every((e) => e.right <= r.left)
              : t.right <= r.left && estimates.every((e) => e.left >= r.right)),
        );
        for (const f of figures) {
          if (namesRange && f.matches('.estimate')) continue;
          const b = inkBox(f);
          const along = Math.max(b.left - t.right, t.left - b.right);
          const across = Math.max(b.top - t.bottom, t.top - b.bottom);
          expect(
            along >= 32 || across >= 0,
            `"${title.textContent!.trim()}" and "${f.textContent!.trim()}": ${Math.round(along)} px along, ${Math.round(across)} px across`,
          ).toBe(true);
        }
      }
    },
  );
});

/** The figure a series text writes, as a number ("about 2,500" → 2500). */
function figure(text: Element): number {
  return Number(text.textContent!.replace(/[^\d]/g, ''));
}

/**
 * Whether a figure's box stands past the grid line at `y` from its own point: the point a reader
 * takes it for, the nearest one.
 */
function pastLine(box: DOMRect, points: ReadonlyArray<{ x: number; y: number }>, y: number): boolean {
  const d = (p: { x: number; y: number }) =>
    Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));
  const own = points.reduce((a, b) => (d(b) < d(a) ? b : a));
  return (own.y - y) * (box.top + box.height / 2 - y) < 0 && Math.abs(own.y - y) > 1;
}

/** How far a point lies from a box, px. */
const near = (box: DOMRect, p: { x: number; y: number }) =>
  Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));

describe('the figures track’s values', () => {
  it.each(COLUMN_AND_WIDER)(
    'each figure stands by its own point on the point’s side of every grid line (on the crowded compressed stretch, or just across one right by its point), and a flat run is written once (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const grid = q(el, 'g[clip-path] > line.grid').map((l) => l.getBoundingClientRect().top);
      const points = q(el, 'circle.series-point').map((c) => {
        const r = c.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const values = q(el, '.annotation.value');
      expect(values.length).toBeGreaterThanOrEqual(4);
      const shades = q(el, '#series-clip + g [part~="compressed"] rect.compressed').map((r) =>
        r.getBoundingClientRect(),
      );
      for (const v of values) {
        const box = v.getBoundingClientRect();
        // On the compressed stretch, where the point's side of the rule has no room, a figure
        // may stand just across it, right under (or over) its point: nearer it than past the
        // stretch's edge, and the point it reads with.
        const crowded =
          shades.some((s) => box.left >= s.left - 0.5 && box.right <= s.right + 0.5) &&
          points.some(
            (p) =>
              p.x >= box.left - 8 &&
              p.x <= box.right + 8 &&
              Math.max(box.top - p.y, p.y - box.bottom) <= 24 &&
              !points.some(
                (o) => o !== p && Math.hypot(o.x - p.x, o.y - p.y) > 0 && near(box, o) < near(box, p),
              ),
          );
        for (const y of grid) {
          const across = box.top < y && box.bottom > y;
          expect(
            across || (pastLine(box, points, y) && !crowded),
            `"${v.textContent!.trim()}" and the grid line at ${y}`,
          ).toBe(false);
        }
      }
      // Two texts of one figure read as two figures: each is written once.
      const figures = values.map(figure);
      expect(new Set(figures).size, figures.join(' ')).toBe(figures.length);
    },
  );

  // And 320 and 343 px screens less the page's padding, where the dispute's estimates may find no
  // room by their range.
  it.each([
    ...PHONE_LAYOUTS,
    ...(['en', 'ar'] as const).flatMap((lang) => [[lang, 288] as const, [lang, 311] as const]),
  ])(
    'on a phone, every figure and estimate is written, a figure by its own point on the point’s side of every grid line, none on a rule (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const track = el.currentLayout!.series!;
      const rect = (e: Element) => e.getBoundingClientRect();
      const grid = q(el, 'g[clip-path] > line.grid').map((l) => rect(l).top);
      const rules = q(el, 'line.series-rule, line.note').map((l) => rect(l).left);
      // The figures of the firm points in view (a disputed observation's are its estimates).
      const wanted = new Set(
        track.lines.flatMap((l) =>
          l.marks.flatMap((m) =>
            m.point.value !== undefined && !l.disputes.some((d) => d.time === m.time) ? [m.point.value] : [],
          ),
        ),
      );
      const values = q(el, '.annotation.value');
      expect(values.map(figure).sort()).toEqual([...wanted].sort());
      // Every estimate, by its range or, all of them, told under the track: one alone would read
      // as the figure.
      const estimates = q(el, '.annotation.estimate');
      const disputed = track.lines.flatMap((l) => l.disputes.flatMap((d) => d.points));
      expect(estimates).toHaveLength(disputed.length);
      expect(new Set(estimates.map((e) => e.matches('.under'))).size).toBe(1);
      // Under the track too, highest first, as by the range.
      const under = track.texts
        .filter((t) => t.kind === 'estimate' && t.wrap !== undefined)
        .sort((a, b) => a.top - b.top)
        .map((t) => t.point!.value ?? t.point!.low ?? t.point!.high ?? 0);
      expect(under).toEqual([...under].sort((a, b) => b - a));
      const points = q(el, 'circle.series-point').map((c) => ({
        x: rect(c).left + rect(c).width / 2,
        y: rect(c).top + rect(c).height / 2,
      }));
      for (const v of [...values, ...estimates.filter((e) => !e.matches('.under'))]) {
        const box = rect(v);
        const what = `"${v.textContent!.trim()}"`;
        for (const x of rules)
          expect(box.left < x && box.right > x, `${what} on the rule at ${x}`).toBe(false);
        for (const y of grid)
          expect(box.top < y && box.bottom > y, `${what} on the grid line at ${y}`).toBe(false);
        if (!v.matches('.value')) continue;
        for (const y of grid)
          expect(pastLine(box, points, y), `${what} past the grid line at ${y} from its point`).toBe(false);
      }
    },
  );
});

describe('deadline labels', () => {
  it.each(STORY_LAYOUTS)(
    'name their deadline as the card writes it, before the title (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const deadlines = el.events.filter((e) => e.qualifier === 'by');
      expect(deadlines.map((e) => e.id)).toEqual(['mission-end', 'syria-operations-deadline']);
      for (const e of deadlines) {
        const label = q(el, `[part~="label"][data-id="${e.id}"]`)[0]!;
        const text = label.textContent!.replace(label.querySelector('.number')?.textContent ?? '', '').trim();
        el.select(e.id);
        await settle(el);
        const date = q(el, '[part~="detail"] .detail-date bdi')[0]!.textContent!.trim();
        // Its date held together by no-break spaces (and a word joiner after "by"), read as the card's.
        expect(
          text.replace(/\u00a0\u2060?(?!—)/g, ' ').startsWith(`${date}\u00a0— `),
          `${e.id}: ${text}`,
        ).toBe(true);
        expect(date).toMatch(lang === 'en' ? /^by / : /^بحلول /);
      }
    },
  );
});

/** WCAG 2 contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('a hovered mark', () => {
  it.each(['light', 'dark'].flatMap((theme) => [1280, 375].map((width) => [theme, width] as const)))(
    'gets a ring of its own, 2 px wide, at least 3:1 against the background, around its marker (%s theme, %i px)',
    async (theme, width) => {
      const el = await mount({ lang: 'en', theme }, width);
      const background = getComputedStyle(el).backgroundColor;
      const marks = el.currentLayout!.events.filter((m) => !m.offscreen);
      expect(marks.length).toBeGreaterThan(8);
      for (const { event } of marks) {
        await hover(el, event.id);
        const rings = q(el, '.hover-ring');
        expect(rings, event.id).toHaveLength(1);
        const style = getComputedStyle(rings[0]!);
        expect(parseFloat(style.strokeWidth)).toBeGreaterThanOrEqual(2);
        expect(style.strokeOpacity).toBe('1');
        expect(style.opacity).toBe('1');
        expect(style.visibility).toBe('visible');
        expect(contrast(style.stroke, background), `${event.id}: ${style.stroke}`).toBeGreaterThanOrEqual(3);
        // Around the marker, clear of it, centred on it.
        const ring = rings[0]!.getBoundingClientRect();
        const marker = eventNode(el, event.id).querySelector('.marker')!.getBoundingClientRect();
        expect(ring.width, event.id).toBeGreaterThanOrEqual(marker.width + 8);
        const centre = markerCentre(el, event.id);
        expect(ring.left + ring.width / 2).toBeCloseTo(centre.x, 0);
        expect(ring.top + ring.height / 2).toBeCloseTo(centre.y, 0);
      }
    },
  );
});

describe('bands', () => {
  it.each(['light', 'dark'])(
    'every band’s edge keeps 3:1 against the background (%s theme)',
    async (theme) => {
      const el = await mount({ lang: 'en', theme }, 1280);
      const background = getComputedStyle(el).backgroundColor;
      const bands = q(el, '.band');
      expect(bands.length).toBeGreaterThan(0);
      for (const band of bands) {
        const style = getComputedStyle(band);
        // The edge is drawn at full strength: no opacity takes it below its colour's contrast.
        expect(style.strokeOpacity).toBe('1');
        expect(style.opacity).toBe('1');
        expect(style.stroke).toMatch(/^rgb/);
        const id = band.closest('[data-id]')?.getAttribute('data-id') ?? band.getAttribute('class');
        expect(
          contrast(style.stroke, background),
          `${id}: ${style.stroke} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
      }
    },
  );
});

/** Every mark's drawn marker and band, in screen px. */
function bandsAndMarkers(el: DrawdownTimeline): Array<{ id: string; marker?: DOMRect; band?: DOMRect }> {
  return q(el, '[part~="event"]').map((n) => ({
    id: n.getAttribute('data-id')!,
    marker: n.querySelector('.marker')?.getBoundingClientRect(),
    band: n.querySelector('.band')?.getBoundingClientRect(),
  }));
}

describe('bands and marks', () => {
  it.each([
    ['/stories/fixtures/timelinejs.csv', 'en', 1280],
    ['/stories/fixtures/timelinejs.csv', 'ar', 1280],
    ['/stories/fixtures/timelinejs.csv', 'en', 1248],
    ['', 'en', 1280],
    ['', 'ar', 1280],
  ] as const)(
    'a band keeps 3 px of clear background off every other mark’s marker, or holds its centre, the band behind the mark (%s, %s, %i px)',
    async (src, lang, width) => {
      await page.viewport(width + 40, 900);
      const el = await mount({ lang, ...(src ? { src } : {}) }, width);
      await expect.poll(() => q(el, '[part~="event"] .band').length).toBeGreaterThan(0);
      await settle(el);
      const marks = bandsAndMarkers(el);
      let checked = 0;
      for (const { id, band } of marks) {
        if (!band) continue;
        // Its edge is drawn 1 px wide, half of it outside the box.
        const b = {
          left: band.left - 0.5,
          right: band.right + 0.5,
          top: band.top - 0.5,
          bottom: band.bottom + 0.5,
        };
        for (const other of marks) {
          const m = other.marker;
          if (other.id === id || !m) continue;
          const [cx, cy] = [(m.left + m.right) / 2, (m.top + m.bottom) / 2];
          if (cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom) continue;
          const dx = Math.max(b.left - m.right, m.left - b.right, 0);
          const dy = Math.max(b.top - m.bottom, m.top - b.bottom, 0);
          expect(Math.hypot(dx, dy), `${id}'s band / ${other.id}'s marker`).toBeGreaterThanOrEqual(3);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    },
  );
});

describe('every visible mark can be clicked', () => {
  it.each(WIDTHS)(
    'the mark under each marker’s centre is that mark, and a click there selects it (%s, %i px)',
    async (lang, width) => {
      // The whole chart on screen: the pointer can only meet what is in the viewport.
      await page.viewport(width + 40, 1600);
      const el = await mount({ lang }, width);
      const ids = q<SVGGElement>(el, '[part~="event"]')
        .filter((g) => g.querySelector('.marker'))
        .map((g) => g.dataset.id!);
      expect(ids.length).toBe(el.events.length);
      for (const id of ids) {
        const at = markerCentre(el, id);
        const hit = hitAt(el, at.x, at.y);
        expect(
          hit?.closest('[part~="event"]')?.getAttribute('data-id'),
          `${id} at its centre: ${hit?.localName} ${hit?.getAttribute('class')}`,
        ).toBe(id);
        const box = hit!.getBoundingClientRect();
        await userEvent.click(hit!, { position: { x: at.x - box.left, y: at.y - box.top } });
        await settle(el);
        expect(el.selected, id).toBe(id);
      }
    },
  );
});

describe('the list view', () => {
  it.each([
    ['en', 1000],
    ['ar', 375],
  ] as const)(
    'numbers the key events as the chart does and no other, each shape on its title’s line (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, view: 'list' }, width);
      const lists = q<HTMLOListElement>(el, 'ol.event-list');
      expect(lists.length).toBeGreaterThan(1);
      // No running count: "2" in the list is the chart's label 2, not the list's second event.
      for (const list of lists) expect(getComputedStyle(list).listStyleType).toBe('none');
      const listed = q(el, '.event-list > li').map((li) => [
        li.dataset.id,
        li.querySelector('.meta .number')?.textContent!.trim(),
      ]);
      expect(listed).toHaveLength(el.events.length);
      el.view = 'chart';
      await settle(el);
      const charted = new Map(
        q(el, '.label').map((l) => [l.dataset.id, l.querySelector('.number')?.textContent!.trim()]),
      );
      const core = el.events.filter((e) => e.importance === 'core');
      expect(core.length).toBeGreaterThan(1);
      for (const [id, number] of listed) expect(number, id).toBe(charted.get(id));
      expect(listed.filter(([, n]) => n !== undefined).map(([id]) => id)).toEqual(core.map((e) => e.id));
      el.view = 'list';
      await settle(el);
      for (const title of q(el, '.list-title')) {
        const shape = title.querySelector('.shape')!.getBoundingClientRect();
        const text = title.querySelector('bdi')!.getClientRects()[0]!;
        // The shape sits on the first line of the title, not above it.
        expect(Math.abs(shape.top + shape.height / 2 - (text.top + text.height / 2))).toBeLessThan(
          text.height / 2,
        );
      }
    },
  );
});

describe('the core labels are headlines', () => {
  it.each(STORY_LAYOUTS)(
    'each shows whole: number, date and title, nothing cut (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const core = el.events.filter((e) => e.importance === 'core');
      expect(core).toHaveLength(4);
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      for (const e of core) {
        const label = q(el, `[part~="label"][data-id="${e.id}"]`)[0];
        expect(label, e.id).toBeDefined();
        // Nothing hidden: the text takes no more room than the box gives it, across or down.
        expect(label!.scrollWidth, e.id).toBeLessThanOrEqual(label!.clientWidth + 1);
        expect(label!.scrollHeight, e.id).toBeLessThanOrEqual(label!.clientHeight + 1);
        const box = label!.getBoundingClientRect();
        expect(box.left, e.id).toBeGreaterThanOrEqual(chart.left - 1);
        expect(box.right, e.id).toBeLessThanOrEqual(chart.right + 1);
        // Its number and its date come first, then the title.
        expect(label!.querySelector('.number')).not.toBeNull();
        expect(label!.textContent).toContain('\u00a0— ');
      }
    },
  );
});

describe('one date style per language', () => {
  it.each([
    ['en', /^As of the report, [A-Z][a-z]{2} \d{1,2}, \d{4}$/],
    ['ar', /^حتى تاريخ التقرير، \d{1,2} \S+ \d{4}$/],
  ] as const)(
    'an event’s date reads the same in its label or tooltip, the card and the list (%s)',
    async (lang, reference) => {
      const el = await mount({ lang, numbering: 'latn' }, 1280);
      const cardDate = async (id: string) => {
        el.select(id);
        await settle(el);
        return q(el, '[part~="detail"] .detail-date bdi')[0]!.textContent!.trim();
      };
      const shown = new Map<string, string>();
      for (const e of el.events) {
        let chart: string;
        if (e.importance === 'core') {
          // The label starts with the date, after the number.
          const label = q(el, `[part~="label"][data-id="${e.id}"]`)[0]!;
          const text = label.textContent!.replace(label.querySelector('.number')!.textContent!, '');
          // Its date is held together by no-break spaces (and a word joiner after the word that
          // introduces it); it reads as the card's.
          chart = text
            .trim()
            .split('\u00a0— ')[0]!
            .replace(/\u00a0/g, ' ')
            .replace(/\u2060/g, '');
        } else {
          await hover(el, e.id);
          chart = q(el, '.tooltip .tooltip-date')[0]!.textContent!.trim();
        }
        expect(await cardDate(e.id), e.id).toBe(chart);
        shown.set(e.id, chart);
      }
      // The reference line writes its day in the same style as a day-precise event.
      // (Its date is held together by no-break spaces.)
      expect(
        q(el, '.now-text')[0]!
          .textContent!.trim()
          .replace(/\u00a0/g, ' '),
      ).toMatch(reference);
      expect(shown.get('agreement')).toMatch(lang === 'en' ? /^[A-Z][a-z]{2} 27, 2024$/ : /^27 \S+ 2024$/);
      el.view = 'list';
      await settle(el);
      for (const [id, date] of shown) {
        expect(q(el, `[part~="list"] li[data-id="${id}"] .detail-date bdi`)[0]!.textContent!.trim(), id).toBe(
          date,
        );
      }
    },
  );
});

describe('the reference words', () => {
  /** Everything drawn that the words must keep clear of: texts, marks, deadline ticks, the axis. */
  function drawn(el: DrawdownTimeline): Element[] {
    const marks = q(el, '[part~="event"] .marker, [part~="event"] .band, .deadline, .axis-line');
    return [...chartTexts(el).filter((t) => !t.classList.contains('now-text')), ...marks].filter(
      (t) => t.getBoundingClientRect().width + t.getBoundingClientRect().height > 0,
    );
  }

  async function check(el: DrawdownTimeline, state: string): Promise<void> {
    const words = q(el, '.now-text')[0];
    expect(words, state).toBeDefined();
    const box = words!.getBoundingClientRect();
    // Every line of the words, not the box they wrap in.
    const lines = [...words!.getClientRects()];
    const range = document.createRange();
    range.selectNodeContents(words!);
    const text = [...range.getClientRects()];
    expect(text.length, state).toBeGreaterThan(0);
    const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
    for (const r of [box, ...lines, ...text]) {
      expect(r.left, `${state}: inside on the left`).toBeGreaterThanOrEqual(chart.left - 0.5);
      expect(r.right, `${state}: inside on the right`).toBeLessThanOrEqual(chart.right + 0.5);
      expect(r.top, `${state}: inside at the top`).toBeGreaterThanOrEqual(chart.top - 0.5);
      expect(r.bottom, `${state}: inside at the bottom`).toBeLessThanOrEqual(chart.bottom + 0.5);
    }
    for (const other of drawn(el)) {
      const o = other.getBoundingClientRect();
      for (const r of text) {
        expect(
          intersects(r, o),
          `${state}: "${words!.textContent!.trim()}" over ${other.getAttribute('class')} "${other.textContent!.trim()}"`,
        ).toBe(false);
      }
    }
  }

  it.each(STORY_LAYOUTS)(
    'stand clear of every text, mark and the axis, inside the chart, at rest and zoomed on the focus (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      await check(el, 'at rest');
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      plus.click();
      await settle(el);
      await check(el, 'zoomed once');
      plus.click();
      await settle(el);
      await check(el, 'zoomed twice');
      el.zoomTo('2024-09', '2025-10');
      await settle(el);
      await check(el, 'the focus');
      el.zoomTo('2025-09-20', '2025-10-10');
      await settle(el);
      await check(el, 'the days around the reference date');
    },
  );

  it.each((['en', 'ar'] as const).flatMap((lang) => [1280, 1248].map((width) => [lang, width] as const)))(
    'on a desktop, stand beside their rule under the timeline’s axis, above the figures (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const layout = el.currentLayout!;
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const words = q(el, '.now-text')[0]!.getBoundingClientRect();
      const rule = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
      const x = (rule.left + rule.right) / 2 - chart.left;
      const [left, right] = [words.left - chart.left, words.right - chart.left];
      // Where a reader meets the rule first: under the axis, above the figures' plot.
      expect(words.top - chart.top).toBeGreaterThanOrEqual(layout.axis.y1);
      expect(words.bottom - chart.top).toBeLessThanOrEqual(layout.series!.y);
      // Beside the rule, a few px off it, not across it.
      expect(left >= x || right <= x, `${left}–${right} across the rule at ${x}`).toBe(true);
      expect(Math.min(Math.abs(left - x), Math.abs(right - x))).toBeLessThanOrEqual(6);
      // Under no other mark: a date under the axis reads as the date of the mark over it.
      for (const node of q(el, '[part~="event"]')) {
        const marker = node.querySelector('.marker')!.getBoundingClientRect();
        const centre = (marker.left + marker.right) / 2 - chart.left;
        if (Math.abs(centre - x) < 1) continue;
        expect(
          centre <= left || centre >= right,
          `${node.dataset['id']} at ${centre} over ${left}–${right}`,
        ).toBe(true);
      }
    },
  );

  it('leave the chart, with their rule, when the window does not reach the reference date', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    el.zoomTo('2014', '2016');
    await settle(el);
    expect(q(el, '.now-text')).toHaveLength(0);
    expect(q(el, '[part~="now"]')).toHaveLength(0);
  });
});

describe('context labels', () => {
  it.each(DESKTOP_LAYOUTS)(
    'in an article column and wider no story label is cut: each drawn label shows whole (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const labels = q(el, '[part~="label"]');
      expect(labels.length).toBeGreaterThan(4);
      for (const label of labels) {
        const id = label.dataset.id;
        expect(label.scrollWidth, id).toBeLessThanOrEqual(label.clientWidth + 1);
        expect(label.scrollHeight, id).toBeLessThanOrEqual(label.clientHeight + 1);
      }
    },
  );

  it.each(COLUMN_AND_WIDER)(
    'in an article column and wider every event of the story has its label, the lanes grown where they were full (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const labelled = new Set(q(el, '[part~="label"]').map((l) => l.dataset.id));
      for (const event of el.events) expect(labelled.has(event.id), event.id).toBe(true);
    },
  );
});

describe('leaders on a phone', () => {
  it.each([
    ['en', 375],
    ['ar', 375],
  ] as const)(
    'each label sits by its own mark: leaders short, their label ends apart where their marks are (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const layout = el.currentLayout!;
      expect(layout.orientation).toBe('vertical');
      const leaders = layout.events.filter((m) => m.leader && m.label);
      expect(leaders.length).toBeGreaterThan(6);
      // A label may stand off its mark by the labels stacked between them and the mark's crowd:
      // at most two label rows above or below it, plus the step across from the axis to the labels.
      const across = Math.max(...leaders.map((m) => Math.abs(m.leader!.x2 - m.leader!.x1)));
      const bound = Math.hypot(across, 2 * (22 + 4) + 22 / 2);
      for (const m of leaders) {
        const l = m.leader!;
        expect(Math.hypot(l.x2 - l.x1, l.y2 - l.y1), m.event.id).toBeLessThanOrEqual(bound);
      }
      // Marks a target apart keep their leaders' label ends apart: no bundle at the labels either.
      for (const a of leaders) {
        for (const b of leaders) {
          if (a === b || Math.abs(a.y - b.y) < 24) continue;
          expect(
            Math.abs(a.leader!.y2 - b.leader!.y2),
            `${a.event.id} / ${b.event.id}`,
          ).toBeGreaterThanOrEqual(22);
        }
      }
      // As drawn: the leader lines in the page have the same lengths.
      for (const line of q(el, 'line.leader')) {
        const r = line.getBoundingClientRect();
        expect(Math.hypot(r.width, r.height)).toBeLessThanOrEqual(bound + 1);
      }
    },
  );
});

describe('the tick column on a phone', () => {
  it.each(PHONE_LAYOUTS)(
    'the reference words take three lines at most, a gap clear of every text (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      expect(el.currentLayout!.orientation).toBe('vertical');
      const words = q(el, '.now-text')[0]!;
      const range = document.createRange();
      range.selectNodeContents(words);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      // "As of the", "report,", then the date on a line of its own.
      expect(lines.size, `"${words.textContent!.trim()}" in ${lines.size} lines`).toBeLessThanOrEqual(3);
      const others = chartTexts(el).filter((t) => t !== words);
      for (const r of rects) {
        const near = grown(r, METRICS.textGap - 0.5);
        for (const other of others) {
          for (const o of drawnBoxes(other)) {
            expect(
              intersects(near, o),
              `"${words.textContent!.trim()}" within ${METRICS.textGap} px of "${other.textContent!.trim()}"`,
            ).toBe(false);
          }
        }
      }
    },
  );

  it.each(
    (['en', 'ar'] as const).flatMap((lang) =>
      [288, 296, 304, 312, 320, 328, 336, 343].map((w) => [lang, w] as const),
    ),
  )(
    'the reference words take the lines layout counts for them, clear of every tick text, label, mark and the axis (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const layout = el.currentLayout!;
      expect(layout.orientation).toBe('vertical');
      const words = q(el, '.now-text')[0]!;
      const range = document.createRange();
      range.selectNodeContents(words);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = rects.filter((r, i) => rects.findIndex((s) => Math.abs(s.top - r.top) < 6) === i);
      const text = words.textContent!.trim();
      expect(lines.length, `"${text}"`).toBe(layout.nowLabel!.lines);
      const others = [
        ...q(el, '.tick-text, [part~="label"]'),
        ...q(el, '[part~="event"] .marker'),
        ...q(el, '.axis-line'),
      ].filter((t) => t.getBoundingClientRect().width + t.getBoundingClientRect().height > 0);
      expect(others.length).toBeGreaterThan(10);
      for (const r of rects)
        for (const other of others)
          expect(
            intersects(r, other.getBoundingClientRect()),
            `"${text}" over ${other.getAttribute('class') ?? other.getAttribute('part')} "${other.textContent!.trim()}"`,
          ).toBe(false);
    },
  );

  it.each(
    (['en', 'ar'] as const).flatMap((lang) => [300, 320, 343, 375, 400, 440].map((w) => [lang, w] as const)),
  )(
    'every tick text and the reference words stay inside the chart’s box, the column the title and footer are set in, and off the axis, at rest and zoomed twice (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      expect(el.currentLayout!.orientation).toBe('vertical');
      const svg = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const [left, right] = [svg.left + METRICS.margin, svg.right - METRICS.margin];
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      for (const state of ['at rest', 'zoomed once', 'zoomed twice']) {
        if (state !== 'at rest') {
          plus.click();
          await settle(el);
        }
        const texts = [...q(el, '.tick-text'), ...q(el, '.now-text')];
        expect(texts.length, state).toBeGreaterThan(3);
        const axis = el.currentLayout!.axis;
        const [axisX, top, foot] = [svg.left + axis.x1, svg.top + axis.y1, svg.top + axis.y2];
        for (const t of texts) {
          for (const r of drawnBoxes(t)) {
            const what = `${state}: "${t.textContent!.trim()}"`;
            // And on one side of the axis, where it runs: a word across it is struck through.
            if (r.bottom > top && r.top < foot)
              expect(r.left > axisX || r.right < axisX, `${what} runs across the axis`).toBe(true);
            expect(
              r.left,
              `${what} runs ${Math.round(left - r.left)} px into the left margin`,
            ).toBeGreaterThanOrEqual(left - 0.5);
            expect(
              r.right,
              `${what} runs ${Math.round(r.right - right)} px into the right margin`,
            ).toBeLessThanOrEqual(right + 0.5);
          }
        }
      }
    },
  );

  it.each(PHONE_LAYOUTS)(
    'a selected mark’s ring keeps clear of every tick text (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const ids = el.currentLayout!.events.filter((m) => !m.offscreen).map((m) => m.event.id);
      expect(ids.length).toBeGreaterThan(5);
      for (const id of ids) {
        el.select(id);
        await settle(el);
        const ring = eventNode(el, id).querySelector('.focus-ring');
        expect(ring, id).not.toBeNull();
        // The circle's box, and half its stroke round it.
        const stroke = parseFloat(getComputedStyle(ring!).strokeWidth) / 2;
        const box = grown(ring!.getBoundingClientRect(), stroke + 1.5);
        for (const t of q(el, '.tick-text')) {
          expect(intersects(box, t.getBoundingClientRect()), `${id}'s ring touches "${t.textContent}"`).toBe(
            false,
          );
        }
      }
    },
  );
});
