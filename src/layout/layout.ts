/**
 * The pure layout: model + size + orientation + direction + window in, plain objects with
 * pixel positions out. No DOM: text widths come from the `measure` function passed in.
 * One pass serves both orientations through the axis frame (`frame.ts`): horizontal, time runs
 * along x (left to right or mirrored) with labels in lanes above the axis; vertical (the phone
 * layout), time runs down with labels stacked beside the axis.
 */
import type { Series, TimelineEvent } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import {
  LABEL_GAP,
  leaderFoot,
  MAX_PHONE_LABEL_LINES,
  placeLabels,
  stackAround,
  wrappedLines,
  textPieces,
  type LabelRequest,
  type LabelShape,
  type PlacedLabel,
} from './labels.js';
import { markerReach } from './shapes.js';
import { HEADING_WIDTH, layoutSeries, notesUnder, type SeriesText, type SeriesTrack } from './series.js';
import { columnsByReach, dodge, dodgeAcross, leaderEnd } from './dodge.js';
import { stretches, timeWarp, warpedScale, type TimeWarp } from './warp.js';
import type { Scale } from './scales.js';
import { METRICS, textLines } from './metrics.js';
import type { EventMark, LabelBox, LabelMeasures, Layout, LayoutInput, Segment, Tick } from './types.js';
import { defaultWindow, visibleEvents, coreRanks } from './visible.js';
import { declutter } from './clusters.js';
import { fitCounts } from './cluster-count.js';
import { compressedStretches, stretchTicks, textExtent } from './axis.js';
import { packPeriods, rowsById } from './periods.js';
import { byModelOrder, clamp, clip, deadlineAndOpen, edgeMarks, markTime, numbered } from './marks.js';
import { axisFrame, type AxisFrame } from './frame.js';
import { onRule, referenceLines, referenceTime, withReference } from './reference.js';
import { referenceColumn, TICK_TEXT_OFFSET, tickColumnWidth } from './tick-column.js';

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

/** Labels as placed along the axis, with where the axis stands across once they are. */
interface PlacedLabels {
  /** The axis's cross position. */
  readonly axis: number;
  readonly labels: ReadonlyArray<LabelBox | undefined>;
  /** From a mark (at its main position and cross position) to its label. */
  readonly leader: (label: LabelBox, main: number, cross: number, away?: boolean) => Segment;
  /** Where a leader bends to a box beside its mark: the stretch across to the box's side. */
  readonly arm?: (label: LabelBox, main: number) => { arm: Segment } | undefined;
  /** Label lanes by event id (horizontal). */
  readonly lanes: Map<string, number>;
  /** The furthest main position a label reaches (vertical: the labels may run past the axis). */
  readonly end: number;
  /** The nearest: vertical labels may reach above the chart's top, until it is laid out lower. */
  readonly top: number;
  /** The lanes the labels took, and the measures they were set to (horizontal). */
  readonly laneCount?: number;
  readonly measures?: LabelMeasures;
}

/** What the label strategies need to know about the marks. */
interface MarkPlaces {
  readonly visible: readonly TimelineEvent[];
  /** Each mark's main position, dodged. */
  readonly at: readonly number[];
  /** How far off the axis a lifted mark stands (0 when none is). */
  readonly lift: number;
  readonly rowCount: number;
  readonly dense: boolean;
  readonly ranks: Int32Array;
  /** Where the reference date's rule runs along the axis, when it does. */
  readonly rule: number | undefined;
  /** How far each mark stands off the axis towards its label. */
  readonly raised: readonly number[];
  /** Vertical: each mark's column across the axis (0 on it; see dodgeAcross). */
  readonly columns?: readonly number[];
}

export function layoutTimeline(input: LayoutInput): Layout {
  runs++;
  const small = input.smallWidth ?? input.measure;
  return withReference(layoutAlongAxis(input), input.referenceText, small, {
    small: (text) => input.measure(text),
    // The room the figures' texts leave their heading: the rest of its row is free.
    heading: HEADING_WIDTH,
    lines: textLines(input.language),
    ...(input.seriesTextWidth ? { series: input.seriesTextWidth } : {}),
  });
}

/**
 * Everything but the reference date's words, which go last, where nothing else is drawn.
 * Vertical: where the labels stacked round the first marks reach above the chart's top, the
 * drawing is laid out again that much lower (`rise`), so that each label stays by its marks. The
 * room is the whole document's, reserved once for every window of it: a zoomed or panned view
 * starts its axis where the whole story's does (its labels stacked down from the chart's top where
 * they need more), so the axis never jumps on + or −; while a gesture moves the view, the rise
 * of the layout before is kept.
 */
