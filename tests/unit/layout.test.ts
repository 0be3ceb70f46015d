import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type Layout } from '../../src/layout/layout.js';
import { validateDocument } from '../../src/schema/validate.js';
import { drawdownStory } from '../../src/data/drawdown.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { METRICS } from '../../src/layout/metrics.js';

/** Runs per property: 1,000 in `npm test`, 10,000 in `npm run fuzz`. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
import type { TimelineModel } from '../../src/schema/model.js';

/** A deterministic stand-in for canvas text measurement: 7 px per character. */
const measure = (text: string) => text.length * 7;

function layout(
  model: TimelineModel,
  width: number,
  timeDirection: 'ltr' | 'rtl' = 'ltr',
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): Layout {
  const f = createFormatters({ language: 'en', numbering: 'latn' });
  return layoutTimeline({
    model,
    width,
    timeDirection,
    orientation,
    labelText: (e) => resolveText(e.title, 'en'),
    measure,
    tickText: f.tick,
  });
}

function overlaps(l: Layout): Array<[string, string]> {
  const boxes = l.events.filter((m) => m.label).map((m) => ({ id: m.event.id, ...m.label! }));
  const found: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        found.push([a.id, b.id]);
      }
    }
  }
  return found;
}

const story = validateDocument(drawdownStory).model;

const dateArb = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    if (precision === 'year' || month === undefined) return String(year);
    const m = String(month).padStart(2, '0');
    return precision === 'month' ? `${year}-${m}` : `${year}-${m}-${String(day).padStart(2, '0')}`;
  });

const eventsArb = fc.array(
  fc.record({
    start: dateArb,
    title: fc.string({ minLength: 1, maxLength: 60 }),
    importance: fc.constantFrom('core', 'context'),
    qualifier: fc.option(fc.constantFrom('about', 'early', 'mid', 'late', 'by', 'before', 'after'), {
      nil: undefined,
    }),
  }),
  { maxLength: 60 },
);

