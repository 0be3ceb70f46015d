/**
 * The picture a news desk publishes: the story's period gets the width, the core moments are
 * numbered and dated, every mark can be seen and clicked, and zooming keeps its bearings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import { drag, eventNode, key, markerCentre, mount, mountData, pointer, q, settle } from './helpers.js';
import { STORY_LAYOUTS } from '../fixtures/story.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Boxes of every drawn marker (the visible glyph), by event id. */
function markerBoxes(el: DrawdownTimeline): Map<string, DOMRect> {
  return new Map(
    q<SVGGElement>(el, '[part~="event"]')
      .filter((g) => g.querySelector('.marker'))
      .map((g) => [g.dataset.id!, g.querySelector('.marker')!.getBoundingClientRect()]),
  );
}

function overlapShare(a: DOMRect, b: DOMRect): number {
  const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
  const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

const LAYOUTS = STORY_LAYOUTS;

describe('the story gets the width', () => {
  it.each(['en', 'ar'])(
    'at 1280 px the agreement-to-deadline span takes at least 40% of the chart (%s)',
    async (lang) => {
      const el = await mount({ lang }, 1280);
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const from = markerCentre(el, 'agreement').x;
      const to = markerCentre(el, 'mission-end').x;
      expect(Math.abs(to - from) / chart.width).toBeGreaterThanOrEqual(0.4);
      // Time runs with the reading direction.
      expect(Math.sign(to - from)).toBe(lang === 'ar' ? -1 : 1);
    },
  );

  it('draws the background compressed, shaded, named and broken on the axis', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    const shaded = q(el, '[part~="compressed"]');
    expect(shaded.length).toBeGreaterThan(0);
    expect(q(el, '[part~="axis-break"]').length).toBeGreaterThan(0);
    expect(q(el, '.compressed-text')[0]!.textContent).toBe('compressed scale');
    const ar = await mount({ lang: 'ar' }, 1280);
    expect(q(ar, '.compressed-text')[0]!.textContent).toBe('مقياس زمني مضغوط');
    // Eleven years of background take less room than the twenty months in focus.
    const background = shaded[0]!.getBoundingClientRect().width;
    const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect().width;
    expect(background).toBeLessThan(chart * 0.2);
  });

  it('a document without a focus is drawn on one even scale, with no break', async () => {
    const el = await mountData({
      events: [
        { id: 'a', start: '2000', title: 'A' },
        { id: 'b', start: '2020', title: 'B' },
      ],
    });
    expect(q(el, '[part~="axis-break"]')).toHaveLength(0);
    expect(q(el, '[part~="compressed"]')).toHaveLength(0);
  });

  it('zooming and panning carry on across the break', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    el.zoomTo('2018', '2024-12');
    await settle(el);
    const breaks = () => q(el, '[part~="axis-break"]').map((b) => b.getBoundingClientRect().x);
    const [before] = breaks();
    expect(before).toBeDefined();
    await drag(el, [-40, -80]);
    const [after] = breaks();
    // The break moved with the drawing, and the window moved later in time.
    expect(after! - before!).toBeCloseTo(-80, 0);
    expect(el.currentLayout!.window.start).toBeGreaterThan(Date.UTC(2018, 0, 1));
    // The pan buttons step across it too, one way and back.
    const start = el.currentLayout!.window.start;
    q<HTMLButtonElement>(el, '.pan-later')[0]!.click();
    await settle(el);
    expect(el.currentLayout!.window.start).toBeGreaterThan(start);
    q<HTMLButtonElement>(el, '.pan-earlier')[0]!.click();
    await settle(el);
    expect(el.currentLayout!.window.start).toBeCloseTo(start, -4);
  });
});

describe('the core moments are the headlines', () => {
  it('numbers the core events in time order and puts the date in their labels, in each language', async () => {
    const en = await mount({ lang: 'en' }, 1280);
    const label = (el: DrawdownTimeline, id: string) => q(el, `[part~="label"][data-id="${id}"]`)[0]!;
    expect(label(en, 'agreement').textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^2\s*Sep 27, 2024 — /);
    expect(label(en, 'isis-expansion').querySelector('.number')!.textContent).toBe('1');
    // The word that introduces a date is held to it by a no-break space and a word joiner.
    expect(label(en, 'bases-announcement').textContent).toContain('late\u00a0\u2060Aug\u00a02025\u00a0— ');
    const ar = await mount({ lang: 'ar', numbering: 'latn' }, 1280);
    expect(label(ar, 'agreement').textContent).toContain('27\u00a0سبتمبر\u00a02024\u00a0— ');
    // A year-precision event says its year, and its mark stands at the start of it, not at a
    // day in the middle.
    expect(label(en, 'isis-expansion').textContent).toContain('2014\u00a0— ');
    const m = en.currentLayout!.events.find((e) => e.event.id === 'isis-expansion')!;
    expect(m.band.x).toBeCloseTo(en.currentLayout!.position(Date.UTC(2014, 0, 1)), 0);
  });

  it.each(LAYOUTS)(
    'no two marks overlap by more than a fifth of their area (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const boxes = [...markerBoxes(el)];
      expect(boxes.length).toBe(el.events.length);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(
            overlapShare(boxes[i]![1], boxes[j]![1]),
            `${boxes[i]![0]} / ${boxes[j]![0]}`,
          ).toBeLessThanOrEqual(0.2);
    },
  );

  it.each(LAYOUTS)('a click on every mark selects that mark (%s, %i px)', async (lang, width) => {
    const el = await mount({ lang }, width);
    for (const id of markerBoxes(el).keys()) {
      const target = eventNode(el, id).querySelector<SVGRectElement>('.hit')!;
      const box = target.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(23.9);
      expect(box.height).toBeGreaterThanOrEqual(23.9);
      // A real mouse click at the centre of the mark's target: the browser checks that nothing
      // else (another mark, a label, a band) is on top there.
      await userEvent.click(target);
      await settle(el);
      expect(el.selected, id).toBe(id);
    }
  });

  it('marks on the same day are dodged apart and pinned to their day', async () => {
    const el = await mountData({
      events: ['a', 'b', 'c'].map((id) => ({ id, start: '2020-05-05', title: id })),
    });
    const xs = ['a', 'b', 'c'].map((id) => markerCentre(el, id).x).sort((p, r) => p - r);
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(23.5);
    expect(xs[2]! - xs[1]!).toBeGreaterThanOrEqual(23.5);
    expect(q(el, '.pin')).toHaveLength(3);
    // Leaders stay apart: each label's leader starts under its own mark.
    const leaders = q<SVGLineElement>(el, '.leader').map((l) => l.getBoundingClientRect().x);
    expect(new Set(leaders.map((x) => Math.round(x))).size).toBe(3);
  });
});

