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

/**
 * What a reader needs to tie a figure to its point: the text sits right beside the point, above
 * or below it, keeps 16 px from every other point and is not crossed by the line.
 */
function expectBesideItsPoint(track: SeriesTrack): void {
  const allMarks = track.lines.flatMap((l) => l.marks);
  for (const { text, mark, marks } of values(track)) {
    const b = boxOf(text);
    expect(Math.abs(text.y - mark.y)).toBeCloseTo(12, 6);
    expect(text.x - mark.x).toBeCloseTo(text.side === 'right' ? 8 : -8, 6);
    for (const other of allMarks) {
      if (other === mark) continue;
      // Chebyshev distance from the point to the box: well clear, so the figure is not its.
      const hit = Math.max(b.left - other.x, other.x - b.right, b.top - other.y, other.y - b.bottom) < 16;
      expect(hit, `${text.key} covers the point at ${other.time}`).toBe(false);
    }
    const at = [...marks].sort((a, c) => a.x - c.x);
    for (let i = 1; i < at.length; i++) {
      const crossed = segmentHitsBox(at[i - 1]!, at[i]!, b);
      expect(crossed, `${text.key} is crossed by the line`).toBe(false);
    }
  }
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

  it('writes a plateau once at each end, and the latest figure first', () => {
    const t = track(
      [
        [2000, 3000],
        [2005, 3000],
        [2010, 3000],
        [2020, 3000],
      ],
      1000,
    );
    expect(values(t).map((v) => v.text.point?.date.iso)).toEqual(['2020', '2000']);
  });

  it('never writes a figure away from its point, on another point or across the line', () => {
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
  });

  it('in the drawdown story, on a phone and in a wide view, in both directions', () => {
    const f = createFormatters({ language: 'en', numbering: 'latn' });
    for (const [width, orientation] of [
      [375, 'vertical'],
      [1280, 'horizontal'],
    ] as const) {
      for (const timeDirection of ['ltr', 'rtl'] as const) {
        const l = layoutTimeline({
          model: validateDocument(drawdownStory).model,
          width,
          orientation,
          timeDirection,
          labelText: (e) => resolveText(e.title, 'en'),
          measure: (text) => text.length * 7,
          tickText: f.tick,
          seriesTextWidth: textWidth,
        });
        const t = l.series!;
        expectBesideItsPoint(t);
        if (width < 1000) continue;
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