function layoutAlongAxis(input: LayoutInput, rise = input.keep?.rise ?? wholeRise(input)): Layout {
  const { model, timeDirection, measure } = input;
  const width = Math.max(1, input.width);
  const window = input.window ?? defaultWindow(model);
  const frame = axisFrame(input, rise);
  const vertical = frame.orientation === 'vertical';
  const warp = timeWarp(model, defaultWindow(model));
  const scale = warpedScale(warp, window, frame.range);

  // The axis's cross position is only known after the labels; clusters get it once it is.
  const inView = visibleEvents(input, window);
  const { singles: visible, clusters: loose } = declutter(
    model.events,
    inView,
    scale,
    (window.end - window.start) / (frame.hi - frame.lo),
    vertical ? METRICS.denseCoreVertical : METRICS.denseCore,
    0,
    frame.orientation,
  );
  // In a dense view only core events are sure of a label; the rest are marks and clusters.
  const dense = loose.length > 0;
  // Held under a pointer, the period rows keep the room they had (see `LayoutInput.hold`): a
  // bar entering with no free row shares the last one until the pointer lifts.
  const heldRows = (input.hold && input.keep?.rowCount) || Infinity;
  const rows = packPeriods(visible, input.keep?.rows).map((r) => Math.min(r, heldRows - 1));
  const rowCount = rows.reduce((n, r) => Math.max(n, r + 1), heldRows < Infinity ? heldRows : 0);
  // Each mark's own place on the axis, and where it is drawn. Horizontal: marks closer than a
  // click target are dodged apart along the axis and lifted off it towards the labels, past the
  // period bars there, each pinned to its own time. Vertical (a phone, where a few px hold years
  // of the compressed background): every mark stays at its own time, and crowded marks step out
  // across the axis in columns, past the period bars, each joined to the axis by a straight stem.
  const own = visible.map((e) => clamp(scale(markTime(e)), frame.lo, frame.hi));
  const spread = dense || vertical ? undefined : dodge(own, METRICS.target, frame.lo, frame.hi);
  const keptColumns = input.keep?.columns;
  const across =
    vertical && !dense
      ? dodgeAcross(own, METRICS.column, keptColumns && visible.map((e) => keptColumns.get(e.id)))
      : undefined;
  const at = spread?.at ?? own;
  const lifted = visible.map((_, i) => spread?.grouped[i] === true);
  const lift = spread?.grouped.some(Boolean) ? METRICS.lift : 0;
  const liftBy = lift + (frame.periods === frame.toward ? rowCount * METRICS.periodRow : 0);
  const places: MarkPlaces = {
    visible,
    at,
    lift,
    rowCount,
    dense,
    ranks: coreRanks(model.events),
    rule: model.referenceDate ? scale(referenceTime(model.referenceDate)) : undefined,
    raised: lifted.map((up) => (up ? liftBy : 0)),
    ...(across ? { columns: across } : {}),
  };
  // Vertical: the tick texts are known before the axis's place, which leaves room for them and
  // for the reference words (see tick-column.ts).
  const early = vertical
    ? stretchTicks(input, warp, window, scale, 60, 'vertical', (time, text) => {
        const p = scale(time);
        const grid = { x1: 0, y1: p, x2: 0, y2: p };
        return { time, text, labelled: true, grid, textX: 0, textY: p + 4, anchor: 'left' };
      })
    : undefined;
  const small = input.smallWidth ?? measure;
  const tickWidth = early
    ? tickColumnWidth(
        early.ticks.filter((t) => t.labelled).map((t) => t.text),
        input.referenceText,
        small,
        width,
        // The margins, the gap to the labels, a label's padding and its widest piece as a line
        // too narrow for its date's introducing word sets it (see `stackedLabels`).
        2 * METRICS.margin +
          37 +
          rowCount * METRICS.periodRow +
          Math.max(
            0,
            ...visible.flatMap((e) =>
              dense && e.importance !== 'core'
                ? []
                : textPieces(input.labelText(e).replace(/\u00a0\u2060/g, ' '), (t) =>
                    input.measure(t, e.importance === 'core'),
                  ),
            ),
          ),
      )
    : 0;
  const placed = vertical
    ? stackedLabels(input, frame, places, tickWidth, rise === undefined ? -Infinity : 0)
    : lanedLabels(input, frame, places);
  if (placed.top < 0) return layoutAlongAxis(input, -placed.top);
  const axis = placed.axis;
  // Across the axis, where a mark in a column stands.
  const acrossOf = (column: number) =>
    column > 0 ? axis + frame.toward * (rowCount * METRICS.periodRow + column * METRICS.column) : axis;
  // A row of marks at one time hands its columns round so that its leaders pass clear of its
  // marks (see columnsByReach); while a gesture moves the view, each keeps the column it had.
  const columns =
    across &&
    (keptColumns
      ? across
      : columnsByReach(
          own,
          across,
          visible.map((_, i) => {
            const l = placed.labels[i];
            return l ? Math.abs(l.y + l.height / 2 - own[i]!) : 0;
          }),
          METRICS.column,
        ));
  const acrossAt = (i: number) => acrossOf(columns ? columns[i]! : 0);
  // A mark with another at its time further out: its leader leaves steeply (see leaderEnd).
  const inner = (i: number) =>
    !!columns && own.some((p, j) => Math.abs(p - own[i]!) < METRICS.column && columns[j]! > columns[i]!);

  // Half a band's breadth across the axis. A phone's marker is narrower across its axis than
  // along it (a diamond stands upright): a band as broad as a desktop's would show either side of
  // a day's marker and turn each mark into a blot.
  const breadth = vertical ? 2 : 5;
  const shapes = new Map(model.categories.map((c) => [c.id, c.shape]));
  // Each marker's reach along the axis and across it, once: every band asks it of every marker.
  const reaches = visible.map((e) =>
    [vertical, !vertical].map((v) =>
      markerReach(shapes.get(e.category!) ?? 'circle', e.importance === 'core', v),
    ),
  );
  const onAxis = (j: number) => !lifted[j] && !columns?.[j];
  /**
   * A band's ends along the axis and its half breadth across it. It never reaches past its own
   * span: it keeps clear background (3 px past its edge, and half a px for rounding) off every
   * marker on the axis standing past its ends (a year ending a px or two short of the next year's
   * first mark reads as running into it), and a span cut away whole draws nothing. On a phone
   * a year or a month may take fewer px than its own marker: the band then shows 3 px past the
   * marker across the axis instead, on both sides, so the period reads apart from the moment (a
   * day is its marker, and has no band to show).
   */
  const bandOf = (i: number, a: number, b: number): [number, number, number] => {
    const c = at[i]!;
    const r = reaches[i]![0]! + 3;
    visible.forEach((_, j) => {
      if (j === i || !onAxis(j)) return;
      const gap = reaches[j]![0]! + 4;
      if (at[j]! > b) b = Math.min(b, at[j]! - gap);
      if (at[j]! < a) a = Math.max(a, at[j]! + gap);
    });
    return [
      a,
      b,
      b < a
        ? 0
        : vertical && onAxis(i) && visible[i]!.start.precision !== 'day' && a > c - r && b < c + r
          ? reaches[i]![1]! + 3
          : breadth,
    ];
  };
  const bands = visible.map((e, i): [number, number, number] => {
    const span = e.kind === 'period' ? e.span : e.focus;
    // Bands are cut to the drawing: a year seen from inside one month stays within the chart.
    const ends = clip(scale(span.start), scale(span.end), frame.lo, frame.hi);
    return e.kind === 'period' ? [...ends, breadth] : bandOf(i, ...ends);
  });
  const events = visible.map((e, i): EventMark => {
    const label = placed.labels[i];
    const [a, b, half] = bands[i]!;
    const row = 8 + rows[i]! * METRICS.periodRow;
    const band = frame.box(
      a,
      Math.max(1, b - a),
      e.kind === 'period'
        ? [axis + frame.periods * row, axis + frame.periods * (row + 6)]
        : [axis - half, axis + half],
    );
    const cross = lifted[i] ? axis + frame.toward * liftBy : acrossAt(i);
    const mark = frame.point(at[i]!, cross);
    const onAxis = frame.point(own[i]!, axis);
    return {
      event: e,
      ...mark,
      band,
      ...(label ? { label, leader: placed.leader(label, at[i]!, cross, inner(i)) } : {}),
      ...(label && placed.arm?.(label, at[i]!)),
      ...(lifted[i] ? { pin: frame.segment([at[i]!, cross - frame.toward * 8], [own[i]!, axis]) } : {}),
      ...(columns && columns[i]! > 0 ? { pin: stem(i) } : {}),
      ...deadlineAndOpen(e, onAxis.x, onAxis.y, frame.orientation, timeDirection),
    };
  });
  /**
   * A stepped-out mark's stem: straight across from the axis at its own time to the mark, starting
   * past any mark nearer the axis that it would otherwise run through, and past its band where
   * that is broader than the marker (a row of marks at one time reads as beads on one line, each
   * stem its own piece of it).
   */
  function stem(i: number) {
    const sign = frame.toward;
    let from = axis;
    own.forEach((p, j) => {
      const past = Math.max(METRICS.leaderGap, bands[j]![2] + 5);
      if (columns![j]! < columns![i]! && Math.abs(p - own[i]!) < 8)
        from = sign * acrossAt(j) + past > sign * from ? acrossAt(j) + sign * past : from;
    });
    return frame.segment([own[i]!, from], [own[i]!, acrossAt(i) - sign * METRICS.leaderGap]);
  }
  events.push(...edgeMarks(inView.edge, scale, [frame.lo, frame.hi], axis, frame.orientation));
  events.sort(byModelOrder);
  const clusters = fitCounts(loose, frame.orientation, input.clusterCountWidth).map((c) => {
    const at = frame.point(frame.along(c), axis);
    const box = c.countBox;
    return { ...c, ...at, ...(box ? { countBox: { ...box, x: box.x + at.x, y: box.y + at.y } } : {}) };
  });

  // Ticks: horizontal, a grid line from the chart's top to the axis and the text under the
  // period bars; vertical, a short tick on the side away from the labels with its text beside it.
  const ticksAt = axis + 10 + rowCount * METRICS.periodRow;
  const tick = vertical
    ? {
        every: 60,
        from: axis - 6 * frame.toward,
        text: axis - TICK_TEXT_OFFSET * frame.toward,
        shift: 4,
        anchor: frame.toward > 0 ? ('right' as const) : ('left' as const),
      }
    : { every: 90, from: 8, text: ticksAt + 14, shift: 0, anchor: 'middle' as const };
  const make = (time: number, text: string): Tick => {
    const p = scale(time);
    const textAt = frame.point(p + tick.shift, tick.text);
    return {
      time,
      text,
      labelled: true,
      grid: frame.segment([p, tick.from], [p, axis]),
      textX: textAt.x,
      textY: textAt.y,
      anchor: tick.anchor,
    };
  };
  const { ticks: stretched, unit: tickUnit } = early
    ? { ticks: early.ticks.map((t) => ({ ...make(t.time, t.text), labelled: t.labelled })), unit: early.unit }
    : stretchTicks(input, warp, window, scale, tick.every, frame.orientation, make, width);
  // The compressed stretches are shaded on the labels' side (horizontal) or across the tick column (vertical).
  const shadeTo = vertical ? (frame.toward > 0 ? METRICS.margin : width - METRICS.margin) : 0;
  const compressed = compressedStretches(input, warp, window, scale, frame.orientation, axis, (a, b) =>
    frame.box(Math.min(a, b), Math.abs(b - a), [shadeTo, axis]),
  );
  const reference = places.rule;
  const common = {
    width,
    window,
    timeDirection,
    forward: frame.forward,
    range: frame.range,
    tickUnit,
    events,
    clusters,
    compressed,
    position: scale,
    warp,
    placement: {
      laneCount: placed.laneCount,
      ...(placed.measures ? { measures: placed.measures } : {}),
      rowCount,
      lanes: placed.lanes,
      rows: rowsById(visible, rows),
      lines: linesOf(visible, placed.labels),
      ...(columns ? { columns: new Map(visible.map((e, i) => [e.id, columns[i]!])) } : {}),
      ...(vertical ? { rise: rise ?? 0 } : {}),
    },
  };
  const series = selectedSeries(model.series, input.seriesIds);

  if (!vertical) {
    // The reference date's rule runs down through the tick texts' row: a tick text it would cross
    // is set against its tick on the side away from the rule (a wider text, as an Arabic date,
    // reaches it where the English does not), or left out where that would crowd the text beside
    // it or leave the drawing, rather than struck through.
    type Span = readonly [number, number];
    const apart = (p: Span, q: Span, gap: number) => p[1] + gap <= q[0] || q[1] + gap <= p[0];
    const ticks =
      reference === undefined
        ? stretched
        : stretched.map((t) => {
            const rule: Span = [reference, reference];
            if (!t.labelled || apart(textExtent(t, small), rule, METRICS.textGap)) return t;
            const moved: Tick = { ...t, anchor: t.textX < reference ? 'right' : 'left' };
            const at = textExtent(moved, small);
            return apart(at, rule, METRICS.textGap) &&
              at[0] >= METRICS.margin &&
              at[1] <= width - METRICS.margin &&
              stretched.every(
                (u) => u === t || !u.labelled || apart(at, textExtent(u, small), METRICS.minTickSpacing),
              )
              ? moved
              : { ...t, labelled: false };
          });
    let bottom = ticksAt + METRICS.tickArea;
    let track: SeriesTrack | undefined;
    if (series.length) {
      const top = bottom + METRICS.seriesGap;
      track = layoutSeries(
        series,
        { top, height: METRICS.seriesHeight, x0: frame.lo, x1: frame.hi, width },
        onRule(scale, model.referenceDate),
        seriesWidth(input),
        timeDirection === 'ltr' ? 'left' : 'right',
        reference !== undefined ? [reference] : [],
        // The track's own ends are no edge a text could cross.
        shadeEdges(warp, window, scale).filter((e) => e > frame.lo + 1 && e < frame.hi - 1),
      );
      bottom = top + METRICS.seriesHeight + 8;
      track = { ...track, ...trackStretches(input, warp, window, scale, track) };
    }
    const height = bottom + METRICS.margin + 8;
    return {
      ...common,
      orientation: 'horizontal',
      height,
      axis: frame.segment([frame.lo, axis], [frame.hi, axis]),
      ticks,
      // The rule spans the marks' row, from a little above its tallest mark (a deadline's dash is
      // the tallest a mark stands), down through the figures: through the label lanes it would
      // strike the leaders and arms that run across it to the boxes past it. It reaches at least
      // a lifted mark's height, so that it reads the same at rest and zoomed in, where no mark in
      // view is lifted and it would shrink to a stub over the deadline's dash.
      ...(reference !== undefined
        ? {
            now: {
              x1: reference,
              y1:
                events.reduce((top, m) => Math.min(top, m.y), axis - METRICS.lift) -
                METRICS.deadlineReach -
                3,
              x2: reference,
              y2: height - 22,
            },
          }
        : {}),
      ...(track ? { series: track } : {}),
    };
  }

  // The rule's words wrap inside the tick column (see withReference).
  const nowWords = {
    height:
      textLines(input.language).wrapped *
      referenceLines(input.referenceText ?? '', Math.max(1, referenceColumn(tickWidth)), small).lines,
  };
  const ticks = stretched.map((t) =>
    // The reference date's rule crosses the tick side with its words below it: a tick text there
    // would be struck through or run into the words.
    reference !== undefined && t.grid.y1 > reference - 12 && t.grid.y1 < reference + nowWords.height + 12
      ? { ...t, labelled: false }
      : t,
  );
  let bottom = Math.max(frame.hi, placed.end) + 8;
  // The story card a phone opens stands under the timeline, by the marks a reader tapped, and
  // above the figures track, which moves down to make room for it. The gap over it is room for
  // the tooltips of the timeline's last marks, which never cover the card.
  const card = input.cardRoom === undefined ? undefined : { y: bottom + 40, height: input.cardRoom };
  if (card) bottom = card.y + card.height + 16;
  let track: SeriesTrack | undefined;
  if (series.length) {
    track = verticalTrack(input, series, bottom + METRICS.seriesGap, warp, window);
    bottom = track.bottom + METRICS.tickArea + (track.under ?? 0);
  }
  return {
    ...common,
    orientation: 'vertical',
    height: bottom + METRICS.margin,
    axis: frame.segment([frame.lo, axis], [frame.hi, axis]),
    ticks,
    ...(reference !== undefined
      ? {
          // Across the tick side of the axis, away from the labels.
          now: frame.segment([reference, axis], [reference, shadeTo]),
        }
      : {}),
    ...(track ? { series: track } : {}),
    ...(card ? { card } : {}),
  };
}

