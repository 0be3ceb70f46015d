/**
 * The pure layout: model + size + orientation + direction + window in, plain objects with
 * pixel positions out. No DOM: text widths come from the `measure` function passed in.
 * Horizontal: time runs along x (left to right or mirrored), labels in lanes above the axis.
 * Vertical (the phone layout): time runs down, labels beside the axis.
 */
import { linearScale, timeTicks } from './scales.js';
import type { Series, TimelineEvent } from '../schema/model.js';
import { anchorTime } from '../time/partial-date.js';
import { labelLines, placeLabels, type LabelRequest } from './labels.js';
import { layoutSeries, type SeriesText, type SeriesTrack } from './series.js';
import { dodge } from './dodge.js';
import { timeWarp, warpedScale } from './warp.js';
import { METRICS } from './metrics.js';
import type { EventMark, LabelBox, Layout, LayoutInput } from './types.js';
import { defaultWindow, visibleEvents, coreRanks } from './visible.js';
import { declutter } from './clusters.js';
import { fitCounts } from './cluster-count.js';
import { compressedStretches, keepTickTextsInside, stretchTicks, thinTicks, tickUnitOf } from './axis.js';
import { packPeriods, rowsById } from './periods.js';
import { withReference } from './reference.js';
import { byModelOrder, clamp, clip, deadlineAndOpen, edgeMarks, markTime, numbered } from './marks.js';

export type * from './types.js';
export { METRICS } from './metrics.js';
export { defaultWindow } from './visible.js';

let runs = 0;

/**
 * How many layouts this page has computed. A diagnostic: hovering, focusing or announcing must
 * not lay the chart out again, and tests and benchmarks read this to check it.
 */
export function layoutRuns(): number {
  return runs;
}

export function layoutTimeline(input: LayoutInput): Layout {
  runs++;
  const layout = input.orientation === 'vertical' ? layoutVertical(input) : layoutHorizontal(input);
  const reference = input.referenceText ? input.measure(input.referenceText) : 0;
  return withReference(layout, reference, {
    small: (text) => input.measure(text),
    ...(input.seriesTextWidth ? { series: input.seriesTextWidth } : {}),
  });
}