describe('layout', () => {
  it('labels every core event of the drawdown story at 1280 px', () => {
    const l = layout(story, 1280);
    const labelled = new Set(l.events.filter((m) => m.label).map((m) => m.event.id));
    for (const e of story.events.filter((e) => e.importance === 'core')) expect(labelled).toContain(e.id);
  });

  it('in the vertical layout, labels stack in the order of their markers, so leaders never cross', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.array(fc.tuple(dateArb, dateArb), { maxLength: 6 }),
        fc.integer({ min: 320, max: 800 }),
        fc.constantFrom('ltr', 'rtl'),
        (points, periods, width, dir) => {
          const { model } = validateDocument({
            events: [
              ...points.map((e, i) => ({ id: `e${i}`, ...e })),
              ...periods.map(([a, b], i) => ({
                id: `p${i}`,
                start: a < b ? a : b,
                end: a < b ? b : a,
                title: `Period ${i}`,
              })),
            ],
          });
          const l = layout(model, width, dir as 'ltr' | 'rtl', 'vertical');
          // In the order of their marks (a leader from a mark with others of its row further
          // out leaves from above or below its marker, not level with it).
          const leaders = l.events
            .filter((m) => m.label && m.leader)
            .sort((a, b) => a.y - b.y)
            .map((m) => m.leader!);
          for (let i = 1; i < leaders.length; i++) {
            expect(leaders[i]!.y2).toBeGreaterThanOrEqual(leaders[i - 1]!.y2);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('in the vertical layout, no tick text lies across the "now" rule or under its word', () => {
    const f = createFormatters({ language: 'en', numbering: 'latn' });
    const now = Date.UTC(2025, 8, 15);
    let checked = 0;
    // Windows ending at every week from just after "now" to a year later move the ticks past it.
    for (let week = 1; week < 52; week++) {
      for (const timeDirection of ['ltr', 'rtl'] as const) {
        const l = layoutTimeline({
          model: story,
          width: 375,
          orientation: 'vertical',
          timeDirection,
          window: { start: Date.UTC(2024, 0, 1), end: now + week * 7 * 86_400_000 },
          labelText: (e) => resolveText(e.title, 'en'),
          measure: (text) => text.length * 7,
          tickText: f.tick,
        });
        // A reference date past the window's end has no rule: the chart does not show that day.
        const past = now + week * 7 * 86_400_000 <= Date.UTC(2025, 8, 30);
        expect(l.now === undefined, `week ${week}`).toBe(past);
        if (!l.now) continue;
        const nowY = l.now.y1;
        for (const t of l.ticks.filter((t) => t.labelled)) {
          checked++;
          expect(t.grid.y1 <= nowY - 27 || t.grid.y1 >= nowY + 7, `${t.text} at week ${week}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('in the horizontal layout, a tick text the "now" rule would cross is set beside its tick away from the rule, not struck through', () => {
    const f = createFormatters({ language: 'en', numbering: 'latn' });
    const now = Date.UTC(2025, 8, 30);
    let beside = 0;
    // Windows ending on each day of four months past "now" move the ticks across the rule; 10 px
    // a character stands for a wider script.
    for (let day = 1; day < 120; day++) {
      for (const timeDirection of ['ltr', 'rtl'] as const) {
        for (const perChar of [7, 10]) {
          const width = (text: string) => text.length * perChar;
          const l = layoutTimeline({
            model: story,
            width: 1280,
            timeDirection,
            window: { start: Date.UTC(2025, 4, 1), end: now + day * 86_400_000 },
            labelText: (e) => resolveText(e.title, 'en'),
            measure: width,
            smallWidth: width,
            tickText: f.tick,
          });
          const x = l.now!.x1;
          for (const t of l.ticks.filter((t) => t.labelled)) {
            const w = width(t.text);
            const from =
              t.anchor === 'middle' ? t.textX - w / 2 : t.anchor === 'left' ? t.textX : t.textX - w;
            const what = `${t.text} at day ${day}, ${timeDirection}, ${perChar} px`;
            expect(from + w + METRICS.textGap <= x || from - METRICS.textGap >= x, what).toBe(true);
            if (Math.abs(t.textX - x) < w / 2 + METRICS.textGap) {
              // Set against its own tick, on the side away from the rule.
              expect(t.anchor, what).toBe(t.textX < x ? 'right' : 'left');
              beside++;
            }
          }
        }
      }
    }
    expect(beside).toBeGreaterThan(10);
    // 476 layouts of the story: 1.6 s alone, over 6 s on a busy machine.
  }, 30_000);

  it('mirrors the axis when time runs right to left', () => {
    const ltr = layout(story, 1000, 'ltr');
    const rtl = layout(story, 1000, 'rtl');
    const first = story.events[0]!.time;
    expect(ltr.position(first)).toBeCloseTo(1000 - rtl.position(first), 6);
  });

  it('no two labels overlap, and every mark stays inside, for random events, widths, directions and orientations', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: 320, max: 1920 }),
        fc.constantFrom('ltr', 'rtl'),
        fc.constantFrom('horizontal', 'vertical'),
        (events, width, dir, orientation) => {
          const { model } = validateDocument({
            events: events.map((e, i) => ({ id: `e${i}`, ...e })),
          });
          const l = layout(model, width, dir as 'ltr' | 'rtl', orientation as 'horizontal' | 'vertical');
          expect(overlaps(l)).toEqual([]);
          for (const m of l.events) {
            expect(Number.isFinite(m.x)).toBe(true);
            // Every mark and band lies inside the drawing.
            expect(m.band.x).toBeGreaterThanOrEqual(0);
            expect(m.band.x + m.band.width).toBeLessThanOrEqual(width + 1);
            if (orientation === 'horizontal') {
              expect(m.x).toBeGreaterThanOrEqual(0);
              expect(m.x).toBeLessThanOrEqual(width);
            }
            if (m.label) {
              expect(m.label.x).toBeGreaterThanOrEqual(0);
              expect(m.label.x + m.label.width).toBeLessThanOrEqual(width + 1e-6);
            }
          }
          expect(Number.isFinite(l.height)).toBe(true);
          if (orientation === 'horizontal') {
            // Tick texts stay inside the drawing, whatever the window's edges cut.
            for (const t of l.ticks.filter((t) => t.labelled)) {
              const w = measure(t.text);
              const from =
                t.anchor === 'middle' ? t.textX - w / 2 : t.anchor === 'left' ? t.textX : t.textX - w;
              expect(from).toBeGreaterThanOrEqual(-1e-6);
              expect(from + w).toBeLessThanOrEqual(width + 1e-6);
            }
          }
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20251930 },
    );
  }, 60_000);

  it('draws exactly the events whose span overlaps the window, for random periods and windows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: dateArb, end: fc.option(dateArb, { nil: undefined }) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 1985, max: 2035 }),
        fc.integer({ min: 1, max: 20 * 12 }),
        fc.constantFrom('horizontal', 'vertical'),
        (events, fromYear, months, orientation) => {
          const { model } = validateDocument({
            events: events.map((e, i) => ({ id: `e${i}`, title: `event ${i}`, ...e })),
          });
          const start = Date.UTC(fromYear, 0, 1);
          const window = { start, end: Date.UTC(fromYear, months, 1) };
          const l = layoutTimeline({
            model,
            width: 1000,
            timeDirection: 'ltr',
            orientation: orientation as 'horizontal' | 'vertical',
            window,
            labelText: (e) => resolveText(e.title, 'en'),
            measure,
            tickText: createFormatters({ language: 'en', numbering: 'latn' }).tick,
          });
          const drawn = new Set([
            ...l.events.map((m) => m.event.id),
            ...l.clusters.flatMap((c) => c.events.map((e) => e.id)),
          ]);
          const overlapping = model.events
            .filter((e) => e.span.end > window.start && e.span.start < window.end)
            .map((e) => e.id);
          expect([...drawn].sort()).toEqual(overlapping.sort());
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20260930 },
    );
  }, 60_000);

  it('an empty model still gets an axis with ticks and no NaN', () => {
    const l = layout(validateDocument({ events: [] }).model, 800);
    expect(l.ticks.length).toBeGreaterThan(1);
    for (const t of l.ticks) expect(Number.isFinite(t.textX)).toBe(true);
  });

  it('one event gets a window of at least a month around it', () => {
    const l = layout(validateDocument({ events: [{ id: 'a', start: '2020-05-05', title: 'A' }] }).model, 800);
    expect(l.window.end - l.window.start).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(l.events[0]!.x).toBeGreaterThan(16);
    expect(l.events[0]!.x).toBeLessThan(784);
  });

  it('the disputed troop figure is drawn as a range open at the top', () => {
    const l = layout(story, 1000);
    const iraq = l.series!.lines.find((s) => s.series.id === 'us-troops-iraq')!;
    expect(iraq.disputes).toHaveLength(1);
    expect(iraq.disputes[0]!.openTop).toBe(true);
    expect(iraq.disputes[0]!.yTop).toBeLessThan(iraq.disputes[0]!.yBottom);
  });

  it('zoomed in, the troop track draws only what falls in the window and cuts its line at the edges', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const l = layoutTimeline({
        model: story,
        width: 1000,
        timeDirection: dir,
        window: { start: Date.UTC(2023, 0, 1), end: Date.UTC(2026, 6, 1) },
        labelText: (e) => resolveText(e.title, 'en'),
        measure,
        tickText: createFormatters({ language: 'en', numbering: 'latn' }).tick,
      });
      const track = l.series!;
      const drawn = track.lines.flatMap((line) => [
        ...line.marks.map((m) => m.x),
        ...line.disputes.map((d) => d.x),
        ...line.notes.map((n) => n.x),
      ]);
      expect(drawn.length).toBeGreaterThan(0);
      for (const x of drawn) {
        expect(x).toBeGreaterThanOrEqual(track.x0 - 0.5);
        expect(x).toBeLessThanOrEqual(track.x1 + 0.5);
      }
      // Points before 2023 exist, so the line runs past an edge: the clip keeps it inside.
      expect(story.series.some((s) => s.points.some((p) => p.time < Date.UTC(2023, 0, 1)))).toBe(true);
      expect(track.clip.x).toBeGreaterThanOrEqual(track.x0 - 8);
      expect(track.clip.x + track.clip.width).toBeLessThanOrEqual(track.x1 + 8);
    }
  });
});

/** Every size a layout gives (widths, heights, radii), with where it is, when one is negative or NaN. */
function badSizes(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (!value || typeof value !== 'object' || seen.has(value) || value instanceof Map) return [];
  seen.add(value);
  const bad: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (['width', 'height', 'ring', 'r'].includes(k) && typeof v === 'number' && !(v >= 0))
      bad.push(`${path}.${k} = ${v}`);
    bad.push(...badSizes(v, `${path}.${k}`, seen));
  }
  return bad;
}

describe('a chart narrower than its margins', () => {
  it('(laid out before it has its width) has no negative or NaN size anywhere', () => {
    for (const width of [0, 1, 10, 20, 31, 32, 33, 40])
      for (const orientation of ['horizontal', 'vertical'] as const)
        for (const direction of ['ltr', 'rtl'] as const)
          expect(
            badSizes(layout(story!, width, direction, orientation)),
            `${width} ${orientation} ${direction}`,
          ).toEqual([]);
  });
});
