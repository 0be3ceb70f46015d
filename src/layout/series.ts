/**
 * The quantitative track: every selected series on one shared value scale under a horizontal
 * time scale, with disputed observations kept as ranges between their estimates.
 */
import { valueScale } from './scales.js';
import { monotoneXPath } from './shapes.js';
import type { Series, SeriesAnnotation, SeriesPoint } from '../schema/model.js';

export interface SeriesMark {
  readonly time: number;
  readonly x: number;
  /** y of the value, or of the bound an estimate gives. */
  readonly y: number;
  readonly point: SeriesPoint;
}

export interface DisputeMark {
  readonly time: number;
  readonly x: number;
  /** Top and bottom of the range between estimates, in px. */
  readonly yTop: number;
  readonly yBottom: number;
  /** The range continues past yTop: an estimate is only a lower bound ("more than"). */
  readonly openTop: boolean;
  readonly points: readonly SeriesPoint[];
}

export interface SeriesLine {
  readonly series: Series;
  /** Index among the drawn series, for its colour. */
  readonly index: number;
  readonly path: string;
  readonly marks: readonly SeriesMark[];
  readonly disputes: readonly DisputeMark[];
  /** Annotations: a dashed rule across the track at each note's date. */
  readonly notes: ReadonlyArray<{ readonly x: number; readonly annotation: SeriesAnnotation }>;
}

/** A text placed beside a mark; `side` says which way it grows from x. */
export interface SeriesText {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly side: 'left' | 'right';
  readonly seriesIndex: number;
  readonly kind: 'title' | 'value' | 'estimate' | 'note';
  readonly note?: SeriesAnnotation;
  readonly point?: SeriesPoint;
  readonly series: Series;
}

export interface SeriesTrack {
  /** Top of the plotting area. */
  readonly y: number;
  readonly height: number;
  readonly x0: number;
  readonly x1: number;
  /** What the track may draw in: the line runs on past the window's edges and is cut here. */
  readonly clip: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly lines: readonly SeriesLine[];
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
  /** The side of the track where the value ticks are written. */
  readonly tickSide: 'left' | 'right';
  readonly texts: readonly SeriesText[];
}

/** Room kept for the value tick texts at the track's edge. */
export const TICK_TEXT_WIDTH = 48;

const TEXT_HEIGHT = 18;

/**
 * The track's heading: how far above the track's top it starts (clear of the top tick's text,
 * with room for the dots below Arabic letters), and the room kept for it.
 */
export const HEADING_OFFSET = 40;
const HEADING_WIDTH = 160;

/** How far above the track's top a value may be written: clear of the chart above it. */
const VALUE_REACH = 30;

/**
 * Lays out the series inside [x0, x1] × [top, top + height]. `x` maps an instant to px.
 * `textWidth` estimates the width of a series text, used to keep texts apart.
 */
export function layoutSeries(
  series: readonly Series[],
  box: { readonly top: number; readonly height: number; readonly x0: number; readonly x1: number },
  x: (time: number) => number,
  textWidth: (text: SeriesText) => number,
  tickSide: 'left' | 'right' = 'left',
): SeriesTrack {
  const { top, height } = box;
  let max = 0;
  for (const s of series) {
    for (const p of s.points) max = Math.max(max, p.value ?? 0, p.high ?? 0, (p.low ?? 0) * 1.2);
  }
  const { scale: yScale, ticks: values } = valueScale(max, [top + height, top], 4);
  const lines = series.map((s, index) => seriesLine(s, index, x, yScale, [box.x0, box.x1]));
  const ticks = values.map((value) => ({ value, y: yScale(value) }));
  const obstacles = ticks.map((t) => {
    const left = tickSide === 'left' ? box.x0 : box.x1 - TICK_TEXT_WIDTH;
    return { left, right: left + TICK_TEXT_WIDTH, top: t.y - TEXT_HEIGHT, bottom: t.y };
  });
  // The track's heading ("Figures (troops)") sits above the top tick, at the same edge.
  const headLeft = tickSide === 'left' ? box.x0 : box.x1 - HEADING_WIDTH;
  obstacles.push({
    left: headLeft,
    right: headLeft + HEADING_WIDTH,
    top: top - HEADING_OFFSET,
    bottom: top - TEXT_HEIGHT,
  });
  const texts = placeTexts(lines, box, textWidth, obstacles);
  // Cut exactly at the track's ends (a line running on past the value axis reads as a minus
  // sign before its figures), with room above for the arrow of an open-topped estimate.
  const clip = { x: box.x0, y: top - 40, width: box.x1 - box.x0, height: height + 48 };
  return { y: top, height, x0: box.x0, x1: box.x1, clip, lines, ticks, tickSide, texts };
}