/**
 * Vertical, in a window of the document: the rise the whole document's layout at this width
 * takes (see layoutAlongAxis). Undefined for the whole document, which finds its own.
 */
function wholeRise(input: LayoutInput): number | undefined {
  if (!input.window || axisFrame(input).orientation !== 'vertical') return undefined;
  return (
    layoutAlongAxis({ ...input, window: undefined, keep: undefined, hold: undefined }).placement.rise ?? 0
  );
}

/**
 * Horizontal labels in lanes above the axis: core labels first so they always get a lane (a
 * core label is a headline, shown whole, wrapped onto more lines and lanes rather than cut);
 * context labels take what room is left. The axis stands under the lanes used.
 */
function lanedLabels(input: LayoutInput, frame: AxisFrame, m: MarkPlaces): PlacedLabels {
  const kept = placeInLanes(input, frame, m);
  // Places asked to be kept without the measures they were set to (a gesture carries both): each
  // set of measures keeps what it can, and the best of them may take a lane more than the best
  // placement from scratch, or show a headline fewer. Keeping places never costs the picture
  // that: then the placement from scratch is taken.
  if (!input.keep || input.keep.measures) return kept;
  const fresh = placeInLanes({ ...input, keep: undefined }, frame, m);
  const cores = (p: PlacedLabels) =>
    p.labels.filter((l, i) => l && m.visible[i]!.importance === 'core').length;
  return kept.laneCount! > fresh.laneCount! || cores(kept) < cores(fresh) ? fresh : kept;
}

