/**
 * The pure layout: model + size + orientation + direction + window in, plain objects with
 * pixel positions out. No DOM: text widths come from the `measure` function passed in.
 * Horizontal: time runs along x (left to right or mirrored), labels in lanes above the axis.
 * Vertical (the phone layout): time runs down, labels beside the axis.
 */
import { bisector } from 'd3-array';
import { linearScale, timeTicks, type Scale } from './scales.js';
import type { Series, TimelineEvent, TimelineModel } from '../schema/model.js';
import { anchorTime, type Interval } from '../time/partial-date.js';
import type { TickUnit } from '../locale/format.js';
import { Lane, compactLanes, placeLabels, type LabelRequest } from './labels.js';
import { fitCounts } from './cluster-count.js';
import { layoutSeries, type SeriesText, type SeriesTrack } from './series.js';
import { dodge } from './dodge.js';
import { stretches, timeWarp, warpedScale, type TimeWarp } from './warp.js';

export type TimeDirection = 'ltr' | 'rtl';
export type Orientation = 'horizontal' | 'vertical';

export interface LayoutInput {
  readonly model: TimelineModel;
  /** Width of the drawing in px. */
  readonly width: number;
  readonly orientation?: Orientation;
  /** Horizontal: which way time runs along the axis. Vertical: which side labels sit on (`ltr`: right). */
  readonly timeDirection: TimeDirection;
  /** The visible window; defaults to the model's extent with some padding. */
  readonly window?: Interval;
  /** Label text of an event. */
  readonly labelText: (event: TimelineEvent) => string;
  /** Width of a text in px at the label font; bold for a core event's label. */
  readonly measure: (text: string, bold?: boolean) => number;
  /** Axis tick text. */
  readonly tickText: (time: number, unit: TickUnit, first: boolean) => string;
  /** Width of a series text in px. */
  readonly seriesTextWidth?: (text: SeriesText) => number;
  /** The words of the reference date's rule ("As of 30 September 2025"), measured to place them. */
  readonly referenceText?: string;
  /** Series to draw; all when undefined. */
  readonly seriesIds?: readonly string[];
  /** Events to draw; all when undefined (categories filtered out by the caller). */
  readonly eventFilter?: (event: TimelineEvent) => boolean;
  /**
   * Where labels and period bars sat in the layout shown before (`Layout.placement`): each keeps
   * its lane or row where it still fits, so that panning and zooming move them without
   * reshuffling them.
   */
  readonly keep?: Placement;
  /** The word that marks a stretch of time drawn compressed around the document's focus. */
  readonly compressedText?: string;
  /** Width in px of a cluster's count as drawn in its bubble; estimated from its digits when absent. */
  readonly clusterCountWidth?: (count: number) => number;
}

