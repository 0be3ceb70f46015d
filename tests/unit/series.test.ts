import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutSeries,
  segmentHitsBox,
  type SeriesMark,
  type SeriesText,
  type SeriesTrack,
} from '../../src/layout/series.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { METRICS } from '../../src/layout/metrics.js';
import { validateDocument } from '../../src/schema/validate.js';
import { drawdownStory } from '../../src/data/drawdown.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';

/** Runs per property: 1,000 in `npm test`, 10,000 in `npm run fuzz`. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** A stand-in for measuring: 7 px per character of the figure, plus the box's padding. */
const textWidth = (t: SeriesText): number =>
  (t.kind === 'value' ? String(t.point?.value ?? '').length : 12) * 7 + 8;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(t: SeriesText): Box {
  const w = textWidth(t);
  const left = t.side === 'right' ? t.x : t.x - w;
  return { left, right: left + w, top: t.y - 9, bottom: t.y + 9 };
}

/** Every value text of a track, with the point it writes. */
function values(
  track: SeriesTrack,
): Array<{ text: SeriesText; mark: SeriesMark; marks: readonly SeriesMark[] }> {
  return track.texts
    .filter((t) => t.kind === 'value')
    .map((text) => {
      const line = track.lines.find((l) => l.series === text.series)!;
      return { text, mark: line.marks.find((m) => m.point === text.point)!, marks: line.marks };
    });
}

/** The points of a mark's own figure: the run of equal firm values it belongs to (its plateau). */
function plateauOf(mark: SeriesMark, marks: readonly SeriesMark[]): Set<SeriesMark> {
  const count = new Map<number, number>();
  for (const m of marks) count.set(m.time, (count.get(m.time) ?? 0) + 1);
  const firm = marks.filter((m) => count.get(m.time) === 1 && m.point.value !== undefined);
  const i = firm.indexOf(mark);
  const run = new Set([mark]);
  for (let j = i - 1; j >= 0 && firm[j]!.point.value === mark.point.value; j--) run.add(firm[j]!);
  for (let j = i + 1; j < firm.length && firm[j]!.point.value === mark.point.value; j++) run.add(firm[j]!);
  return run;
}

/**
 * What a reader needs to tie a figure to its point: the text sits right beside the point, above
 * or below it (8 px aside) or level with it (10 px aside), keeps 16 px from every point of
 * another figure, so that its own point is the nearest, and is not crossed by the line.
 */
function expectBesideItsPoint(
  track: SeriesTrack,
  edges = (track.compressed ?? []).flatMap((k) => [k.box.x, k.box.x + k.box.width]),
): void {
  const allMarks = track.lines.flatMap((l) => l.marks);
  for (const { text, mark, marks } of values(track)) {
    const b = boxOf(text);
    const off = Math.round(Math.abs(text.y - mark.y));
    // Level with its point; or nearly level (a step or two lower or higher) and a step further
    // off; or above or below by half a line and a gap, or further off, by at most one more line,
    // past a rule or a text in the way.
    expect(off <= 6 || off >= 12, `${text.key} is ${off} px off its point`).toBe(true);
    expect(off).toBeLessThanOrEqual(30);
    const aside = off === 0 ? 10 : off <= 6 ? 13 : 8;
    // Or, where it would stand across a compressed stretch's shade edge, just past that edge (2 px
    // off it): no further off its point than its own width (as layout measures it, with the gap
    // after a series text) and that gap, since it stood across the edge (a desktop's shade is
    // wider than a phone's, and its figures move further).
    const pastEdge = edges.some(
      (e) =>
        Math.abs(Math.abs(text.x - e) - 2) < 1e-6 &&
        Math.abs(text.x - mark.x) > aside &&
        Math.abs(text.x - mark.x) - aside <= b.right - b.left + METRICS.seriesTextGap + 4,
    );
    // Or, above or below its point, slid back along its row to stand 2 px short of that edge (its
    // width as layout measures it, with the gap after a series text), over or under its point or
    // nearer it than the usual spot.
    const w = b.right - b.left + METRICS.seriesTextGap;
    const shortOfEdge =
      off >= 12 &&
      // nearer its point than the usual spot, reaching over or under it
      (text.side === 'right' ? text.x - mark.x : mark.x - text.x) <= aside &&
      (text.side === 'right' ? text.x - mark.x : mark.x - text.x) >= -w &&
      edges.some((e) => Math.abs(text.x + (text.side === 'right' ? 1 : -1) * (w + 2) - e) < 1e-6);
    if (!pastEdge && !shortOfEdge) expect(Math.abs(text.x - mark.x)).toBeCloseTo(aside, 6);
    if (!shortOfEdge) expect(Math.sign(text.x - mark.x)).toBe(text.side === 'right' ? 1 : -1);
    const own = plateauOf(mark, marks);
    for (const other of allMarks) {
      if (own.has(other)) continue;
      // Chebyshev distance from the point to the box: well clear, so the figure is not its.
      const hit = Math.max(b.left - other.x, other.x - b.right, b.top - other.y, other.y - b.bottom) < 16;
      expect(hit, `${text.key} covers the point at ${other.time}`).toBe(false);
    }
    for (const [p, q] of steps(marks)) {
      expect(segmentHitsBox(p, q, b), `${text.key} is crossed by the line`).toBe(false);
    }
  }
}