function seriesLine(
  s: Series,
  index: number,
  x: (t: number) => number,
  y: (v: number) => number,
  [x0, x1]: readonly [number, number],
): SeriesLine {
  // Points, estimates and notes outside the window are not drawn; the line still passes them.
  const inside = (px: number) => px >= x0 - 0.5 && px <= x1 + 0.5;
  const byTime = new Map<number, SeriesPoint[]>();
  for (const p of s.points) {
    const list = byTime.get(p.time);
    if (list) list.push(p);
    else byTime.set(p.time, [p]);
  }
  const marks: SeriesMark[] = [];
  const disputes: DisputeMark[] = [];
  const linePoints: Array<[number, number]> = [];
  for (const [time, points] of byTime) {
    const px = x(time);
    // The line follows the first single figure of a date; a disputed date keeps every estimate.
    const first = points.find((p) => p.value !== undefined) ?? points[0]!;
    linePoints.push([px, y(first.value ?? first.low ?? first.high ?? 0)]);
    if (!inside(px)) continue;
    for (const p of points) marks.push({ time, x: px, y: y(p.value ?? p.low ?? p.high ?? 0), point: p });
    const bounded = points.length > 1 || points.some((p) => p.low !== undefined || p.high !== undefined);
    if (bounded) {
      const values = points
        .flatMap((p) => [p.value, p.low, p.high])
        .filter((v): v is number => v !== undefined);
      disputes.push({
        time,
        x: px,
        yTop: y(Math.max(...values)),
        yBottom: y(Math.min(...values)),
        openTop: points.some((p) => p.low !== undefined && p.high === undefined),
        points,
      });
    }
  }
  linePoints.sort((a, b) => a[0] - b[0]);
  const path = linePoints.length > 1 ? monotoneXPath(linePoints) : '';
  const notes = s.annotations
    .map((annotation) => ({ x: x(annotation.time), annotation }))
    .filter((n) => inside(n.x));
  return { series: s, index, path, marks, disputes, notes };
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from p to q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [d, room] of [
    [-dx, p.x - b.left],
    [dx, b.right - p.x],
    [-dy, p.y - b.top],
    [dy, b.bottom - p.y],
  ] as const) {
    if (d === 0 && room < 0) return false;
    if (d < 0) t0 = Math.max(t0, room / d);
    if (d > 0) t1 = Math.min(t1, room / d);
  }
  return t0 <= t1;
}

/** How close a title may come to a point's centre, in px (points are drawn 3.5 px in radius). */
const POINT_CLEARANCE = 2.5;

/**
 * How far a value keeps from every point but its own, in px. Its own point is about 8 px from
 * its box (8 px aside, 3 px above or below); another point within 16 px could pass for it.
 */
const VALUE_CLEARANCE = 16;

/**
 * Places estimates at disputes, a note beside each annotation, a title at each series' first
 * mark and a value where the line changes, skipping any text that would collide with one
 * already placed.
 *
 * A value is written right beside its own point, above or below it, on either side, never across
 * a line and well clear of every other point: a figure moved further away, or nearer another
 * point, reads as the figure of that point. A value with no such place is left out; the point keeps
 * its accessible name and the list view shows it.
 */
