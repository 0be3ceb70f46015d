/**
 * The pure layout: model + size + direction + window in, plain objects with pixel positions
 * out. No DOM: text widths come from the `measure` function the caller passes in.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, curveMonotoneX } from 'd3-shape';
import type { Series, TimelineEvent, TimelineModel } from '../schema/model.js';
import { anchorTime, type Interval } from '../time/partial-date.js';
import type { TickUnit } from '../locale/format.js';
import { placeLabels, type LabelRequest } from './labels.js';

export type TimeDirection = 'ltr' | 'rtl';

export interface LayoutInput {
  readonly model: TimelineModel;
  /** Width of the drawing in px. */
  readonly width: number;
  /** Which way time runs along the axis. */
  readonly timeDirection: TimeDirection;
  /** The visible window; defaults to the model's extent with some padding. */
  readonly window?: Interval;
  /** Label text of an event. */
  readonly labelText: (event: TimelineEvent) => string;
  /** Width of a label's text in px. */
  readonly measure: (text: string) => number;
  /** Axis tick text. */
  readonly tickText: (time: number, unit: TickUnit, first: boolean) => string;
  /** Series to draw; all when undefined. */
  readonly seriesIds?: readonly string[];
}

export interface EventMark {
  readonly event: TimelineEvent;
  /** Marker x (the event's anchor). */
  readonly x: number;
  /** The span the date's precision names, as pixels: [x0, x1] with x0 <= x1. */
  readonly band: { readonly x0: number; readonly x1: number };
  /** Row below the axis for periods; 0 for points. */
  readonly row: number;
  readonly label?: LabelBox;
}

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export interface Tick {
  readonly x: number;
  readonly time: number;
  readonly text: string;
  /** Ticks whose label was thinned out still draw a grid line. */
  readonly labelled: boolean;
}

export interface SeriesMark {
  readonly time: number;
  readonly x: number;
  /** y of the value, or of the estimate's lower end. */
  readonly y: number;
  readonly point: Series['points'][number];
}

export interface DisputeMark {
  readonly time: number;
  readonly x: number;
  /** Top and bottom of the range between estimates, in px. */
  readonly yTop: number;
  readonly yBottom: number;
  /** The range continues past yTop: one estimate is only a lower bound ("more than"). */
  readonly openTop: boolean;
  readonly points: Series['points'];
}

export interface SeriesTrack {
  readonly series: Series;
  readonly y: number;
  readonly height: number;
  readonly path: string;
  readonly marks: readonly SeriesMark[];
  readonly disputes: readonly DisputeMark[];
  /** Value ticks of the track's y scale. */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly window: Interval;
  readonly timeDirection: TimeDirection;
  readonly axisY: number;
  readonly tickUnit: TickUnit;
  readonly ticks: readonly Tick[];
  readonly events: readonly EventMark[];
  readonly now?: { readonly x: number };
  readonly series: readonly SeriesTrack[];
  /** The x of an instant. */
  readonly x: (time: number) => number;
}

export const METRICS = {
  margin: 16,
  labelHeight: 22,
  laneGap: 4,
  maxLabelWidth: 220,
  labelPadding: 14,
  minLanes: 3,
  maxLanes: 24,
  periodRow: 10,
  tickArea: 30,
  seriesHeight: 96,
  seriesGap: 28,
  minTickSpacing: 12,
} as const;

const DAY = 86_400_000;

/** A window around the data: padded by 4% each side, at least 30 days wide. */
export function defaultWindow(model: TimelineModel): Interval {
  const extent = model.extent ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
  const width = Math.max(extent.end - extent.start, 30 * DAY);
  const mid = extent.start + (extent.end - extent.start) / 2;
  const pad = width * 0.04;
  return { start: mid - width / 2 - pad, end: mid + width / 2 + pad };
}