type Pt = { x: number; y: number };

/**
 * The line as drawn: in time order, each figure holds until the next, then steps to it; a date
 * with more than one estimate (or a bound) breaks the line.
 */
function steps(marks: readonly SeriesMark[]): Array<[Pt, Pt]> {
  const byTime = new Map<number, SeriesMark[]>();
  for (const m of marks) byTime.set(m.time, [...(byTime.get(m.time) ?? []), m]);
  const stops = [...byTime]
    .sort((a, b) => a[0] - b[0])
    .map(([, ms]) => (ms.length === 1 && ms[0]!.point.value !== undefined ? ms[0]! : null));
  const out: Array<[Pt, Pt]> = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (!a || !b) continue;
    out.push([a, { x: b.x, y: a.y }], [{ x: b.x, y: a.y }, b]);
  }
  return out;
}

function track(points: ReadonlyArray<[number, number]>, width: number): SeriesTrack {
  const { model } = validateDocument({
    version: 1,
    events: [],
    series: [
      { id: 's', label: 'Troops', points: points.map(([year, value]) => ({ date: String(year), value })) },
    ],
  });
  const start = Date.UTC(1990, 0, 1);
  const end = Date.UTC(2031, 0, 1);
  const x0 = 48;
  const x1 = width - 8;
  return layoutSeries(
    model.series,
    { top: 40, height: 120, x0, x1 },
    (t) => x0 + ((t - start) / (end - start)) * (x1 - x0),
    textWidth,
  );
}

/** The drawdown story laid out in English with a fixed-width font. */
function storyLayout(
  width: number,
  orientation: 'horizontal' | 'vertical',
  timeDirection: 'ltr' | 'rtl',
  extra: Partial<Parameters<typeof layoutTimeline>[0]> = {},
) {
  const f = createFormatters({ language: 'en', numbering: 'latn' });
  return layoutTimeline({
    model: validateDocument(drawdownStory).model,
    width,
    orientation,
    timeDirection,
    labelText: (e) => resolveText(e.title, 'en'),
    measure: (text) => text.length * 7,
    tickText: f.tick,
    seriesTextWidth: textWidth,
    ...extra,
  });
}

describe('segmentHitsBox', () => {
  const pt = (x: number, y: number) => ({ x, y });
  const box = { left: 10, right: 20, top: 10, bottom: 20 };
  it('sees a segment that crosses, enters or lies inside a box', () => {
    expect(segmentHitsBox(pt(0, 15), pt(30, 15), box)).toBe(true);
    expect(segmentHitsBox(pt(0, 0), pt(15, 15), box)).toBe(true);
    expect(segmentHitsBox(pt(12, 12), pt(18, 18), box)).toBe(true);
    expect(segmentHitsBox(pt(15, 0), pt(15, 30), box)).toBe(true);
  });
  it('misses a segment that passes by, ends short or runs alongside', () => {
    expect(segmentHitsBox(pt(0, 0), pt(30, 5), box)).toBe(false);
    expect(segmentHitsBox(pt(0, 15), pt(9, 15), box)).toBe(false);
    expect(segmentHitsBox(pt(0, 25), pt(30, 25), box)).toBe(false);
    expect(segmentHitsBox(pt(0, 30), pt(30, 0), { left: 20, right: 30, top: 20, bottom: 30 })).toBe(false);
  });
});