/** Labels in lanes at the measures that place them best (see lanedLabels). */
function placeInLanes(input: LayoutInput, frame: AxisFrame, m: MarkPlaces): PlacedLabels {
  const { visible, at, lift, dense, ranks } = m;
  const { lo, hi } = frame;
  const keptLanes = input.keep?.lanes;
  const order = visible
    .map((_, i) => i)
    .sort((a, b) => {
      const ea = visible[a]!;
      const eb = visible[b]!;
      return (ea.importance === eb.importance ? 0 : ea.importance === 'core' ? -1 : 1) || ea.index - eb.index;
    });
  const grow = frame.forward === 'left' ? 'left' : 'right';
  const texts = visible.map((e) => input.labelText(e));
  // A view of a story's size keeps every leader clear of other labels (see placeLabels).
  const story = !dense && visible.length <= METRICS.storyMarks;
  // Held under a pointer, labels keep to the lanes there were: one entering with no room there
  // waits for the pointer to lift.
  const held = input.hold ? input.keep?.laneCount : undefined;
  const rules = m.rule !== undefined && m.rule >= lo && m.rule <= hi ? [m.rule - lo] : [];
  let memo = narrowerMemos.get(input.measure);
  if (!memo) narrowerMemos.set(input.measure, (memo = new Map()));
  // Measures wider than every label, or a rule-keeping variant with no rule in view, ask for the
  // same placement again: a label's request depends on the measures only through its box's width,
  // so each distinct set of widths is placed once (again, it could only tie, and the first wins).
  const tried = new Map<
    string,
    { placed: Array<PlacedLabel | undefined>; score: number; measures: LabelMeasures }
  >();
  // Each label's text on one line, its number before it: no box need be wider.
  const textWidths = order.map(
    (i) =>
      input.measure(texts[i]!, visible[i]!.importance === 'core') +
      (visible[i]!.importance === 'core' ? METRICS.numberWidth : 0),
  );
  const asked = new Map<string, LabelRequest[]>();
  // Events from the end of the reference date on are scheduled (only a rule in view asks).
  const scheduledFrom = rules.length ? referenceTime(input.model.referenceDate!) : Infinity;
  const cores = visible.filter((e) => e.importance === 'core').length;
  // The widest box a core label and a context label asks for: measures that set the widest of a
  // kind alike set every label of that kind alike, and give the same requests.
  const widest = [-Infinity, -Infinity];
  order.forEach((i, k) => {
    const kind = visible[i]!.importance === 'core' ? 0 : 1;
    widest[kind] = Math.max(widest[kind]!, textWidths[k]! + METRICS.labelPadding);
  });
  /** The requests with labels at most `measure` (core, context) px wide, and where they go. */
  const attempt = (measures: LabelMeasures) => {
    const [coreMeasure, measureOf, offRule, climb] = measures;
    const set = Math.min(coreMeasure, widest[0]!) + ' ' + Math.min(measureOf, widest[1]!);
    // Climbing orders headlines among themselves: with one or none in view it changes nothing.
    const flags = (rules.length > 0 && offRule ? '+' : '') + (climb && cores > 1 ? '^' : '');
    const same = set + flags;
    const known = tried.get(same);
    if (known) return known;
    const widths = order.map((i, k) =>
      Math.min(
        visible[i]!.importance === 'core' ? coreMeasure : measureOf,
        textWidths[k]! + METRICS.labelPadding,
      ),
    );
    // The requests depend on the widths and on whether boxes keep off the rule, nothing else.
    const requestsKey = set + (offRule ? '+' : '');
    const requests: LabelRequest[] =
      asked.get(requestsKey) ??
      order.map((i, k) => {
        const e = visible[i]!;
        const lane = keptLanes?.get(e.id);
        const keptRows = input.keep?.lines?.get(e.id);
        const core = e.importance === 'core';
        const lead = core ? METRICS.numberWidth : 0;
        const measure = (t: string) => input.measure(t, core);
        const textWidth = textWidths[k]!;
        const full = textWidth + METRICS.labelPadding;
        const width = widths[k]!;
        // Lines the words fill in a box `w` px wide, with the slack `labelPadding` keeps.
        const wrap = (w: number) =>
          full <= w ? 1 : wrappedLines(texts[i]!, w - METRICS.labelPadding, measure, lead).lines;
        // A label too long for its measure wraps onto the lines its words fill; a context label is
        // cut (its whole title in its tooltip and name) only where no lane has room for it whole.
        const lines = wrap(Math.min(width, hi - lo));
        // A wrapped headline's lines balanced: its box as narrow as keeps their count, so that the
        // last line does not hold a single word under a full one.
        const whole = {
          width:
            core && lines > 1
              ? Math.min(width, fewest(texts[i]!, textWidth, lead, lines, measure, memo!).width)
              : width,
          rows: lines,
        };
        const shapes: LabelShape[] =
          core || full <= width
            ? [whole]
            : [...(lines <= MAX_WRAP_LINES ? [whole] : []), { width, rows: 1, cut: true }];
        // Where its leader would have to climb past other labels, a label may wrap onto more lines
        // in a narrower box and stay in a lane near its mark (whole: never cut to get there).
        if (story && !shapes[0]!.cut)
          shapes.splice(
            shapes.length - (shapes.at(-1)!.cut ? 1 : 0),
            0,
            ...narrower(texts[i]!, textWidth, lead, shapes, measure, memo!, core ? MAX_WRAP_LINES : 2),
          );
        // A label whose mark lies past the rule (scheduled) may stand between the rule and the
        // chart's edge, on as many lines as a phone's label (no word broken), where its words fit
        // there: a box across the rule blurs what the rule says (what lies after it is scheduled).
        const a = at[i]! - lo;
        const rule = rules[0];
        // A mark on the rule (a deadline on the reference date): its leader runs up the rule and
        // bends across to a box beside it, a gap off it. A leader a few px beside the rule, or a
        // box's edge on it, reads as a second line drawn by mistake. Kept off the rule, the
        // narrowest box is tried first: it leaves the labels before it their room by their marks.
        if (story && rule !== undefined && Math.abs(a - rule) < 1 && !shapes[0]!.cut)
          shapes.splice(
            0,
            shapes.length,
            ...shapes
              .filter((s) => !s.cut)
              .map((s) => ({ ...s, beside: rule }))
              .sort((p, q) => (offRule ? p.width - q.width : 0)),
          );
        else if (story && rule !== undefined && e.span.start >= scheduledFrom && !shapes[0]!.cut) {
          // Clear of the rule and of a box whose edge is on it (the label of a mark on the rule).
          const room = (a > rule ? hi - lo - rule : rule) - LABEL_GAP - 1;
          const inner = room - METRICS.labelPadding;
          const fit = wrappedLines(texts[i]!, inner, measure, lead, MAX_PHONE_LABEL_LINES + 1);
          // A word broken across lines fills a line to the pixel: no such box. Where the words do
          // not fit there, the box stands wholly on the rule's other side, in any of its whole
          // shapes, its leader bent across the rule to it.
          shapes.splice(
            shapes.length - (shapes.at(-1)!.cut ? 1 : 0),
            0,
            ...(fit.lines > MAX_PHONE_LABEL_LINES || fit.width >= inner - 0.05
              ? shapes.filter((s) => !s.cut).map((s) => ({ ...s, beside: rule }))
              : room < shapes[0]!.width
                ? [
                    {
                      width: Math.min(room, Math.ceil(fit.width) + 2 + METRICS.labelPadding),
                      rows: fit.lines,
                    },
                  ]
                : []),
          );
        }
        return {
          anchor: a,
          ...shapes[0]!,
          otherwise: shapes.slice(1),
          grow,
          required: core,
          ...(lane !== undefined ? { lane } : {}),
          ...(keptRows !== undefined ? { keptRows } : {}),
        };
      });
    asked.set(requestsKey, requests);
    // Other measures can still ask for the same boxes (a headline longer than both wraps onto the
    // same lines, balanced to the same width at either): the same requests place the same and
    // score the same, and a later tie never wins, so each set of requests is placed once. Only a
    // fresh story layout tries several measures: a gesture's frame places once, and keys by `same`.
    // The sets differ only in their shapes (anchors, growth and weight are one layout's), so only
    // the shapes are written into the key.
    const asking = story && !kept ? JSON.stringify(requests, SHAPE_KEYS) + flags : same;
    const alike = tried.get(asking);
    if (alike) return alike;
    const placed = placeLabels(
      requests,
      hi - lo,
      Math.max(METRICS.minLanes, held ?? 0),
      held || (dense ? METRICS.denseLanes : METRICS.maxLanes),
      // A view of a news story's size gives every context label its room; in a crowded one the
      // extra lanes would only stack up a wall of labels over the marks.
      dense || visible.length > METRICS.pathMarks || held !== undefined ? 0 : METRICS.openLanes,
      story,
      rules,
      offRule,
      climb,
    );
    // Labels left out weigh most, then a leader behind another label, then a headline standing
    // under a later one over it (they read out of their order), then the lane of the highest
    // box's foot (the longest leader), more than a lane for each box across the rule (which it
    // hides for the box's height; its edge on the rule hides nothing), then the lanes taken.
    let score = 0;
    let top = 0;
    let lanes = 0;
    const rank = (k: number) => m.ranks[visible[order[k]!]!.index]!;
    placed.forEach((p, k) => {
      if (!p) return (score += requests[k]!.required ? 1e6 : 1e4);
      top = Math.max(top, p.lane * (METRICS.labelHeight + METRICS.laneGap) - m.raised[order[k]!]!);
      lanes = Math.max(lanes, p.lane + p.rows);
      const across = (x: number) => x > p.x + 1 && x < p.x + p.width - 1;
      placed.forEach((q, j) => {
        if (q && q.lane > p.lane && across(requests[j]!.anchor)) score += 1e3;
        if (
          q &&
          q.lane < p.lane &&
          rank(j) > rank(k) &&
          rank(k) >= 0 &&
          q.x < p.x + p.width &&
          p.x < q.x + q.width &&
          // Unless the earlier box stands over the later one's mark: then it must.
          !across(requests[j]!.anchor)
        )
          score += 500;
      });
      for (const x of rules) if (across(x)) score += 150;
      // A context label wrapped at its measure whose last line holds a word or two under a full
      // one (a box wider than its lines need) weighs a little less than a lane.
      const i = order[k]!;
      if (p.rows > 1 && !requests[k]!.required) {
        const least = fewest(texts[i]!, textWidths[k]!, 0, p.rows, (t) => input.measure(t, false), memo!);
        if (p.width > least.width + 1) score += 100;
      }
    });
    const result = { placed, score: score + top * 4 + lanes * 26, measures };
    tried.set(same, result).set(asking, result);
    return result;
  };
  // A story's labels take the measures that keep the leaders shortest; the view a gesture moves
  // keeps the measures it was given.
  const kept = input.keep?.measures;
  // A fresh story layout places its labels at ten measures: the same labels at the same places,
  // measured alike (the same document set again, a language toggled back), take the placement
  // found before. A gesture's layout keeps the measures it was given, and places at them once.
  let key: Array<string | number> | undefined;
  if (story && visible.length && !input.keep) {
    key = [hi - lo, grow, ...rules];
    for (const i of order) key.push(texts[i]!, visible[i]!.importance, at[i]! - lo, m.raised[i]!);
  }
  const last = storyPlacements.get(input.measure);
  const best =
    key && last?.[0].length === key.length && last[0].every((v, k) => v === key[k])
      ? last[1]
      : (kept ? [kept] : story ? LABEL_MEASURES : LABEL_MEASURES.slice(0, 1))
          .map(attempt)
          .reduce((a, b) => (b.score < a.score ? b : a));
  if (key) storyPlacements.set(input.measure, [key, best]);
  const placed = best.placed;
  const laneCount = placed.reduce((n, p) => (p ? Math.max(n, p.lane + p.rows) : n), held ?? 0);
  const axis = METRICS.margin + laneCount * (METRICS.labelHeight + METRICS.laneGap) + 14 + lift;
  const labels: Array<LabelBox | undefined> = visible.map(() => undefined);
  const lanes = new Map<string, number>();
  order.forEach((vi, k) => {
    const p = placed[k];
    if (!p) return;
    lanes.set(visible[vi]!.id, p.lane);
    labels[vi] = {
      x: p.x + lo,
      // Lane 0 sits nearest the axis, above the lifted marks; a wrapped label takes the lanes above its own.
      y: axis - 14 - lift - (p.lane + p.rows) * (METRICS.labelHeight + METRICS.laneGap) + METRICS.laneGap,
      width: p.width,
      height: p.rows * (METRICS.labelHeight + METRICS.laneGap) - METRICS.laneGap,
      text: texts[vi]!,
      lines: p.rows,
      ...numbered(visible[vi]!, ranks),
    };
  });
  const footOf = (label: LabelBox, main: number, beside: boolean) =>
    leaderFoot(main, label.x, label.width, m.rule === undefined ? [] : [m.rule], beside);
  return {
    axis,
    labels,
    lanes,
    laneCount,
    measures: best.measures,
    end: hi,
    top: 0,
    // Straight up from the mark to the label's lower edge; from a mark on the rule, straight up
    // beside the rule from by the mark's corner (a slant off the rule read as a stray line, and
    // a leader on the rule as the rule itself).
    leader: (label, main, cross) => {
      const beside = bent(label, main);
      const foot = footOf(label, main, beside);
      return frame.segment(
        [foot, beside ? armAt(label) : label.y + label.height],
        [foot, cross + (foot === main ? frame.toward * METRICS.leaderGap : 0)],
      );
    },
    // A box beside the rule, away from its mark: the leader bends over the mark (beside the rule,
    // from a mark on it) and runs across to the box's side, level with the middle of its lowest line.
    arm: (label, main) =>
      bent(label, main)
        ? {
            arm: frame.segment(
              [main < label.x ? label.x : label.x + label.width, armAt(label)],
              [footOf(label, main, true), armAt(label)],
            ),
          }
        : undefined,
  };
}