/** Label lanes (horizontal layouts) and period rows, by event id. */
export interface Placement {
  readonly lanes: ReadonlyMap<string, number>;
  readonly rows: ReadonlyMap<string, number>;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelBox extends Box {
  readonly text: string;
  /** Lines the text may take (vertical layouts wrap long labels onto a second line). */
  readonly lines: number;
  /** A core event's number, 1 for the first core event of the document. */
  readonly number?: number;
}

export interface EventMark {
  readonly event: TimelineEvent;
  /** Marker centre. */
  readonly x: number;
  readonly y: number;
  /** The span the date's precision names (or the period's bar). */
  readonly band: Box;
  readonly label?: LabelBox;
  /** From the marker to its label. */
  readonly leader?: Segment;
  /** A deadline's tick, or the arrow of an open-ended (`before`/`after`) date. */
  readonly deadline?: Segment;
  readonly open?: Segment;
  /** A mark dodged off the axis (it shares its place with others): from the mark to its own time. */
  readonly pin?: Segment;
  /**
   * The event's own instant lies outside the window while its span reaches in (a year seen
   * from inside one of its months): only the band is drawn, clipped to the window.
   */
  readonly offscreen?: boolean;
}

/** Band-only marks for events whose instant is outside the window, clipped to [lo, hi]. */
function edgeMarks(
  edge: readonly TimelineEvent[],
  position: (t: number) => number,
  [lo, hi]: readonly [number, number],
  cross: number,
  orientation: Orientation,
): EventMark[] {
  return edge.map((e) => {
    const [a, b] = clip(position(e.span.start), position(e.span.end), lo, hi);
    const band =
      orientation === 'horizontal'
        ? { x: a, y: cross - 5, width: Math.max(1, b - a), height: 10 }
        : { x: cross - 5, y: a, width: 10, height: Math.max(1, b - a) };
    const mid = (a + b) / 2;
    return {
      event: e,
      x: orientation === 'horizontal' ? mid : cross,
      y: orientation === 'horizontal' ? cross : mid,
      band,
      offscreen: true,
    };
  });
}

/**
 * Marks in model order, bands reaching in from the edges included: an event keeps its place
 * in the list (and its element in the DOM) while a pan carries its instant out of the window.
 */
function byModelOrder(a: EventMark, b: EventMark): number {
  return a.event.index - b.event.index;
}

/** The pixel interval between two positions, cut to [lo, hi]. */
function clip(p: number, q: number, lo: number, hi: number): [number, number] {
  const a = Math.max(lo, Math.min(p, q));
  const b = Math.min(hi, Math.max(p, q));
  return [a, Math.max(a, b)];
}

/** Several events too close to draw apart: one mark with a count that zooms in when chosen. */
export interface ClusterMark {
  /** Stable for the same members: `cluster-<first id>-<last id>`. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly radius: number;
  /** The time span of the members. */
  readonly span: Interval;
  readonly events: readonly TimelineEvent[];
  /** Whether the count is drawn inside the bubble (there was room for it); the name always says it. */
  readonly countShown?: boolean;
}

export interface Tick {
  readonly time: number;
  readonly text: string;
  /** Ticks whose text was thinned out still draw a grid line. */
  readonly labelled: boolean;
  readonly grid: Segment;
  /** Where the text is anchored, and which physical side of the text sits at textX. */
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'left' | 'middle' | 'right';
}

export interface Layout {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly window: Interval;
  readonly timeDirection: TimeDirection;
  readonly axis: Segment;
  readonly tickUnit: TickUnit;
  readonly ticks: readonly Tick[];
  readonly events: readonly EventMark[];
  /** Dense stretches, drawn as counts (only when more events are visible than `METRICS.maxMarks`). */
  readonly clusters: readonly ClusterMark[];
  readonly now?: Segment;
  /** Stretches drawn on a compressed scale around the document's focus, with their axis breaks. */
  readonly compressed: readonly CompressedStretch[];
  /**
   * Where the reference date's words go: under the rule, inside the chart (horizontal); below
   * it across the tick column, wrapping there (vertical), where tick texts give way to them.
   */
  readonly nowLabel?: { readonly x: number; readonly y: number; readonly width: number };
  readonly series?: SeriesTrack;
  /** The position of an instant along the time axis (x when horizontal, y when vertical). */
  readonly position: (time: number) => number;
  /** The time scale: even in axis time, compressed around the document's focus. */
  readonly warp: TimeWarp;
  /** Lanes and rows as placed, for the next layout's `keep`. */
  readonly placement: Placement;
}

export interface CompressedStretch {
  /** Shaded behind the stretch, on the ticks' side of the axis. */
  readonly box: Box;
  /** Where the axis breaks: the ends of the stretch that meet the focus, as points on the axis. */
  readonly breaks: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  /** The word that marks the stretch, centred at (x, y), when it fits. */
  readonly text?: { readonly x: number; readonly y: number; readonly text: string };
}

export const METRICS = {
  margin: 16,
  labelHeight: 22,
  laneGap: 4,
  maxLabelWidth: 260,
  /** A core label carries its number and date too. */
  maxCoreLabelWidth: 400,
  // Horizontal padding (2 × 7 px) and borders (2 × 1.5 px) of a label, plus rounding slack.
  labelPadding: 20,
  minLanes: 3,
  maxLanes: 24,
  periodRow: 10,
  tickArea: 30,
  /** The figures track: tall enough that a disputed range and its two sources read clearly. */
  seriesHeight: 170,
  seriesGap: 40,
  minTickSpacing: 12,
  /** Vertical: room for tick texts beside the axis. */
  verticalTickWidth: 64,
  verticalRowHeight: 40,
  /** Above this many visible events, dense stretches are drawn as clusters. */
  maxMarks: 250,
  /** Core events kept as single, labelled marks in a dense view (horizontal, vertical). */
  denseCore: 120,
  denseCoreVertical: 40,
  /** Width of a clustering bin along the axis, in px. */
  clusterBin: 18,
  /** Label lanes for required labels in a dense view. */
  denseLanes: 8,
  /** The side of a mark's click target: marks are dodged at least this far apart. */
  target: 24,
  /** How far dodged marks stand off the axis. */
  lift: 24,
  /** Room for a core label's number: its badge (18 px) and the space after it. */
  numberWidth: 22,
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

/** Where an event's marker stands: a period's start, any other event's instant. */
function markTime(e: TimelineEvent): number {
  return e.kind === 'period' ? e.span.start : e.time;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(Math.min(lo, hi), Math.min(v, Math.max(lo, hi)));
}

function numbered(e: TimelineEvent, ranks: Int32Array): { number?: number } {
  const rank = ranks[e.index]!;
  return rank >= 0 ? { number: rank + 1 } : {};
}

/**
 * Ticks for each stretch of one even scale: the compressed background gets calendar ticks at its
 * own, coarser density (years) and the focus at its own (months), each thinned on its own. Where
 * two stretches meet, a text that would crowd its neighbour gives way on the compressed side.
 */
function stretchTicks(
  input: LayoutInput,
  warp: TimeWarp,
  window: Interval,
  pos: Scale,
  pxPerTick: number,
  orientation: Orientation,
  make: (time: number, text: string) => Tick,
): { ticks: Tick[]; unit: TickUnit } {
  const parts = stretches(warp, window);
  const all: Array<Tick & { compressed: boolean }> = [];
  let unit: TickUnit | undefined;
  parts.forEach((part, k) => {
    const length = Math.abs(pos(part.end) - pos(part.start));
    const dates = timeTicks(
      [part.start, part.end],
      Math.max(parts.length > 1 ? 1 : 2, Math.floor(length / pxPerTick)),
    ).filter((d) => +d >= part.start && (+d < part.end || k === parts.length - 1));
    const partUnit = tickUnitOf(dates);
    if (!part.compressed || unit === undefined) unit = partUnit;
    const ticks = thinTicks(
      dates.map((d, i) => make(+d, input.tickText(+d, partUnit, i === 0))),
      input.measure,
      orientation,
    );
    for (const t of ticks) all.push({ ...t, compressed: part.compressed });
  });
  const size = (t: Tick) => (orientation === 'horizontal' ? input.measure(t.text) : 16);
  const at = (t: Tick) => (orientation === 'horizontal' ? t.textX : t.textY);
  let last: (Tick & { compressed: boolean }) | undefined;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (!t.labelled) continue;
    if (last && Math.abs(at(t) - at(last)) < (size(t) + size(last)) / 2 + METRICS.minTickSpacing) {
      const drop = t.compressed && !last.compressed ? t : last.compressed ? last : t;
      all[all.indexOf(drop)] = { ...drop, labelled: false };
      if (drop === last) last = t;
      continue;
    }
    last = t;
  }
  return { ticks: all.map(({ compressed: _, ...t }) => t), unit: unit ?? 'year' };
}

/** The compressed stretches of a window, with their breaks and the word that marks them. */
function compressedStretches(
  input: LayoutInput,
  warp: TimeWarp,
  window: Interval,
  pos: Scale,
  orientation: Orientation,
  cross: number,
  boxOf: (a: number, b: number) => Box,
): CompressedStretch[] {
  const focus = warp.focus;
  if (!focus) return [];
  return stretches(warp, window)
    .filter((part) => part.compressed)
    .map((part) => {
      const a = pos(part.start);
      const b = pos(part.end);
      const box = boxOf(a, b);
      const breaks = [part.start === focus.end ? a : undefined, part.end === focus.start ? b : undefined]
        .filter((p): p is number => p !== undefined)
        .map((p) => (orientation === 'horizontal' ? { x: p, y: cross } : { x: cross, y: p }));
      const text = input.compressedText;
      const fits =
        text !== undefined && orientation === 'horizontal' && input.measure(text) + 16 <= box.width;
      return {
        box,
        breaks,
        // Above the top lane of labels.
        ...(fits ? { text: { x: box.x + box.width / 2, y: box.y + 12, text } } : {}),
      };
    });
}

function tickUnitOf(times: readonly Date[]): TickUnit {
  if (times.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return 'year';
  if (times.every((t) => t.getUTCDate() === 1)) return 'month';
  return 'day';
}

/** How far any event's span reaches before and after its anchor time; one pass per model. */
const REACH = new WeakMap<readonly TimelineEvent[], { before: number; after: number }>();

function reachOf(events: readonly TimelineEvent[]): { before: number; after: number } {
  let reach = REACH.get(events);
  if (!reach) {
    let before = 0;
    let after = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      before = Math.max(before, e.time - e.span.start);
      after = Math.max(after, e.span.end - e.time);
    }
    reach = { before, after };
    REACH.set(events, reach);
  }
  return reach;
}

/** The first index whose event's time is at least a given time (events are sorted by time). */
const firstAtOrAfter = bisector((e: TimelineEvent) => e.time).left;

/** The events a window shows, split by where their instant is. */
interface InView {
  /** Instant in the window: these are marks. */
  readonly inside: TimelineEvent[];
  /** Instant outside, span reaching in: these draw a band only. */
  readonly edge: TimelineEvent[];
  /** How many of `inside` are core events. */
  readonly cores: number;
}

/**
 * Events whose span overlaps the window (and that the filter keeps). The model is sorted by
 * time, and no span reaches further from its time than the model's widest reach, so two binary
 * searches bound the candidates: a view of a few years out of a century reads only those years.
 * One pass sorts them into marks and bands and counts the core ones.
 */
function visibleEvents(input: LayoutInput, window: Interval): InView {
  const all = input.model.events;
  const reach = reachOf(all);
  const from = firstAtOrAfter(all, window.start - reach.after);
  const to = firstAtOrAfter(all, window.end + reach.before);
  const inside: TimelineEvent[] = [];
  const edge: TimelineEvent[] = [];
  let cores = 0;
  for (let i = from; i < to; i++) {
    const e = all[i]!;
    if (e.span.end <= window.start || e.span.start >= window.end) continue;
    if (input.eventFilter && !input.eventFilter(e)) continue;
    const t = e.kind === 'period' ? e.span.start : e.time;
    if (t >= window.start && t <= window.end) {
      inside.push(e);
      if (e.importance === 'core') cores++;
    } else edge.push(e);
  }
  return { inside, edge, cores };
}

/** Each core event's rank among the model's core events (by event index); one pass per model. */
const CORE_RANK = new WeakMap<readonly TimelineEvent[], Int32Array>();

function coreRanks(events: readonly TimelineEvent[]): Int32Array {
  let ranks = CORE_RANK.get(events);
  if (!ranks) {
    ranks = new Int32Array(events.length).fill(-1);
    let rank = 0;
    for (let i = 0; i < events.length; i++) if (events[i]!.importance === 'core') ranks[i] = rank++;
    CORE_RANK.set(events, ranks);
  }
  return ranks;
}

/**
 * Splits the visible events into single marks and clusters. Below `maxMarks` every event is its
 * own mark. Above it, core events (up to about a limit) stay single and labelled, the rest are
 * binned along the axis: a bin with one event keeps it, a bin with several becomes a count.
 *
 * Both choices hold still while the reader pans or zooms: bins are fixed stretches of time (a
 * power of two of milliseconds, 1–2 bin widths in px), and the core events kept are every 2^k-th
 * by their rank in the whole model, so the same events keep their labels as the window slides,
 * and zooming in by two keeps every label and adds the ones between.
 */
function declutter(
  all: readonly TimelineEvent[],
  { inside: visible, cores: coreCount }: InView,
  position: (time: number) => number,
  msPerPx: number,
  coreLimit: number,
  cross: number,
  orientation: Orientation,
): { singles: TimelineEvent[]; clusters: ClusterMark[] } {
  if (visible.length <= METRICS.maxMarks) return { singles: visible, clusters: [] };
  const singles: TimelineEvent[] = [];
  const rest: TimelineEvent[] = [];
  const ranks = coreRanks(all);
  const stride = 2 ** Math.max(0, Math.ceil(Math.log2(coreCount / coreLimit)));
  for (let i = 0; i < visible.length; i++) {
    const e = visible[i]!;
    const rank = ranks[e.index]!;
    if (rank >= 0 && rank % stride === 0) singles.push(e);
    else rest.push(e);
  }
  // A power of two of milliseconds, at least `clusterBin` px wide: the bins, and with them the
  // clusters, stay the same through zoom steps until the scale has doubled.
  const binMs = 2 ** Math.ceil(Math.log2(METRICS.clusterBin * msPerPx));
  const bins = new Map<number, TimelineEvent[]>();
  for (let i = 0; i < rest.length; i++) {
    const e = rest[i]!;
    const bin = Math.floor(e.time / binMs);
    const list = bins.get(bin);
    if (list) list.push(e);
    else bins.set(bin, [e]);
  }
  const clusters: ClusterMark[] = [];
  for (const members of bins.values()) {
    if (members.length === 1) {
      singles.push(members[0]!);
      continue;
    }
    let start = Infinity;
    let end = -Infinity;
    let sum = 0;
    for (const m of members) {
      start = Math.min(start, m.span.start);
      end = Math.max(end, m.span.end);
      sum += position(m.time);
    }
    const at = sum / members.length;
    clusters.push({
      id: `cluster-${members[0]!.id}-${members[members.length - 1]!.id}`,
      x: orientation === 'horizontal' ? at : cross,
      y: orientation === 'horizontal' ? cross : at,
      count: members.length,
      // Neighbouring bins' circles never touch.
      radius: Math.min(METRICS.clusterBin / 2 - 1, 4 + Math.log2(members.length)),
      span: { start, end },
      events: members,
    });
  }
  // Model order (time, then span, then id) is total: marks keep their order from frame to frame.
  singles.sort((a, b) => a.index - b.index);
  clusters.sort((a, b) => a.span.start - b.span.start || a.events[0]!.index - b.events[0]!.index);
  return { singles, clusters };
}

export function layoutTimeline(input: LayoutInput): Layout {
  return input.orientation === 'vertical' ? layoutVertical(input) : layoutHorizontal(input);
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
  const requests: LabelRequest[] = order.map((i) => {
    const e = visible[i]!;
    const lane = kept?.get(e.id);
    return {
      anchor: at[i]! - x0,
      width: Math.min(
        e.importance === 'core' ? METRICS.maxCoreLabelWidth : METRICS.maxLabelWidth,
        measure(texts[i]!, e.importance === 'core') +
          METRICS.labelPadding +
          (e.importance === 'core' ? METRICS.numberWidth : 0),
      ),
      grow,
      required: e.importance === 'core',
      ...(lane !== undefined ? { lane } : {}),
    };
  });
  const placed = placeLabels(
    requests,
    x1 - x0,
    METRICS.minLanes,
    dense ? METRICS.denseLanes : METRICS.maxLanes,
  );
  const laneCount = placed.reduce((n, p) => (p ? Math.max(n, p.lane + 1) : n), 0);
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
      // Lane 0 sits nearest the axis, above the lifted marks.
      y: axisY - 14 - lift - (p.lane + 1) * (METRICS.labelHeight + METRICS.laneGap) + METRICS.laneGap,
      width: p.width,
      height: METRICS.labelHeight,
      text: texts[vi]!,
      lines: 1,
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
      ...(label ? { label, leader: { x1: mx, y1: label.y + label.height, x2: mx, y2: my - 9 } } : {}),
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
      { top, height: METRICS.seriesHeight, x0, x1 },
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
          nowLabel: horizontalNowLabel(input, nowX, height - 20, width),
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
    // A label too long for the room wraps onto a second line rather than losing its end. The
    // text fits one line if it fits inside the padding (2 × 7 px) and borders (2 × 1 px, 1.5 for
    // a core event): `labelPadding` adds slack on top, which a tight fit may use.
    const lines = textWidth + (core ? 17 : 16) > labelRoom ? 2 : 1;
    const labelHeight = METRICS.labelHeight + (lines - 1) * 20;
    const ly = Math.max(my - labelHeight / 2, previousBottom + METRICS.laneGap);
    previousBottom = ly + labelHeight;
    const lx = ltr ? labelStart : labelStart - labelWidth;
    return {
      ...mark,
      label: { x: lx, y: ly, width: labelWidth, height: labelHeight, text, lines, ...numbered(e, ranks) },
      leader: {
        x1: mx + side * 9,
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
      { top: seriesTop, height: METRICS.seriesHeight, x0, x1 },
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
          nowLabel: { x: nowWords.x, y: nowY + 2, width: nowWords.width },
        }
      : {}),
    ...(track ? { series: track } : {}),
    position: y,
    warp,
    placement: { lanes: new Map(), rows: rowsById(visible, rows) },
  };
}

