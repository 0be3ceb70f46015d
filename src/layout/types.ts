/** What a layout takes in and what it gives out: plain objects, every number in px. */
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import type { TickUnit } from '../locale/format.js';
import type { Box, CompressedStretch, Segment, Tick } from './geometry.js';
import type { SeriesText, SeriesTrack } from './series.js';
import type { TimeWarp } from './warp.js';

export type { Box, CompressedStretch, Segment, Tick } from './geometry.js';

export type TimeDirection = 'ltr' | 'rtl';
/** Which way forward in time runs on screen: the arrow key that steps to the next event. */
export type Forward = 'right' | 'left' | 'down';
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
  /** The interface language: the chart's texts are drawn in its font (see `textLines`). */
  readonly language?: string;
  /** Width of a text at the small font, bold (tick texts, the reference words); `measure` when absent. */
  readonly smallWidth?: (text: string) => number;
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
  /**
   * The reader's pointer holds the chart (a drag or a pinch): the label lanes and period rows keep
   * the counts `keep` drew, so the chart's height holds still under the finger until it lifts.
   */
  readonly hold?: boolean;
  /** The word that marks a stretch of time drawn compressed around the document's focus. */
  readonly compressedText?: string;
  /** Width in px of a cluster's count as drawn in its bubble; estimated from its digits when absent. */
  readonly clusterCountWidth?: (count: number) => number;
  /**
   * Vertical: the height in px of the story card opened in the chart, under the timeline and
   * above the figures track (a phone keeps a tapped mark's card by it, not a page further down).
   */
  readonly cardRoom?: number;
}

/** Label lanes (horizontal layouts) and period rows, by event id. */
export interface Placement {
  readonly lanes: ReadonlyMap<string, number>;
  readonly rows: ReadonlyMap<string, number>;
  /** Lines each label's box took (horizontal): a label keeps its shape with its lane. */
  readonly lines?: ReadonlyMap<string, number>;
  /** The column across the axis each mark stood in (vertical; 0 on the axis). */
  readonly columns?: ReadonlyMap<string, number>;
  /** Vertical: how much lower the axis started, to leave its first labels room above it. */
  readonly rise?: number;
  /** The label lanes and period rows the chart made room for (horizontal). */
  readonly laneCount?: number;
  readonly rowCount?: number;
  /** The widest a core label and a context label were set (horizontal). */
  readonly measures?: LabelMeasures;
}

/**
 * The widest a core label and a context label may be set, px, whether boxes keep off the rule, and
 * whether the headlines climb in their order (see `placeLabels`).
 */
export type LabelMeasures = readonly [core: number, context: number, offRule: boolean, climb: boolean];

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
  /**
   * Where the label stands beside its mark rather than over it (away from the reference date's
   * rule): the leader's stretch from over the mark across to the label's side.
   */
  readonly arm?: Segment;
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

/** Several events too close to draw apart: one mark with a count that zooms in when chosen. */
export interface ClusterMark {
  /** Stable for the same members: `cluster-<first id>-<last id>`. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly radius: number;
  /** The focus ring's radius. */
  readonly ring: number;
  /** The time span of the members. */
  readonly span: Interval;
  readonly events: readonly TimelineEvent[];
  /** Whether the count is drawn inside the bubble (there was room for it); the name always says it. */
  readonly countShown?: boolean;
  /**
   * A drawn count's patch of the background, over the marks it meets and inside its bubble's
   * outline: a mark on the bubble never runs through its digits.
   */
  readonly countBox?: Box;
}

export interface Layout {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly window: Interval;
  readonly timeDirection: TimeDirection;
  /** Which way forward in time runs on screen: the arrow key that steps to the next event. */
  readonly forward: Forward;
  /** Where a window's start and end fall along the time axis (px): reversed when time runs right to left. */
  readonly range: readonly [number, number];
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
   * `text` is the words as drawn: a date wider than the tick column may break at its spaces.
   */
  readonly nowLabel?: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly text: string;
    /** The lines the words are set on in that width. */
    readonly lines: number;
  };
  readonly series?: SeriesTrack;
  /** Vertical: the room kept for the story card (see `LayoutInput.cardRoom`), from y, across the chart. */
  readonly card?: { readonly y: number; readonly height: number };
  /** The position of an instant along the time axis (x when horizontal, y when vertical). */
  readonly position: (time: number) => number;
  /** The time scale: even in axis time, compressed around the document's focus. */
  readonly warp: TimeWarp;
  /** Lanes and rows as placed, for the next layout's `keep`. */
  readonly placement: Placement;
}