describe('series values', () => {
  it('writes every change of a sparse series beside its point', () => {
    const t = track(
      [
        [2000, 1000],
        [2010, 5000],
        [2020, 2000],
      ],
      1000,
    );
    expect(values(t).map((v) => v.text.point?.value)).toEqual([2000, 1000, 5000]);
    expectBesideItsPoint(t);
  });

  it('writes a plateau once, the latest figure at its end: two texts of one figure read as two figures', () => {
    const t = track(
      [
        [2000, 3000],
        [2005, 3000],
        [2010, 3000],
        [2020, 3000],
      ],
      1000,
    );
    expect(values(t).map((v) => v.text.point?.date.iso)).toEqual(['2020']);
  });

  // A property over many random tracks: given the time a shared two-core machine may take.
  it(
    'never writes a figure away from its point, on another point or across the line',
    { timeout: Math.max(20_000, FUZZ_RUNS * 20) },
    () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 2, maxLength: 30 }),
          fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 30, maxLength: 30 }),
          fc.integer({ min: 280, max: 1300 }),
          (years, figures, width) => {
            const sorted = [...years].sort((a, b) => a - b);
            expectBesideItsPoint(
              track(
                sorted.map((year, i) => [year, figures[i]!]),
                width,
              ),
            );
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
  );

  it('in the drawdown story, on a phone and in a wide view, in both directions', () => {
    for (const [width, orientation] of [
      [375, 'vertical'],
      [1280, 'horizontal'],
    ] as const) {
      for (const timeDirection of ['ltr', 'rtl'] as const) {
        const layout = storyLayout(width, orientation, timeDirection);
        const t = layout.series!;
        const edges = layout.compressed.flatMap((k) => [k.box.x, k.box.x + k.box.width]);
        expectBesideItsPoint(t, orientation === 'vertical' ? undefined : edges);
        if (width < 1000) continue;
        // With room to spare, no figure stands across a grid line from its point: it would read
        // as a figure on the line's other side. Only one crowded on the compressed stretch may
        // stand just under (or over) the rule by its point, its point within its width and two
        // lines' height: nearer it than a spot past the stretch's edge.
        for (const { text, mark } of values(t)) {
          const b = boxOf(text);
          for (const { y } of t.ticks)
            if ((y - mark.y) * (y - text.y) < 0) {
              expect(mark.x >= b.left && mark.x <= b.right, text.key).toBe(true);
              expect(Math.abs(text.y - mark.y), text.key).toBeLessThanOrEqual(2 * 18);
            }
        }
        // With room to spare, the figure a reader comes for, the latest before the dispute, is
        // written (on a phone the dispute's own texts may take its place).
        const iraq = t.lines.find((line) => line.series.id === 'us-troops-iraq')!;
        const disputed = new Set(iraq.disputes.map((d) => d.time));
        const latest = iraq.marks.filter((m) => !disputed.has(m.time)).at(-1)!;
        expect(values(t).some((v) => v.mark === latest)).toBe(true);
      }
    }
  });
});