/** The reference date's words centred under its rule, kept inside the chart. */
function horizontalNowLabel(
  input: LayoutInput,
  x: number,
  y: number,
  width: number,
): { x: number; y: number; width: number } {
  const w = Math.min(width, (input.referenceText ? input.measure(input.referenceText) : 0) + 8);
  return { x: Math.max(0, Math.min(x - w / 2, width - w)), y, width: w };
}

function seriesWidth(input: LayoutInput): (text: SeriesText) => number {
  return input.seriesTextWidth ?? (() => 120);
}

function selectedSeries(all: readonly Series[], ids: readonly string[] | undefined): Series[] {
  return all.filter((s) => s.points.length > 0 && (!ids || ids.includes(s.id)));
}

/** A deadline's tick across the axis, or a short arrow towards the open side of before/after. */
function deadlineAndOpen(
  e: TimelineEvent,
  x: number,
  y: number,
  orientation: Orientation,
  direction: TimeDirection,
): { deadline?: Segment; open?: Segment } {
  if (e.qualifier === 'by') {
    return orientation === 'horizontal'
      ? { deadline: { x1: x, y1: y - 13, x2: x, y2: y + 13 } }
      : { deadline: { x1: x - 13, y1: y, x2: x + 13, y2: y } };
  }
  if (e.qualifier !== 'before' && e.qualifier !== 'after') return {};
  // Before points back in time, after forward; in screen terms that depends on the direction.
  const forward = e.qualifier === 'after' ? 1 : -1;
  if (orientation === 'vertical') return { open: { x1: x, y1: y, x2: x, y2: y + forward * 26 } };
  const sign = direction === 'ltr' ? forward : -forward;
  return { open: { x1: x, y1: y, x2: x + sign * 26, y2: y } };
}

