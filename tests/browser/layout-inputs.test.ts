import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawdownStory } from '../../src/data/drawdown.js';
import { layoutRuns } from '../../src/layout/layout.js';
import { CROWDED_MONTH, drag, eventNode, mount, mountData, pointer, q, settle } from './helpers.js';
import { syntheticDocument } from '../fixtures/synthetic.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the layout runs only when what it is computed from changes', () => {
  it('hovering and focusing marks redraws the chart without laying it out again; a new width lays it out', async () => {
    const el = await mountData(CROWDED_MONTH, { lang: 'en' }, 1280);
    const before = layoutRuns();
    const unlabelled = el.currentLayout!.events.filter((m) => !m.label && !m.offscreen);
    expect(unlabelled.length, 'the month has an unlabelled event at 1280 px').toBeGreaterThan(0);
    for (const m of unlabelled) {
      const node = eventNode(el, m.event.id);
      const box = node.getBoundingClientRect();
      pointer(node, 'pointerover', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 });
      await settle(el);
      // The hover did redraw: the event's tooltip shows.
      expect(q(el, '.tooltip')[0]?.dataset.id).toBe(m.event.id);
    }
    eventNode(el, unlabelled[0]!.event.id).focus();
    await settle(el);
    expect(layoutRuns()).toBe(before);

    el.style.width = '1100px';
    await settle(el);
    expect(layoutRuns()).toBeGreaterThan(before);
  });
});

describe('after a gesture', () => {
  it('hovering marks after a drag redraws the chart without laying it out again', async () => {
    const el = await mountData(syntheticDocument(100, 1), { lang: 'en' }, 1280);
    el.zoomTo('1967', '1974');
    await settle(el);
    const before = layoutRuns();
    await drag(el, [-12, -24, -36, -48]);
    expect(layoutRuns(), 'the drag lays the chart out').toBeGreaterThan(before);
    const dragged = layoutRuns();
    const marks = el.currentLayout!.events.filter((m) => !m.offscreen && m.event.importance !== 'core');
    expect(marks.length, 'context marks in view').toBeGreaterThan(2);
    for (const m of marks.slice(0, 4)) {
      const node = eventNode(el, m.event.id);
      const box = node.getBoundingClientRect();
      pointer(node, 'pointerover', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 });
      await settle(el);
      expect(q(el, '.tooltip')[0]?.dataset.id, 'the hover redrew the chart').toBe(m.event.id);
    }
    expect(layoutRuns()).toBe(dragged);
  });
});

describe('text widths', () => {
  it('the same story set again, after the chart was cleared with an empty document, measures no text anew', async () => {
    const el = await mount({ lang: 'ar' }, 1280);
    const measured = vi.spyOn(OffscreenCanvasRenderingContext2D.prototype, 'measureText');
    try {
      el.data = [];
      await settle(el);
      measured.mockClear();
      el.data = structuredClone(drawdownStory);
      await settle(el);
      expect(el.currentLayout!.events.filter((m) => m.label).length).toBeGreaterThan(5);
      expect(measured).not.toHaveBeenCalled();
      // Another document's texts are measured.
      el.data = {
        ...structuredClone(drawdownStory),
        title: 'Another story',
        events: [{ id: 'one', start: '2011-12-18', title: 'A title never drawn before' }],
      };
      await settle(el);
      expect(measured).toHaveBeenCalled();
    } finally {
      measured.mockRestore();
    }
  });
});

describe('label font size', () => {
  it('a --drawdown-label-font-size set after the chart is drawn is measured at that size, so no label is cut short', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ lang }, 1280);
      // A label's room: its width times its lines.
      const widths = new Map(
        el.currentLayout!.events.flatMap((m) =>
          m.label ? [[m.event.id, m.label.width * m.label.lines]] : [],
        ),
      );
      el.style.setProperty('--drawdown-label-font-size', '17px');
      await settle(el);
      const labels = q(el, '.label');
      expect(labels.length, `${lang}: labels`).toBe(9);
      for (const label of labels) {
        expect(getComputedStyle(label).fontSize).toBe('17px');
        // Text that does not fit its box is cut with an ellipsis: its scroll width (or, wrapped,
        // its scroll height) is larger.
        expect(label.scrollWidth, `${lang}: ${label.textContent!.trim()}`).toBeLessThanOrEqual(
          label.clientWidth,
        );
        expect(label.scrollHeight, `${lang}: ${label.textContent!.trim()}`).toBeLessThanOrEqual(
          label.clientHeight + 1,
        );
      }
      // Measured at the larger size: the labels take more room in all, wider or on more lines
      // (each set to the measure that keeps the leaders short, so not each one alike).
      const room = el.currentLayout!.events.filter((m) => m.label);
      expect(room.length, `${lang}: labels`).toBe(9);
      const total = (areas: number[]) => areas.reduce((a, b) => a + b, 0);
      expect(total(room.map((m) => m.label!.width * m.label!.lines))).toBeGreaterThan(
        total([...widths.values()]) * 1.1,
      );
      el.remove();
    }
  });
});