describe('the dispute graphic', () => {
  const story = (width: number, orientation: 'horizontal' | 'vertical', timeDirection: 'ltr' | 'rtl') =>
    storyLayout(width, orientation, timeDirection, { referenceText: 'As of September 30, 2025' });

  it('draws the figures in steps, never curves, and solid only between firm figures close in time', () => {
    const t = track(
      [
        [2000, 1000],
        [2001, 3000],
        [2010, 2000],
      ],
      1000,
    );
    const line = t.lines[0]!;
    expect(line.path).toMatch(/^[ML\d.,-]+$/);
    expect(line.gapPath).toMatch(/^[ML\d.,-]+$/);
    // Every piece runs straight across or straight up and down.
    for (const [p, q] of line.pieces) expect(p.x === q.x || p.y === q.y).toBe(true);
    // 2000 → 2001 is solid; nine years with no figure, 2001 → 2010, are dashed.
    const [a, b, c] = line.marks.map((m) => ({ x: +m.x.toFixed(2), y: +m.y.toFixed(2) }));
    expect(line.path).toBe(`M${a!.x},${a!.y}L${b!.x},${a!.y}L${b!.x},${b!.y}`);
    expect(line.gapPath).toBe(`M${b!.x},${b!.y}L${c!.x},${b!.y}L${c!.x},${c!.y}`);
  });

  it('never runs the line into a disputed observation, so neither estimate looks like the outlier', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const iraq = story(1280, 'horizontal', dir).series!.lines.find(
        (l) => l.series.id === 'us-troops-iraq',
      )!;
      const d = iraq.disputes[0]!;
      for (const [p, q] of iraq.pieces) {
        expect(Math.abs(p.x - d.x)).toBeGreaterThan(1);
        expect(Math.abs(q.x - d.x)).toBeGreaterThan(1);
      }
    }
  });

  it('shades the disputed figure from the low estimate to the high one, open-ended above for “more than”', () => {
    const track = story(1280, 'horizontal', 'ltr').series!;
    const iraq = track.lines.find((l) => l.series.id === 'us-troops-iraq')!;
    const d = iraq.disputes[0]!;
    const y = (v: number) =>
      iraq.marks.find((m) => m.time === d.time && (m.point.value ?? m.point.low) === v)!.y;
    expect(d.band.y).toBeCloseTo(y(3000), 6);
    expect(d.band.y + d.band.height).toBeCloseTo(y(2500), 6);
    expect(d.open).toBeDefined();
    expect(d.open!.y + d.open!.height).toBeCloseTo(d.band.y, 6);
    expect(d.open!.height).toBeGreaterThan(10);
  });

  it('labels both estimates with their sources, level with their own ends of the range, on one side', () => {
    for (const [width, orientation] of [
      [1280, 'horizontal'],
      [680, 'horizontal'],
      [375, 'vertical'],
    ] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        const track = story(width, orientation, dir).series!;
        const estimates = track.texts.filter((t) => t.kind === 'estimate');
        expect(
          estimates.map((t) => t.point!.source && resolveText(t.point!.source.name, 'en')).sort(),
        ).toEqual(['Iraqi sources', 'Reports']);
        expect(new Set(estimates.map((t) => t.side)).size).toBe(1);
        // Highest first, one line apart.
        const [hi, lo] = [...estimates].sort((a, b) => a.y - b.y);
        expect(hi!.point!.low).toBe(3000);
        expect(lo!.y - hi!.y).toBeCloseTo(18, 6);
      }
    }
  });

  it('ties the announced reduction to the disputed figure instead of ruling it across a flat line', () => {
    const track = story(1280, 'horizontal', 'ltr').series!;
    const iraq = track.lines.find((l) => l.series.id === 'us-troops-iraq')!;
    expect(iraq.notes).toHaveLength(1);
    expect(iraq.notes[0]!.rule).toBe(false);
    expect(iraq.notes[0]!.dispute).toBe(iraq.disputes[0]);
    const note = track.texts.find((t) => t.kind === 'note')!;
    // Just above the range's open end, on its side.
    expect(note.y).toBeLessThan(iraq.disputes[0]!.open!.y);
    expect(iraq.disputes[0]!.open!.y - note.y).toBeLessThan(18);
  });

  it('keeps every figure text off the rules: the value grid and the reference date', () => {
    for (const [width, orientation] of [
      [1280, 'horizontal'],
      [680, 'horizontal'],
      [375, 'vertical'],
    ] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        const layout = story(width, orientation, dir);
        const track = layout.series!;
        const ruleX = orientation === 'horizontal' ? layout.now!.x1 : track.rules![0]!;
        for (const t of track.texts) {
          const b = boxOf(t);
          for (const tick of track.ticks) {
            expect(b.top > tick.y || b.bottom < tick.y, `${t.key} on the ${tick.value} rule`).toBe(true);
          }
          expect(b.left > ruleX || b.right < ruleX, `${t.key} on the reference rule`).toBe(true);
        }
      }
    }
  });

  it('is at least 160 px tall, and on a phone has a time axis over the window the timeline shows', () => {
    expect(story(1280, 'horizontal', 'ltr').series!.height).toBeGreaterThanOrEqual(160);
    const phone = story(375, 'vertical', 'rtl');
    const axis = phone.series!.timeAxis!;
    expect(axis.filter((t) => t.labelled).length).toBeGreaterThanOrEqual(2);
    // Time runs right to left in Arabic, and the axis spans the timeline's window.
    const years = axis.map((t) => new Date(t.time).getUTCFullYear());
    expect(axis[0]!.textX).toBeGreaterThan(axis.at(-1)!.textX);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(new Date(phone.window.start).getUTCFullYear());
    const zoomed = storyLayout(375, 'vertical', 'ltr', {
      window: { start: Date.UTC(2020, 0, 1), end: Date.UTC(2022, 0, 1) },
    });
    // Zoomed in, the track follows: its axis covers the new window only.
    const zoomedYears = zoomed.series!.timeAxis!.map((t) => new Date(t.time).getUTCFullYear());
    expect(Math.min(...zoomedYears)).toBeGreaterThanOrEqual(2020);
    expect(Math.max(...zoomedYears)).toBeLessThanOrEqual(2022);
  });
});