/** Drops every other tick text until neighbouring texts keep clear of each other. */
function thinTicks(ticks: Tick[], measure: (text: string) => number, orientation: Orientation): Tick[] {
  const sizes = ticks.map((t) => (orientation === 'horizontal' ? measure(t.text) : 16));
  const pos = (t: Tick) => (orientation === 'horizontal' ? t.textX : t.textY);
  for (let step = 1; step <= ticks.length; step++) {
    let ok = true;
    for (let i = step; i < ticks.length && ok; i += step) {
      const room = Math.abs(pos(ticks[i]!) - pos(ticks[i - step]!));
      if (room < (sizes[i]! + sizes[i - step]!) / 2 + METRICS.minTickSpacing) ok = false;
    }
    if (ok) return ticks.map((t, i) => ({ ...t, labelled: i % step === 0 }));
  }
  return ticks.map((t, i) => ({ ...t, labelled: i === 0 }));
}

/**
 * A text centred on a tick near the drawing's edge would run past it (a zoomed window rarely
 * starts on a tick): such a text is set against its tick on the inner side instead, or left out
 * when that would crowd the next labelled text.
 */
function keepTickTextsInside(ticks: Tick[], measure: (text: string) => number, width: number): void {
  const extent = (t: Tick) => {
    const w = measure(t.text);
    const from = t.anchor === 'middle' ? t.textX - w / 2 : t.anchor === 'left' ? t.textX : t.textX - w;
    return [from, from + w] as const;
  };
  ticks.forEach((t, i) => {
    if (!t.labelled) return;
    const [a, b] = extent(t);
    if (a >= 0 && b <= width) return;
    const moved: Tick = { ...t, anchor: a < 0 ? 'left' : 'right' };
    const [ma, mb] = extent(moved);
    const crowded = ticks.some((u, j) => {
      if (j === i || !u.labelled) return false;
      const [ua, ub] = extent(u);
      return ma < ub + METRICS.minTickSpacing && ua < mb + METRICS.minTickSpacing;
    });
    ticks[i] = ma >= 0 && mb <= width && !crowded ? moved : { ...t, labelled: false };
  });
}