/** Lines each placed label's box took, by event id (kept by the next gesture frame). */
function linesOf(visible: readonly TimelineEvent[], labels: ReadonlyArray<LabelBox | undefined>) {
  const lines = new Map<string, number>();
  visible.forEach((e, i) => labels[i] && lines.set(e.id, labels[i].lines));
  return lines;
}

/** A box that does not stand over its mark (one beside the rule): its leader bends to its side. */
const bent = (label: LabelBox, main: number) => main < label.x || main > label.x + label.width;

/** How high a bent leader's arm runs: level with the middle of its box's lowest line. */
const armAt = (label: LabelBox) => label.y + label.height - METRICS.labelHeight / 2;

/**
 * The last fresh story placement made with each `measure` (a chart's widths at its fonts), with
 * its real inputs as a key: the labels' texts, kinds and anchors, the room and the rule.
 */
const storyPlacements = new WeakMap<
  LayoutInput['measure'],
  [
    key: ReadonlyArray<string | number>,
    best: { placed: Array<PlacedLabel | undefined>; measures: LabelMeasures },
  ]
>();

/**
 * The narrower boxes found for each chart's widths (`measure`, as for `storyPlacements`): a label
 * seen in an earlier window of the chart takes its boxes from there instead of searching again.
 */
const narrowerMemos = new WeakMap<LayoutInput['measure'], Map<string, LabelShape[]>>();