function layoutHorizontal(input: LayoutInput): Layout {
  const { model, timeDirection, measure } = input;
  const width = Math.max(1, input.width);
  const window = input.window ?? defaultWindow(model);
  const x0 = METRICS.margin;
  const x1 = Math.max(x0 + 1, width - METRICS.margin);
  const warp = timeWarp(model, defaultWindow(model));
  const scale = warpedScale(warp, window, timeDirection === 'ltr' ? [x0, x1] : [x1, x0]);
  const x = scale;

  // The axis y is only known after the labels; clusters get it once it is.
  const inView = visibleEvents(input, window);
  const { singles: visible, clusters: loose } = declutter(
    model.events,
    inView,
    x,
    (window.end - window.start) / (x1 - x0),
    METRICS.denseCore,
    0,
    'horizontal',
  );
  const dense = loose.length > 0;
  // Core labels first so they always get a lane; context labels take what room is left.
  const kept = input.keep?.lanes;
  const order = visible
    .map((_, i) => i)
    .sort((a, b) => {
      const ea = visible[a]!;
      const eb = visible[b]!;
      return (ea.importance === eb.importance ? 0 : ea.importance === 'core' ? -1 : 1) || ea.index - eb.index;
    });
  const grow = timeDirection === 'ltr' ? 'right' : 'left';
  const texts = visible.map((e) => input.labelText(e));
  const ranks = coreRanks(model.events);
  // Each mark's own place on the axis, and where it is drawn: marks closer than a click target
  // are dodged apart and lifted off the axis.
  const own = visible.map((e) => clamp(x(markTime(e)), x0, x1));
  const spread = dense ? undefined : dodge(own, METRICS.target, x0, x1);
  const at = spread?.at ?? own;
  const lift = spread?.grouped.some(Boolean) ? METRICS.lift : 0;
  // A core label is a headline: shown whole, wrapped onto more lines (and lanes) rather than cut.
  const lines = visible.map(() => 1);
  const requests: LabelRequest[] = order.map((i) => {
    const e = visible[i]!;
    const lane = kept?.get(e.id);
    const core = e.importance === 'core';
    const textWidth = measure(texts[i]!, core) + (core ? METRICS.numberWidth : 0);
    const width = Math.min(
      core ? METRICS.maxCoreLabelWidth : METRICS.maxLabelWidth,
      textWidth + METRICS.labelPadding,
    );
    if (core) lines[i] = labelLines(textWidth, Math.min(width, x1 - x0) - METRICS.labelPadding);
    return {
      anchor: at[i]! - x0,
      width,
      grow,
      required: core,
      rows: lines[i]!,
      ...(lane !== undefined ? { lane } : {}),
    };
  });
  const placed = placeLabels(
    requests,
    x1 - x0,
    METRICS.minLanes,
    dense ? METRICS.denseLanes : METRICS.maxLanes,
  );
  const laneCount = placed.reduce((n, p) => (p ? Math.max(n, p.lane + p.rows) : n), 0);
  const axisY = METRICS.margin + laneCount * (METRICS.labelHeight + METRICS.laneGap) + 14 + lift;

  const rows = packPeriods(visible, input.keep?.rows);
  const rowCount = rows.reduce((n, r) => Math.max(n, r + 1), 0);
  const labelOf = new Map<number, LabelBox>();
  const lanes = new Map<string, number>();
  order.forEach((vi, k) => {
    const p = placed[k];
    if (!p) return;
    lanes.set(visible[vi]!.id, p.lane);
    labelOf.set(vi, {
      x: p.x + x0,
      // Lane 0 sits nearest the axis, above the lifted marks; a wrapped label takes the lanes above its own.
      y: axisY - 14 - lift - (p.lane + p.rows) * (METRICS.labelHeight + METRICS.laneGap) + METRICS.laneGap,
      width: p.width,
      height: p.rows * (METRICS.labelHeight + METRICS.laneGap) - METRICS.laneGap,
      text: texts[vi]!,
      lines: lines[vi]!,
      ...numbered(visible[vi]!, ranks),
    });
  });

  const events = visible.map((e, i): EventMark => {
    const label = labelOf.get(i);
    const span = e.kind === 'period' ? e.span : e.focus;
    // Bands are cut to the drawing: a year seen from inside one month stays within the chart.
    const [a, b] = clip(x(span.start), x(span.end), x0, x1);
    const mx = at[i]!;
    const lifted = spread?.grouped[i] === true;
    const my = lifted ? axisY - lift : axisY;
    const band =
      e.kind === 'period'
        ? { x: a, y: axisY + 8 + rows[i]! * METRICS.periodRow, width: b - a, height: 6 }
        : { x: a, y: axisY - 5, width: Math.max(1, b - a), height: 10 };
    return {
      event: e,
      x: mx,
      y: my,
      band,
      ...(label
        ? { label, leader: { x1: mx, y1: label.y + label.height, x2: mx, y2: my - METRICS.leaderGap } }
        : {}),
      ...(lifted ? { pin: { x1: mx, y1: my + 8, x2: own[i]!, y2: axisY } } : {}),
      ...deadlineAndOpen(e, own[i]!, axisY, 'horizontal', timeDirection),
    };
  });

  events.push(...edgeMarks(inView.edge, x, [x0, x1], axisY, 'horizontal'));
  events.sort(byModelOrder);
  const clusters = fitCounts(loose, 'horizontal', input.clusterCountWidth).map((c) => ({ ...c, y: axisY }));
  const ticksY = axisY + 10 + rowCount * METRICS.periodRow;
  const { ticks, unit: tickUnit } = stretchTicks(input, warp, window, x, 90, 'horizontal', (time, text) => ({
    time,
    text,
    labelled: true,
    grid: { x1: x(time), y1: 8, x2: x(time), y2: axisY },
    textX: x(time),
    textY: ticksY + 14,
    anchor: 'middle' as const,
  }));
  keepTickTextsInside(ticks, measure, width);
  const compressed = compressedStretches(
    input,
    warp,
    window,
    x,
    'horizontal',
    axisY,
    (a: number, b: number) => ({
      x: Math.min(a, b),
      y: 0,
      width: Math.abs(b - a),
      height: axisY,
    }),
  );

  let bottom = ticksY + METRICS.tickArea;
  const series = selectedSeries(model.series, input.seriesIds);
  const nowX = model.referenceDate ? x(anchorTime(model.referenceDate)) : undefined;
  let track: SeriesTrack | undefined;
  if (series.length) {
    const top = bottom + METRICS.seriesGap;
    track = layoutSeries(
      series,
      { top, height: METRICS.seriesHeight, x0, x1, width },
      x,
      seriesWidth(input),
      timeDirection === 'ltr' ? 'left' : 'right',
      nowX !== undefined ? [nowX] : [],
    );
    bottom = top + METRICS.seriesHeight + 8;
  }
  const height = bottom + METRICS.margin + 8;
  return {
    orientation: 'horizontal',
    width,
    height,
    window,
    timeDirection,
    axis: { x1: x0, y1: axisY, x2: x1, y2: axisY },
    tickUnit,
    ticks,
    events,
    clusters,
    compressed,
    ...(nowX !== undefined
      ? {
          now: { x1: nowX, y1: 4, x2: nowX, y2: height - 22 },
        }
      : {}),
    ...(track ? { series: track } : {}),
    position: x,
    warp,
    placement: { lanes, rows: rowsById(visible, rows) },
  };
}