function tickUnitOf(times: readonly Date[]): TickUnit {
  if (times.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return 'year';
  if (times.every((t) => t.getUTCDate() === 1)) return 'month';
  return 'day';
}

export function layoutTimeline(input: LayoutInput): Layout {
  const { model, timeDirection, measure } = input;
  const width = Math.max(1, input.width);
  const window = input.window ?? defaultWindow(model);
  const inner = [METRICS.margin, Math.max(METRICS.margin + 1, width - METRICS.margin)] as const;
  const scale = scaleUtc()
    .domain([window.start, window.end])
    .range(timeDirection === 'ltr' ? [inner[0], inner[1]] : [inner[1], inner[0]]);
  const x = (time: number) => scale(time);

  // Axis ticks: as many as fit, thinned further until their labels do not touch.
  const tickDates = scale.ticks(Math.max(2, Math.floor((inner[1] - inner[0]) / 90)));
  const tickUnit = tickUnitOf(tickDates);
  const ticks = thinTicks(
    tickDates.map((d, i) => {
      const time = d.getTime();
      return { x: x(time), time, text: input.tickText(time, tickUnit, i === 0), labelled: true };
    }),
    measure,
  );

  // Events inside the window, labels placed core first so they always get a lane.
  const visible = model.events.filter((e) => e.span.end >= window.start && e.span.start <= window.end);
  const order = visible
    .map((e, i) => i)
    .sort((a, b) => {
      const ea = visible[a]!;
      const eb = visible[b]!;
      return (ea.importance === eb.importance ? 0 : ea.importance === 'core' ? -1 : 1) || ea.time - eb.time;
    });
  const grow = timeDirection === 'ltr' ? 'right' : 'left';
  const requests: LabelRequest[] = order.map((i) => {
    const e = visible[i]!;
    const text = input.labelText(e);
    return {
      anchor: x(e.kind === 'period' ? e.span.start : e.time) - METRICS.margin,
      width: Math.min(METRICS.maxLabelWidth, measure(text) + METRICS.labelPadding),
      grow,
      required: e.importance === 'core',
    };
  });
  const placed = placeLabels(requests, inner[1] - inner[0], METRICS.minLanes, METRICS.maxLanes);
  const laneCount = placed.reduce((n, p) => (p ? Math.max(n, p.lane + 1) : n), 0);
  const lanesHeight = laneCount * (METRICS.labelHeight + METRICS.laneGap);
  const axisY = METRICS.margin + lanesHeight + 12;

  const periodRows = packPeriods(visible);
  const rowCount = periodRows.reduce((n, r) => Math.max(n, r + 1), 0);

  const labels = new Map<number, LabelBox>();
  order.forEach((vi, k) => {
    const p = placed[k];
    if (!p) return;
    const e = visible[vi]!;
    labels.set(vi, {
      x: p.x + METRICS.margin,
      // Lane 0 sits nearest the axis.
      y: axisY - 12 - (p.lane + 1) * (METRICS.labelHeight + METRICS.laneGap) + METRICS.laneGap,
      width: p.width,
      height: METRICS.labelHeight,
      text: input.labelText(e),
    });
  });

  const events: EventMark[] = visible.map((e, i) => {
    const a = x(e.kind === 'period' ? e.span.start : e.focus.start);
    const b = x(e.kind === 'period' ? e.span.end : e.focus.end);
    const label = labels.get(i);
    return {
      event: e,
      x: x(e.kind === 'period' ? e.span.start : e.time),
      band: { x0: Math.min(a, b), x1: Math.max(a, b) },
      row: periodRows[i] ?? 0,
      ...(label ? { label } : {}),
    };
  });

  const ticksY = axisY + 10 + rowCount * METRICS.periodRow;
  let y = ticksY + METRICS.tickArea;
  const wanted = input.seriesIds;
  const series: SeriesTrack[] = [];
  for (const s of model.series) {
    if (wanted && !wanted.includes(s.id)) continue;
    if (s.points.length === 0) continue;
    y += METRICS.seriesGap;
    series.push(layoutSeries(s, y, METRICS.seriesHeight, x));
    y += METRICS.seriesHeight;
  }
  const height = y + METRICS.margin;
  const now = model.referenceDate ? { x: x(anchorTime(model.referenceDate)) } : undefined;
  return {
    width,
    height,
    window,
    timeDirection,
    axisY,
    tickUnit,
    ticks,
    events,
    ...(now ? { now } : {}),
    series,
    x,
  };
}

/** Drops every other tick label until neighbouring labels keep clear of each other. */
function thinTicks(ticks: Tick[], measure: (text: string) => number): Tick[] {
  const widths = ticks.map((t) => measure(t.text));
  for (let step = 1; step <= ticks.length; step++) {
    let ok = true;
    let last = -1;
    for (let i = 0; i < ticks.length; i += step) {
      if (last >= 0) {
        const room = Math.abs(ticks[i]!.x - ticks[last]!.x);
        if (room < (widths[i]! + widths[last]!) / 2 + METRICS.minTickSpacing) ok = false;
      }
      last = i;
    }
    if (ok) return ticks.map((t, i) => ({ ...t, labelled: i % step === 0 }));
  }
  return ticks.map((t, i) => ({ ...t, labelled: i === 0 }));
}

/** Greedy rows for periods so that overlapping periods never share a row. */
function packPeriods(events: readonly TimelineEvent[]): number[] {
  const rowEnds: number[] = [];
  return events.map((e) => {
    if (e.kind !== 'period') return 0;
    let row = rowEnds.findIndex((end) => end <= e.span.start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = e.span.end;
    return row;
  });
}

function layoutSeries(series: Series, top: number, height: number, x: (t: number) => number): SeriesTrack {
  let max = 0;
  for (const p of series.points) max = Math.max(max, p.value ?? 0, p.high ?? 0, (p.low ?? 0) * 1.15);
  const yScale = scaleLinear()
    .domain([0, max || 1])
    .nice(4)
    .range([top + height, top]);
  const byTime = new Map<number, Series['points'][number][]>();
  for (const p of series.points) {
    const list = byTime.get(p.time);
    if (list) list.push(p);
    else byTime.set(p.time, [p]);
  }
  const marks: SeriesMark[] = [];
  const disputes: DisputeMark[] = [];
  const linePoints: Array<[number, number]> = [];
  for (const [time, points] of byTime) {
    const px = x(time);
    for (const p of points) {
      marks.push({ time, x: px, y: yScale(p.value ?? p.low ?? p.high ?? 0), point: p });
    }
    // The line follows the first single figure of each date; a disputed date keeps every estimate.
    const first = points.find((p) => p.value !== undefined) ?? points[0]!;
    linePoints.push([px, yScale(first.value ?? first.low ?? first.high ?? 0)]);
    const bounded = points.length > 1 || points.some((p) => p.low !== undefined || p.high !== undefined);
    if (bounded) {
      const values = points
        .flatMap((p) => [p.value, p.low, p.high])
        .filter((v): v is number => v !== undefined);
      const openTop = points.some((p) => p.low !== undefined && p.high === undefined);
      disputes.push({
        time,
        x: px,
        yTop: yScale(Math.max(...values)),
        yBottom: yScale(Math.min(...values)),
        openTop,
        points,
      });
    }
  }
  const path = line().curve(curveMonotoneX)(linePoints.sort((a, b) => a[0] - b[0])) ?? '';
  const ticks = yScale.ticks(3).map((value) => ({ value, y: yScale(value) }));
  return { series, y: top, height, path, marks, disputes, ticks };
}