/**
 * Narrower boxes for a label, wrapped onto one or two lines more than its widest whole shape
 * takes, up to `most` lines (a context label two: a column of three short lines reads badly).
 * Words wrap whole, so a line may end short by up to its longest word: each box holds its share
 * of the text plus that word, and takes the lines its words fill (see `wrappedLines`).
 */
function narrower(
  text: string,
  textWidth: number,
  lead: number,
  shapes: readonly LabelShape[],
  measure: (word: string) => number,
  memo: Map<string, LabelShape[]>,
  most: number,
): LabelShape[] {
  if (!/\S\s+\S/.test(text)) return [];
  const rows = Math.max(...shapes.filter((s) => !s.cut).map((s) => s.rows));
  const narrowest = Math.min(...shapes.map((s) => s.width));
  const out: LabelShape[] = [];
  for (let k = rows + 1; k <= most; k++) {
    const shape = fewest(text, textWidth, lead, k, measure, memo);
    if (shape.width < narrowest && !out.some((o) => o.rows === shape.rows)) out.push(shape);
  }
  return out;
}

/**
 * The narrowest box, to a px, whose words fill no more than k lines (found once per text and k
 * in a chart), and 2 px more: the browser may set a line a little wider than the canvas measures
 * it. A box for four lines is kept as wide as a line's share and its longest word: narrower, a
 * label turns into a column of single words.
 */
