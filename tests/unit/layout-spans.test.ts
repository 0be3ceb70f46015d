import { describe, expect, it } from 'vitest';
import { layoutTimeline, type Layout } from '../../src/layout/layout.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { validateDocument } from '../../src/schema/validate.js';
import { DAY } from '../../src/time/partial-date.js';

const f = createFormatters({ language: 'en', numbering: 'latn' });

/** Three events spread over a span that starts on 2020-03-01, laid out 800 px wide. */
function layoutOver(
  days: number,
  dir: 'ltr' | 'rtl' = 'ltr',
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): Layout {
  const start = Date.UTC(2020, 2, 1);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const { model } = validateDocument({
    events: [0, 0.5, 1].map((k, i) => ({
      id: `e${i}`,
      start: iso(start + Math.floor(k * days) * DAY),
      title: `Event ${i}`,
    })),
  });
  return layoutTimeline({
    model,
    width: 800,
    timeDirection: dir,
    orientation,
    window: { start, end: start + Math.max(1, days) * DAY },
    labelText: (e) => resolveText(e.title, 'en'),
    measure: (t) => t.length * 7,
    tickText: f.tick,
  });
}

/** The layout as a small SVG document: what a snapshot reviewer can read at a glance. */
function svgOf(l: Layout): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const lines = [`<svg width="${l.width}" height="${r(l.height)}" data-unit="${l.tickUnit}">`];
  lines.push(`  <line x1="${r(l.axis.x1)}" y1="${r(l.axis.y1)}" x2="${r(l.axis.x2)}" y2="${r(l.axis.y2)}"/>`);
  for (const t of l.ticks.filter((t) => t.labelled))
    lines.push(`  <text x="${r(t.textX)}" y="${r(t.textY)}">${t.text}</text>`);
  for (const m of l.events) {
    lines.push(
      `  <g id="${m.event.id}"><rect x="${r(m.band.x)}" width="${r(m.band.width)}"/><circle cx="${r(m.x)}" cy="${r(m.y)}"/>` +
        (m.label ? `<text x="${r(m.label.x)}" y="${r(m.label.y)}">${m.label.text}</text>` : '') +
        '</g>',
    );
  }
  lines.push('</svg>');
  return lines.join('\n');
}

describe('the layout over time spans from a day to fifty years', () => {
  it('a one-day window is labelled in days and keeps its event inside', () => {
    const l = layoutOver(1);
    expect(l.tickUnit).toBe('day');
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a one-week window is labelled in days', () => {
    const l = layoutOver(7);
    expect(l.tickUnit).toBe('day');
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a three-month window is labelled in months or weeks of days', () => {
    const l = layoutOver(90);
    expect(['month', 'day']).toContain(l.tickUnit);
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a two-year window is labelled in months, January with its year', () => {
    const l = layoutOver(730);
    expect(l.tickUnit).toBe('month');
    expect(l.ticks.filter((t) => t.labelled).some((t) => /\d{4}/.test(t.text))).toBe(true);
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a ten-year window is labelled in years', () => {
    const l = layoutOver(3653);
    expect(l.tickUnit).toBe('year');
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a fifty-year window is labelled in years, thinned so that no two labels touch', () => {
    const l = layoutOver(18_262);
    expect(l.tickUnit).toBe('year');
    const xs = l.ticks.filter((t) => t.labelled).map((t) => t.textX);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(4 * 7);
    expect(svgOf(l)).toMatchSnapshot();
  });

  it('a right-to-left fifty-year window is the mirror image of the left-to-right one', () => {
    const ltr = layoutOver(18_262);
    const rtl = layoutOver(18_262, 'rtl');
    expect(rtl.ticks.map((t) => Math.round(800 - t.textX))).toEqual(
      ltr.ticks.map((t) => Math.round(t.textX)),
    );
    expect(svgOf(rtl)).toMatchSnapshot();
  });

  it('a vertical ten-year layout runs time down the page', () => {
    const l = layoutOver(3653, 'ltr', 'vertical');
    const ys = l.events.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(svgOf(l)).toMatchSnapshot();
  });
});

describe('events larger than the window', () => {
  it('a year seen from inside one of its months is a band cut to the chart, with no marker or label', () => {
    const { model } = validateDocument({
      events: [{ id: 'y', start: '2014', qualifier: 'late', title: 'Late 2014' }],
    });
    const l = layoutTimeline({
      model,
      width: 800,
      timeDirection: 'ltr',
      window: { start: Date.UTC(2014, 0, 1), end: Date.UTC(2014, 1, 1) },
      labelText: () => 'Late 2014',
      measure: (t) => t.length * 7,
      tickText: f.tick,
    });
    const m = l.events[0]!;
    expect(m.offscreen).toBe(true);
    expect(m.label).toBeUndefined();
    expect(m.band.x).toBeGreaterThanOrEqual(16);
    expect(m.band.x + m.band.width).toBeLessThanOrEqual(784);
  });
});

describe('dense windows', () => {
  it('with more core events than can be labelled, the labelled ones are spread over the whole window', () => {
    const events = Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      start: `${1950 + Math.floor(i / 10)}-${String((i % 10) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      importance: i % 2 ? 'context' : 'core',
    }));
    const { model } = validateDocument({ events });
    const l = layoutTimeline({
      model,
      width: 375,
      orientation: 'vertical',
      timeDirection: 'ltr',
      labelText: (e) => resolveText(e.title, 'en'),
      measure: (t) => t.length * 7,
      tickText: f.tick,
    });
    const labelled = l.events.filter((m) => m.label).map((m) => m.event.start.year);
    expect(labelled.length).toBeGreaterThan(20);
    expect(Math.min(...labelled)).toBeLessThan(1955);
    expect(Math.max(...labelled)).toBeGreaterThan(2005);
  });
});

describe('panning a dense window', () => {
  it('keeps the same single marks and clusters for the stretch both windows show', () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      start: `${1950 + Math.floor(i / 60)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      importance: i % 3 ? 'context' : 'core',
    }));
    const { model } = validateDocument({ events });
    const at = (start: number) =>
      layoutTimeline({
        model,
        width: 1000,
        orientation: 'horizontal',
        timeDirection: 'ltr',
        window: { start, end: start + 20 * 365 * 86_400_000 },
        labelText: (e) => resolveText(e.title, 'en'),
        measure: (t) => t.length * 7,
        tickText: f.tick,
      });
    const from = Date.UTC(1960, 0, 1);
    const shift = 0.01 * 20 * 365 * 86_400_000;
    const a = at(from);
    const b = at(from + shift);
    // The stretch both windows show, away from the edges where bins are cut.
    const lo = from + 2 * shift;
    const hi = from + 20 * 365 * 86_400_000 - 2 * shift;
    const singles = (l: Layout) =>
      l.events
        .filter((m) => !m.offscreen && m.event.time > lo && m.event.time < hi)
        .map((m) => m.event.id)
        .sort();
    const clusters = (l: Layout) =>
      l.clusters
        .filter((c) => c.span.start > lo && c.span.end < hi)
        .map((c) => c.id)
        .sort();
    expect(a.clusters.length).toBeGreaterThan(10);
    expect(singles(a).length).toBeGreaterThan(20);
    expect(singles(b)).toEqual(singles(a));
    expect(clusters(b)).toEqual(clusters(a));
  });
});