function placeTexts(
  lines: readonly SeriesLine[],
  box: { readonly top: number; readonly height: number; readonly x0: number; readonly x1: number },
  textWidth: (text: SeriesText) => number,
  obstacles: readonly Box[],
): SeriesText[] {
  const placed: Array<Box & { text?: SeriesText }> = [...obstacles];
  const mid = (box.x0 + box.x1) / 2;
  const sideOf = (x: number) => (x > mid ? 'left' : 'right');
  // What a title or a value must not cover: every drawn point, and the line between them.
  const marks = lines.flatMap((l) => l.marks);
  const segments = lines.flatMap((l) => {
    const at = [...l.marks].sort((a, b) => a.x - b.x);
    return at.slice(1).map((q, i) => [at[i]!, q] as const);
  });
  /**
   * Whether the box lies on the line or near a point: a title keeps `POINT_CLEARANCE` from every
   * point, a value `VALUE_CLEARANCE` from every point but its own.
   */
  const covers = (b: Box, own: SeriesMark | 'title') =>
    marks.some(
      (m) =>
        m !== own &&
        Math.max(b.left - m.x, m.x - b.right, b.top - m.y, m.y - b.bottom) <
          (own === 'title' ? POINT_CLEARANCE : VALUE_CLEARANCE),
    ) || segments.some(([p, q]) => segmentHitsBox(p, q, b));
  /**
   * Puts the text at the first free spot of those given, or leaves it out. A title, and a value
   * with its own point, also keep off the points and the line (`covers`).
   */
  const place = (
    text: SeriesText,
    spots: ReadonlyArray<Partial<SeriesText>>,
    clearOf?: SeriesMark | 'title',
    reach = TEXT_HEIGHT,
  ) => {
    const w = textWidth(text);
    for (const spot of spots) {
      const t = { ...text, ...spot };
      const left = t.side === 'right' ? t.x : t.x - w;
      const b = { left, right: left + w, top: t.y - TEXT_HEIGHT / 2, bottom: t.y + TEXT_HEIGHT / 2 };
      const out =
        left < box.x0 - 1 ||
        b.right > box.x1 + 1 ||
        b.top < box.top - reach ||
        b.bottom > box.top + box.height + TEXT_HEIGHT;
      if (out || placed.some((p) => overlaps(p, b)) || (clearOf && covers(b, clearOf))) continue;
      placed.push({ text: t, ...b });
      return;
    }
  };
  /** Where asked, else moved up or down by a line or two. */
  const near = (y: number) => [0, 1, -1, 2, -2].map((k) => ({ y: y + k * TEXT_HEIGHT }));
  for (const l of lines) {
    // Estimates first: a disputed figure must always be readable.
    for (const d of l.disputes) {
      const side = sideOf(d.x);
      const sorted = [...d.points].sort(
        (a, b) => (b.value ?? b.low ?? b.high ?? 0) - (a.value ?? a.low ?? a.high ?? 0),
      );
      sorted.forEach((p, i) => {
        const y = l.marks.find((m) => m.point === p)!.y;
        place(
          {
            key: `${l.series.id}:e:${d.time}:${i}`,
            x: d.x + (side === 'left' ? -10 : 10),
            y,
            side,
            seriesIndex: l.index,
            kind: 'estimate',
            point: p,
            series: l.series,
          },
          near(y),
        );
      });
    }
  }
  // Notes next: an announced change belongs beside its date, near the top of the track.
  for (const l of lines) {
    for (const [i, n] of l.notes.entries()) {
      const side = sideOf(n.x);
      const y = box.top + TEXT_HEIGHT / 2;
      place(
        {
          key: `${l.series.id}:n:${i}`,
          x: n.x + (side === 'left' ? -8 : 8),
          y,
          side,
          seriesIndex: l.index,
          kind: 'note',
          note: n.annotation,
          series: l.series,
        },
        near(y),
      );
    }
  }
  for (const l of lines) {
    const first = l.marks[0];
    if (first) {
      const side = sideOf(first.x);
      const y = first.y - TEXT_HEIGHT;
      place(
        {
          key: `${l.series.id}:title`,
          x: first.x + (side === 'left' ? -10 : 10),
          y,
          side,
          seriesIndex: l.index,
          kind: 'title',
          series: l.series,
        },
        near(y),
        'title',
      );
    }
    const disputed = new Set(l.disputes.map((d) => d.time));
    // A value is written where it changes (and at the ends), not at every point of a plateau;
    // the latest figure first, since it is the one a reader looks for.
    const singles = l.marks.filter((m) => !disputed.has(m.time) && m.point.value !== undefined);
    const changes = singles.filter(
      (m, i) => i === 0 || i === singles.length - 1 || singles[i - 1]!.point.value !== m.point.value,
    );
    for (const m of [...changes.slice(-1), ...changes.slice(0, -1)]) {
      const first = sideOf(m.x);
      const spots = [first, first === 'left' ? 'right' : 'left'].flatMap((side) =>
        [-1, 1].map((k) => ({
          side: side as 'left' | 'right',
          x: m.x + (side === 'left' ? -8 : 8),
          y: m.y + k * (TEXT_HEIGHT / 2 + 3),
        })),
      );
      const text: SeriesText = {
        key: `${l.series.id}:v:${m.time}`,
        x: m.x,
        y: m.y,
        side: first,
        seriesIndex: l.index,
        kind: 'value',
        point: m.point,
        series: l.series,
      };
      place(text, spots, m, VALUE_REACH);
    }
  }
  return placed.flatMap((p) => (p.text ? [p.text] : []));
}