/**
 * Rows for periods so that overlapping periods never share a row: periods that had a row keep it
 * where it is still free, the others take the first free row in time order. Keeping rows never
 * takes more rows than packing from scratch; when it would, the packing from scratch is taken.
 */
function packPeriods(events: readonly TimelineEvent[], kept?: ReadonlyMap<string, number>): number[] {
  const fresh = packRows(events);
  if (!kept?.size) return fresh;
  const held = packRows(events, kept);
  const count = (rows: number[]) => rows.reduce((n, r) => Math.max(n, r + 1), 0);
  return count(held) > count(fresh) ? fresh : held;
}

function packRows(events: readonly TimelineEvent[], kept?: ReadonlyMap<string, number>): number[] {
  const lanes: Lane[] = [];
  const rows = events.map(() => -1);
  const put = (i: number, row: number): boolean => {
    const { start, end } = events[i]!.span;
    while (lanes.length <= row) lanes.push(new Lane(0));
    if (!lanes[row]!.fits(start, end)) return false;
    lanes[row]!.add(start, end);
    rows[i] = row;
    return true;
  };
  if (kept) {
    events.forEach((e, i) => {
      const row = e.kind === 'period' ? kept.get(e.id) : undefined;
      if (row !== undefined) put(i, row);
    });
  }
  events.forEach((e, i) => {
    if (e.kind !== 'period' || rows[i]! >= 0) return;
    for (let row = 0; !put(i, row); row++);
  });
  const order = compactLanes(lanes);
  return rows.map((r) => (r < 0 ? 0 : order[r]!));
}

function rowsById(events: readonly TimelineEvent[], rows: readonly number[]): Map<string, number> {
  const byId = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.kind === 'period') byId.set(e.id, rows[i]!);
  });
  return byId;
}