function layoutVertical(input: LayoutInput): Layout {
  const { model, timeDirection, measure } = input;
  const width = Math.max(1, input.width);
  const window = input.window ?? defaultWindow(model);
  const ltr = timeDirection === 'ltr';
  // The axis sits after the tick texts; labels take the rest of the width.
  const axisX = ltr
    ? METRICS.margin + METRICS.verticalTickWidth
    : width - METRICS.margin - METRICS.verticalTickWidth;
  const top = METRICS.margin + 8;
  // The axis length depends on the document, not on the window, so zooming keeps its pixel range.
  const span = Math.min(2400, Math.max(420, model.events.length * METRICS.verticalRowHeight));
  const warp = timeWarp(model, defaultWindow(model));
  const scale = warpedScale(warp, window, [top, top + span]);
  const y = scale;
  const inView = visibleEvents(input, window);
  const { singles: visible, clusters: loose } = declutter(
    model.events,
    inView,
    y,
    (window.end - window.start) / span,
    METRICS.denseCoreVertical,
    axisX,
    'vertical',
  );
  const clusters = fitCounts(loose, 'vertical', input.clusterCountWidth);
  const rows = packPeriods(visible, input.keep?.rows);
  const rowCount = rows.reduce((n, r) => Math.max(n, r + 1), 0);
  // In a dense view only core events are labelled; the rest are marks and clusters.
  const dense = clusters.length > 0;
  // Each mark's own place on the axis, and where it is drawn: marks closer than a click target
  // are dodged apart and stand beside the axis, on the labels' side, past the period bars.
  const own = visible.map((e) => clamp(y(markTime(e)), top, top + span));
  const spread = dense ? undefined : dodge(own, METRICS.target, top, top + span);
  const anchors = spread?.at ?? own;
  const side = ltr ? 1 : -1;
  const lift = spread?.grouped.some(Boolean) ? METRICS.lift : 0;
  const liftedX = axisX + side * (lift + rowCount * METRICS.periodRow);
  const labelStart = axisX + side * (20 + rowCount * METRICS.periodRow + lift);
  const ranks = coreRanks(model.events);
  const labelRoom = Math.max(40, ltr ? width - METRICS.margin - labelStart : labelStart - METRICS.margin);

  // Dodge: each label as near its marker as the previous label allows.
  let previousBottom = -Infinity;
  const markOf = (e: TimelineEvent, i: number): EventMark => {
    const my = anchors[i]!;
    const lifted = spread?.grouped[i] === true;
    const mx = lifted ? liftedX : axisX;
    const spanOf = e.kind === 'period' ? e.span : e.focus;
    const [a, b] = clip(y(spanOf.start), y(spanOf.end), top, top + span);
    const band =
      e.kind === 'period'
        ? {
            x: axisX + (ltr ? 8 + rows[i]! * METRICS.periodRow : -14 - rows[i]! * METRICS.periodRow),
            y: a,
            width: 6,
            height: Math.max(1, b - a),
          }
        : { x: axisX - 5, y: a, width: 10, height: Math.max(1, b - a) };
    const mark = {
      event: e,
      x: mx,
      y: my,
      band,
      ...(lifted ? { pin: { x1: mx - side * 8, y1: my, x2: axisX, y2: own[i]! } } : {}),
      ...deadlineAndOpen(e, axisX, own[i]!, 'vertical', timeDirection),
    };
    if (dense && e.importance !== 'core') return mark;
    const text = input.labelText(e);
    const core = e.importance === 'core';
    const textWidth = measure(text, core) + (core ? METRICS.numberWidth : 0);
    const labelWidth = Math.min(labelRoom, textWidth + METRICS.labelPadding);
    // A label too long for the room wraps onto more lines rather than losing its end. The text
    // fits one line if it fits inside the padding (2 × 7 px) and borders (2 × 1 px, 1.5 for a
    // core event): `labelPadding` adds slack on top, which a tight fit may use.
    const lines = labelLines(textWidth, labelRoom - (core ? 17 : 16));
    const labelHeight = METRICS.labelHeight + (lines - 1) * 20;
    const ly = Math.max(my - labelHeight / 2, previousBottom + METRICS.laneGap);
    previousBottom = ly + labelHeight;
    const lx = ltr ? labelStart : labelStart - labelWidth;
    return {
      ...mark,
      label: { x: lx, y: ly, width: labelWidth, height: labelHeight, text, lines, ...numbered(e, ranks) },
      leader: {
        x1: mx + side * METRICS.leaderGap,
        y1: my,
        x2: ltr ? lx : lx + labelWidth,
        y2: ly + labelHeight / 2,
      },
    };
  };
  // Labels stack down the axis in the order of their markers: a period is anchored at its start,
  // which can come before the instant of an event listed ahead of it.
  const order = visible.map((_, i) => i).sort((a, b) => anchors[a]! - anchors[b]! || a - b);
  const events = order.map((i) => markOf(visible[i]!, i));
  events.push(...edgeMarks(inView.edge, y, [top, top + span], axisX, 'vertical'));
  events.sort(byModelOrder);
  const timelineBottom = Math.max(top + span, previousBottom) + 8;

  const nowY = model.referenceDate ? y(anchorTime(model.referenceDate)) : undefined;
  const { ticks: stretched, unit: tickUnit } = stretchTicks(
    input,
    warp,
    window,
    y,
    60,
    'vertical',
    (time, text) => ({
      time,
      text,
      labelled: true,
      grid: { x1: axisX - 6 * (ltr ? 1 : -1), y1: y(time), x2: axisX, y2: y(time) },
      textX: axisX + (ltr ? -10 : 10),
      textY: y(time) + 4,
      anchor: ltr ? ('right' as const) : ('left' as const),
    }),
  );
  const compressed = compressedStretches(
    input,
    warp,
    window,
    y,
    'vertical',
    axisX,
    (a: number, b: number) => ({
      x: ltr ? METRICS.margin : axisX,
      y: Math.min(a, b),
      width: ltr ? axisX - METRICS.margin : width - METRICS.margin - axisX,
      height: Math.abs(b - a),
    }),
  );
  // The rule's words wrap inside the tick column, a line of 16 px each.
  const column = METRICS.verticalTickWidth - 8;
  const nowWords = {
    x: ltr ? METRICS.margin : width - METRICS.margin - column,
    width: column,
    height: input.referenceText && measure(input.referenceText) > column ? 48 : 16,
  };
  const ticks = stretched.map((t) =>
    // The reference date's rule crosses the tick side with its words below it: a tick text there
    // would be struck through or run into the words.
    nowY !== undefined && t.grid.y1 > nowY - 12 && t.grid.y1 < nowY + nowWords.height + 12
      ? { ...t, labelled: false }
      : t,
  );

  // The series keep their own horizontal chart below, over the window the timeline shows (so it
  // follows zoom), with a time axis of its own and the reference date's rule.
  let bottom = timelineBottom;
  const series = selectedSeries(model.series, input.seriesIds);
  let track: SeriesTrack | undefined;
  if (series.length) {
    const x0 = METRICS.margin;
    const x1 = width - METRICS.margin;
    const sx = linearScale([window.start, window.end], ltr ? [x0, x1] : [x1, x0]);
    const seriesTop = bottom + METRICS.seriesGap;
    const refX = model.referenceDate ? sx(anchorTime(model.referenceDate)) : undefined;
    const rules = refX !== undefined && refX >= x0 && refX <= x1 ? [refX] : [];
    const laid = layoutSeries(
      series,
      { top: seriesTop, height: METRICS.seriesHeight, x0, x1, width },
      (t) => sx(t),
      seriesWidth(input),
      ltr ? 'left' : 'right',
      rules,
    );
    const axisY = seriesTop + METRICS.seriesHeight;
    const dates = timeTicks([window.start, window.end], Math.max(2, Math.floor((x1 - x0) / 70)));
    const unit = tickUnitOf(dates);
    const timeAxis = thinTicks(
      dates.map((d, i) => {
        const time = d.getTime();
        const tx = sx(time);
        return {
          time,
          text: input.tickText(time, unit, i === 0),
          labelled: true,
          grid: { x1: tx, y1: axisY, x2: tx, y2: axisY + 5 },
          textX: tx,
          textY: axisY + 18,
          anchor: 'middle' as const,
        };
      }),
      measure,
      'horizontal',
    );
    keepTickTextsInside(timeAxis, measure, width);
    track = { ...laid, timeAxis, rules };
    bottom = axisY + METRICS.tickArea;
  }
  // Across the tick side of the axis, away from the labels.
  const nowX2 = ltr ? METRICS.margin : width - METRICS.margin;
  return {
    orientation: 'vertical',
    width,
    height: bottom + METRICS.margin,
    window,
    timeDirection,
    axis: { x1: axisX, y1: top, x2: axisX, y2: top + span },
    tickUnit,
    ticks,
    events,
    clusters,
    compressed,
    ...(nowY !== undefined
      ? {
          now: { x1: axisX, y1: nowY, x2: nowX2, y2: nowY },
        }
      : {}),
    ...(track ? { series: track } : {}),
    position: y,
    warp,
    placement: { lanes: new Map(), rows: rowsById(visible, rows) },
  };
}

function seriesWidth(input: LayoutInput): (text: SeriesText) => number {
  return input.seriesTextWidth ?? (() => 120);
}

function selectedSeries(all: readonly Series[], ids: readonly string[] | undefined): Series[] {
  return all.filter((s) => s.points.length > 0 && (!ids || ids.includes(s.id)));
}