function fewest(
  text: string,
  textWidth: number,
  lead: number,
  k: number,
  measure: (word: string) => number,
  memo: Map<string, LabelShape[]>,
): LabelShape {
  const key = lead + text;
  let boxes = memo.get(key);
  if (!boxes) memo.set(key, (boxes = []));
  let shape = boxes[k];
  if (!shape) {
    const longest = Math.max(
      ...text
        .trim()
        .split(/[^\S\u00a0]+/)
        .map(measure),
    );
    let lo = k > 3 ? Infinity : Math.floor(textWidth / k) - 1;
    let hi = Math.ceil(textWidth / k + longest);
    // The text's pieces, split and measured once for every width tried.
    const pieces = textPieces(text, measure);
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (wrappedLines(pieces, mid, measure, lead).lines > k) lo = mid;
      else hi = mid;
    }
    // Lines the words fill, with the slack `labelPadding` keeps over the box's padding and borders.
    shape = boxes[k] = {
      width: hi + 2 + METRICS.labelPadding,
      rows: wrappedLines(pieces, hi + 2, measure, lead).lines,
    };
  }
  return shape;
}

/**
 * The widest a core label and a context label may be set, px, tried in turn for a story's
 * labels: a headline on one or two long lines and a context label of about 34 characters, down
 * to narrower columns that fit beside each other nearer their marks in an article's width; each
 * with boxes kept off the reference date's rule where they can be, and not; and kept off it with
 * the headlines placed earliest first, so that where they stand over one another they climb in
 * their order. Long headlines with context labels of about 31 characters (200 px) keep an Arabic
 * article column a lane shorter where the leaders keep a text's gap off the boxes they pass.
 */
const MEASURE_PAIRS = [
  [METRICS.maxCoreLabelWidth, METRICS.maxLabelWidth],
  [300, METRICS.maxLabelWidth],
  [240, 200],
  [260, 220],
  [350, 220],
  [350, 200],
];
// Named apart from the call on it: a METRICS read in an array literal whose method is called
// makes Terser treat the whole table as modified, and every size stays a property read of it
// instead of a number written in where it is used.
/** A label request's fields that its measures set: its shapes'. */
const SHAPE_KEYS = ['width', 'rows', 'cut', 'beside', 'otherwise'];
const LABEL_MEASURES: readonly LabelMeasures[] = MEASURE_PAIRS.flatMap(([core, context]) => [
  [core!, context!, true, false] as const,
  [core!, context!, false, false] as const,
  [core!, context!, true, true] as const,
]);

/** How far in from a phone label's corners its leader may meet it, px. */
const LEADER_INSET = 5;

/** The most lines a horizontal label wraps onto to stay near its mark. */
const MAX_WRAP_LINES = 4;

/**
 * Vertical labels stacked beside the axis, past the period bars and the lifted marks, each as
 * near its mark as the label above it allows. The axis stands after the tick texts.
 */
function stackedLabels(
  input: LayoutInput,
  frame: AxisFrame,
  m: MarkPlaces,
  tickWidth: number,
  min: number,
): PlacedLabels {
  const { visible, at, rowCount, dense, ranks, columns } = m;
  const width = Math.max(1, input.width);
  const side = frame.toward;
  const axis = side > 0 ? METRICS.margin + tickWidth : width - METRICS.margin - tickWidth;
  const labels: Array<LabelBox | undefined> = visible.map(() => undefined);
  // Labels stack down the axis in the order of their markers: a period is anchored at its start,
  // which can come before the instant of an event listed ahead of it.
  const order = visible.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
  const shown = order.filter((i) => !dense || visible[i]!.importance === 'core');
  const texts = shown.map((i) => input.labelText(visible[i]!));
  // A label's box when it starts `lifted` px further out than the period bars.
  const boxAt = (k: number, lifted: number): LabelBox => {
    const i = shown[k]!;
    const e = visible[i]!;
    const core = e.importance === 'core';
    const labelStart = axis + side * (20 + rowCount * METRICS.periodRow + lifted);
    const labelRoom = Math.max(
      40,
      side > 0 ? width - METRICS.margin - labelStart : labelStart - METRICS.margin,
    );
    const inner = labelRoom - 16;
    // A date held on one line (see `coreLabelText`) is wider than the room beside a headline's
    // number: it starts the line under the number. Wider than a whole line (the browser would
    // break it inside a word), the word that introduces it is set apart; only then, still wider,
    // does it break at its own spaces.
    const lead = core ? METRICS.numberWidth : 0;
    const fits = (t: string) => textPieces(t, (s) => input.measure(s, core)).every((w) => w <= inner - 1);
    let text = texts[k]!;
    if (!fits(text)) text = text.replace(/\u00a0\u2060/g, ' ');
    if (!fits(text)) text = text.replace(/\u00a0(?!—)/g, ' ');
    const textWidth = input.measure(text, core) + lead;
    // A label too long for the room wraps onto as many lines as its words fill, never losing its
    // end, in a box as wide as its widest line. The text fits one line if it fits inside the
    // padding (2 × 7 px) and borders (2 × 1 px): `labelPadding` adds slack on top, which a tight
    // fit may use. Wrapped, the lines are filled a px short of the room and the box is half a px
    // wider than the widest: where the browser's widths differ from the canvas's by a fraction,
    // it breaks the lines where they were counted, neither cutting a word nor leaving a line empty.
    const wrapped =
      textWidth <= inner
        ? undefined
        : wrappedLines(text, inner - 1, (t) => input.measure(t, core), lead, MAX_PHONE_LABEL_LINES);
    const lines = wrapped?.lines ?? 1;
    const labelWidth = wrapped ? wrapped.width + 16.5 : Math.min(labelRoom, textWidth + METRICS.labelPadding);
    const labelHeight = METRICS.labelHeight + (lines - 1) * 20;
    const x = side > 0 ? labelStart : labelStart - labelWidth;
    return { x, y: 0, width: labelWidth, height: labelHeight, text, lines, ...numbered(e, ranks) };
  };
  // A label stands past the marks stepped out beside it (within a target and a label row of its
  // box), and where none is, right past the period bars: the column is widest, and a label takes
  // fewer lines, where the axis is clear. Where a label was stood out, the stack is made again,
  // until no label stands beside a mark it is not past.
  const stepped = columns ? visible.flatMap((_, i) => (columns[i]! > 0 ? [i] : [])) : [];
  const near = METRICS.target / 2 + METRICS.labelHeight;
  const lifts = shown.map(() => 0);
  let boxes = shown.map((_, k) => boxAt(k, lifts[k]!));
  let tops: number[] = [];
  for (let pass = 0; pass <= stepped.length; pass++) {
    tops = stackAround(
      shown.map((i) => at[i]!),
      boxes.map((b) => b.height),
      METRICS.laneGap,
      min,
    );
    let moved = false;
    boxes.forEach((b, k) => {
      const beside = stepped
        .filter((i) => at[i]! > tops[k]! - near && at[i]! < tops[k]! + b.height + near)
        .reduce((n, i) => Math.max(n, columns![i]! * METRICS.column), 0);
      if (beside > lifts[k]!) {
        lifts[k] = beside;
        boxes[k] = boxAt(k, beside);
        moved = true;
      }
    });
    if (!moved) break;
  }
  boxes = boxes.map((b, k) => ({ ...b, y: tops[k]! }));
  shown.forEach((i, k) => (labels[i] = boxes[k]));
  const heights = boxes.map((b) => b.height);
  const last = shown.length ? tops[shown.length - 1]! + heights[shown.length - 1]! : -Infinity;
  return {
    axis,
    labels,
    lanes: new Map(),
    end: last,
    top: Math.min(0, ...tops),
    // From beside the mark to the label's near edge (see leaderEnd), a few px in from its corners.
    // A mark with others of its row further out sends its leader off from above or below its
    // own marker (the side its label is on), as far off its centre as any leader starts, halfway
    // between straight along the axis and straight at its end: it passes the outer marks a clear
    // gap off their outlines, where a leader leaving level grazes them on its way up or down.
    leader: (label, main, cross, away) => {
      const end: [number, number] = [
        leaderEnd(main, label.y + LEADER_INSET, label.y + label.height - LEADER_INSET, !!away),
        side > 0 ? label.x : label.x + label.width,
      ];
      if (!away) return frame.segment([main, cross + side * METRICS.leaderGap], end);
      const run = Math.hypot(end[0] - main, end[1] - cross) || 1;
      const along = (end[0] - main) / run + (end[0] < main ? -1 : 1);
      const across = (end[1] - cross) / run;
      const off = METRICS.leaderGap / (Math.hypot(along, across) || 1);
      return frame.segment([main + along * off, cross + across * off], end);
    },
  };
}