describe('zoom keeps its bearings', () => {
  it('+ zooms around the selected event, else around the reference date', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    const zoomIn = () => q<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]')[0]!.click();
    zoomIn();
    await settle(el);
    const asOf = Date.UTC(2025, 8, 30, 12);
    let w = el.currentLayout!.window;
    expect(w.start).toBeLessThan(asOf);
    expect(w.end).toBeGreaterThan(asOf);
    el.resetZoom();
    el.select('isis-expansion');
    await settle(el);
    zoomIn();
    await settle(el);
    zoomIn();
    await settle(el);
    w = el.currentLayout!.window;
    const expansion = el.events.find((e) => e.id === 'isis-expansion')!.time;
    expect(w.start).toBeLessThanOrEqual(expansion);
    expect(w.end).toBeGreaterThanOrEqual(expansion);
  });

  it('+ from the keyboard zooms around the focused event', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    eventNode(el, 'mosul-falls').focus();
    key(eventNode(el, 'mosul-falls'), '+');
    await settle(el);
    key(el.shadowRoot!.activeElement ?? eventNode(el, 'mosul-falls'), '+');
    await settle(el);
    const w = el.currentLayout!.window;
    const mosul = Date.UTC(2014, 5, 10, 12);
    expect(w.start).toBeLessThan(mosul);
    expect(w.end).toBeGreaterThan(mosul);
  });

  it('the pan buttons point the way the view moves, in either reading direction', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ lang }, 1280);
      const earlier = q<HTMLButtonElement>(el, '.pan-earlier')[0]!;
      const later = q<HTMLButtonElement>(el, '.pan-later')[0]!;
      // Nothing to pan before zooming in.
      expect(earlier.disabled).toBe(true);
      el.zoomTo('2024-06', '2025-03');
      await settle(el);
      expect(earlier.disabled).toBe(false);
      // Earlier time lies left in English and right in Arabic: each button sits on that side and
      // points that way.
      const left = earlier.getBoundingClientRect().x < later.getBoundingClientRect().x;
      expect(left).toBe(lang === 'en');
      expect(earlier.textContent!.trim()).toBe(lang === 'en' ? '‹' : '›');
      const start = el.currentLayout!.window.start;
      later.click();
      await settle(el);
      expect(el.currentLayout!.window.start).toBeGreaterThan(start);
      el.remove();
    }
  });

  it('the overview strip shows only when zoomed; a click on it moves the window there, a drag carries it', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    expect(q(el, '[part~="overview"]')).toHaveLength(0);
    el.zoomTo('2025-01', '2025-02');
    await settle(el);
    const strip = q(el, '[part~="overview"]')[0]!;
    const box = strip.getBoundingClientRect();
    const windowBox = () => q(el, '.overview-window')[0]!.getBoundingClientRect();
    const before = windowBox();
    // A click far to the left (years before) brings the window there.
    pointer(strip, 'pointerdown', { clientX: box.left + 100, clientY: box.top + 10 });
    pointer(strip, 'pointerup', { clientX: box.left + 100, clientY: box.top + 10 });
    await settle(el);
    expect(el.currentLayout!.window.start).toBeLessThan(Date.UTC(2020, 0, 1));
    const moved = windowBox();
    expect(moved.x + moved.width / 2).toBeCloseTo(box.left + 100, -1);
    // A drag on the window's box carries it by as much as the pointer moved.
    const grab = { clientX: moved.x + moved.width / 2, clientY: box.top + 10 };
    pointer(strip, 'pointerdown', grab);
    pointer(strip, 'pointermove', { ...grab, clientX: grab.clientX + 300 });
    pointer(strip, 'pointerup', { ...grab, clientX: grab.clientX + 300 });
    await settle(el);
    expect(windowBox().x - moved.x).toBeCloseTo(300, -1);
    expect(before.width).toBeGreaterThan(0);
  });
});
