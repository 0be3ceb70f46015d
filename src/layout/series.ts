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

/**
 * Places a title at each series' first mark and value texts at disputes and the last mark,
 * skipping any text that would collide with one already placed.
 */
function placeTexts(
  lines: readonly SeriesLine[],
  box: { readonly top: number; readonly height: number; readonly x0: number; readonly x1: number },
  textWidth: (text: SeriesText) => number,
  obstacles: ReadonlyArray<{ left: number; right: number; top: number; bottom: number }>,
): SeriesText[] {
  const placed: Array<{ text?: SeriesText; left: number; right: number; top: number; bottom: number }> = [
    ...obstacles,
  ];
  const mid = (box.x0 + box.x1) / 2;
  const tryPlace = (text: SeriesText): boolean => {
    const w = textWidth(text);
    for (const dy of [0, TEXT_HEIGHT, -TEXT_HEIGHT, 2 * TEXT_HEIGHT, -2 * TEXT_HEIGHT]) {
      const y = text.y + dy;
      const left = text.side === 'right' ? text.x : text.x - w;
      const right = left + w;
      const topEdge = y - TEXT_HEIGHT / 2;
      if (left < box.x0 - 1 || right > box.x1 + 1) continue;
      if (topEdge < box.top - TEXT_HEIGHT || topEdge + TEXT_HEIGHT > box.top + box.height + TEXT_HEIGHT)
        continue;
      const hit = placed.some(
        (p) => left < p.right && p.left < right && topEdge < p.bottom && p.top < topEdge + TEXT_HEIGHT,
      );
      if (!hit) {
        const moved = { ...text, y };
        placed.push({ text: moved, left, right, top: topEdge, bottom: topEdge + TEXT_HEIGHT });
        return true;
      }
    }
    return false;
  };
  for (const l of lines) {
    // Estimates first: a disputed figure must always be readable.
    for (const d of l.disputes) {
      const side = d.x > mid ? 'left' : 'right';
      const offset = side === 'left' ? -10 : 10;
      const sorted = [...d.points].sort(
        (a, b) => (b.value ?? b.low ?? b.high ?? 0) - (a.value ?? a.low ?? a.high ?? 0),
      );
      sorted.forEach((p, i) => {
        const mark = l.marks.find((m) => m.point === p)!;
        tryPlace({
          key: `${l.series.id}:e:${d.time}:${i}`,
          x: d.x + offset,
          y: mark.y,
          side,
          seriesIndex: l.index,
          kind: 'estimate',
          point: p,
          series: l.series,
        });
      });
    }
  }
  // Notes next: an announced change belongs beside its date, near the top of the track.
  for (const l of lines) {
    for (const [i, n] of l.notes.entries()) {
      const side = n.x > mid ? 'left' : 'right';
      tryPlace({
        key: `${l.series.id}:n:${i}`,
        x: n.x + (side === 'left' ? -8 : 8),
        y: box.top + TEXT_HEIGHT / 2,
        side,
        seriesIndex: l.index,
        kind: 'note',
        note: n.annotation,
        series: l.series,
      });
    }
  }
  for (const l of lines) {
    const first = l.marks[0];
    if (first) {
      const side = first.x > mid ? 'left' : 'right';
      tryPlace({
        key: `${l.series.id}:title`,
        x: first.x + (side === 'left' ? -10 : 10),
        y: first.y - TEXT_HEIGHT,
        side,
        seriesIndex: l.index,
        kind: 'title',
        series: l.series,
      });
    }
    const disputed = new Set(l.disputes.map((d) => d.time));
    // A value is written where it changes (and at the ends), not at every point of a plateau.
    const singles = l.marks.filter((m) => !disputed.has(m.time) && m.point.value !== undefined);
    for (const [i, m] of singles.entries()) {
      const previous = singles[i - 1]?.point.value;
      if (i > 0 && i < singles.length - 1 && previous === m.point.value) continue;
      const side = m.x > mid ? 'left' : 'right';
      tryPlace({
        key: `${l.series.id}:v:${m.time}`,
        x: m.x + (side === 'left' ? -8 : 8),
        y: m.y - 12,
        side,
        seriesIndex: l.index,
        kind: 'value',
        point: m.point,
        series: l.series,
      });
    }
  }
  return placed.flatMap((p) => (p.text ? [p.text] : []));
}