/**
 * The series under a vertical timeline keep their own horizontal chart, on the timeline's own
 * scale laid across: the window it shows (so the track follows zoom), compressed around the
 * document's focus with the same breaks, with a time axis of its own and the reference date's rule.
 */
function verticalTrack(
  input: LayoutInput,
  series: readonly Series[],
  top: number,
  warp: TimeWarp,
  window: Interval,
): SeriesTrack {
  const { model } = input;
  const width = Math.max(1, input.width);
  const ltr = input.timeDirection === 'ltr';
  const x0 = METRICS.margin;
  // Narrower than its margins (a chart being laid out before it has its width): an empty track, never an inverted one.
  const x1 = Math.max(x0, width - METRICS.margin);
  const sx = warpedScale(warp, window, ltr ? [x0, x1] : [x1, x0]);
  const refX = model.referenceDate ? sx(referenceTime(model.referenceDate)) : undefined;
  const rules = refX !== undefined && refX >= x0 && refX <= x1 ? [refX] : [];
  const laid = layoutSeries(
    series,
    { top, height: METRICS.phoneSeriesHeight, x0, x1, width },
    onRule(sx, model.referenceDate),
    seriesWidth(input),
    ltr ? 'left' : 'right',
    rules,
    shadeEdges(warp, window, sx),
  );
  const axisY = top + METRICS.phoneSeriesHeight;
  const { ticks: timeAxis } = stretchTicks(
    input,
    warp,
    window,
    sx,
    70,
    'horizontal',
    (time, text) => {
      const x = sx(time);
      return {
        time,
        text,
        labelled: true,
        grid: { x1: x, y1: axisY, x2: x, y2: axisY + 5 },
        textX: x,
        textY: axisY + 18,
        anchor: 'middle',
      };
    },
    width,
  );
  // A note with no room beside its date is told under the time axis's texts.
  const under = notesUnder(laid, axisY + METRICS.tickArea, seriesWidth(input), ltr);
  return {
    ...laid,
    // The shade reaches from just above the top value's text, which stands on the stretch and
    // takes its shade: the text reads inside the shade, not as a patch sticking out above it.
    ...trackStretches(input, warp, window, sx, laid, 19),
    texts: [...laid.texts, ...under.texts],
    ...(under.height ? { under: under.height } : {}),
    timeAxis,
    rules,
  };
}

/**
 * The compressed stretches of a figures track, at the x its time scale `sx` gives them (the
 * timeline's own, on a desktop): shaded behind the plot and broken on its baseline, like the
 * timeline's, so a step across the stretch does not read as linear time. The word that names the
 * stretch is the timeline's to write, so none is placed among the figures. The shade starts
 * `above` px over the track's top.
 */
function trackStretches(
  input: LayoutInput,
  warp: TimeWarp,
  window: Interval,
  sx: Scale,
  track: SeriesTrack,
  above = 0,
): Pick<SeriesTrack, 'compressed' | 'shaded'> {
  const { y, height, bottom, tickSide } = track;
  const compressed = compressedStretches(
    { ...input, compressedText: undefined },
    warp,
    window,
    sx,
    'horizontal',
    bottom,
    (a, b) => ({ x: Math.min(a, b), y: y - above, width: Math.abs(b - a), height: height + above }),
  );
  // The value ticks' texts stand at the track's start of time, where the background is compressed.
  const edge = tickSide === 'left' ? track.x0 : track.x1;
  const shaded = compressed.some((k) => k.box.x - 1 <= edge && edge <= k.box.x + k.box.width + 1);
  return { compressed, ...(shaded ? { shaded } : {}) };
}

/**
 * Where the compressed stretches' shades start and end on a figures track: a text across an edge
 * reads as half on a compressed scale, so none stands there.
 */
function shadeEdges(warp: TimeWarp, window: Interval, sx: Scale): number[] {
  return warp.focus
    ? stretches(warp, window)
        .filter((p) => p.compressed)
        .flatMap((p) => [sx(p.start), sx(p.end)])
    : [];
}

function seriesWidth(input: LayoutInput): (text: SeriesText) => number {
  const measure = input.seriesTextWidth;
  return measure ? (text) => measure(text) + METRICS.seriesTextGap : () => 120;
}

function selectedSeries(all: readonly Series[], ids: readonly string[] | undefined): Series[] {
  return all.filter((s) => s.points.length > 0 && (!ids || ids.includes(s.id)));
}
