/**
 * The chart's side margin, a mark's click target and the gap kept around texts, px, also as
 * constants of their own: the overview strip's and the tooltip's chunks read these, and a table
 * they imported would stay a table in the bundle (every size read from it at run time) instead
 * of being written in where it is used.
 */
export const MARGIN = 16;
export const TARGET = 24;
export const TEXT_GAP = 6;

/** Every fixed size the layout uses, in px, in one table. */
export const METRICS = {
  margin: MARGIN,
  labelHeight: 22,
  laneGap: 4,
  /** A context label's measure: about 34 characters, wrapped beyond. */
  maxLabelWidth: 220,
  /** A core label carries its number and date too. */
  maxCoreLabelWidth: 400,
  // Horizontal padding (2 × 7 px) and borders (2 × 1 px) of a label, plus rounding slack.
  labelPadding: 20,
  minLanes: 3,
  /**
   * Lanes a context label may open when the lanes there are hold no room for it whole: a
   * story's context event keeps its label, never cut, at the cost of a taller chart.
   */
  openLanes: 3,
  maxLanes: 24,
  /**
   * Up to this many marks in view, a news story's size, labels stand clear of each other's
   * leaders, stepping up over a crowd of marks; in a fuller view they keep steady lanes as it pans.
   */
  storyMarks: 40,
  periodRow: 10,
  tickArea: 30,
  /** The figures track: tall enough that a disputed range and its two sources read clearly. */
  seriesHeight: 170,
  /**
   * On a phone the background's figures crowd together along time, a few px apart: a taller
   * track sets them further apart in value, so each figure finds room beside its own point.
   */
  phoneSeriesHeight: 200,
  seriesGap: 40,
  /** Room kept after each text on the figures track, so that two texts never touch. */
  seriesTextGap: 8,
  minTickSpacing: 12,
  /** Vertical: room for tick texts beside the axis. */
  verticalTickWidth: 64,
  verticalRowHeight: 40,
  /** Above this many visible events, dense stretches are drawn as clusters. */
  maxMarks: 250,
  /**
   * Above this many unlabelled context marks in a view, they are drawn as one path per
   * category (see mark-paths.ts); a view of a news story's size keeps an element per mark.
   */
  pathMarks: 100,
  /** Core events kept as single, labelled marks in a dense view (horizontal, vertical). */
  denseCore: 120,
  denseCoreVertical: 40,
  /** Width of a clustering bin along the axis, in px. */
  clusterBin: 18,
  /** Label lanes for required labels in a dense view. */
  denseLanes: 8,
  /** The side of a mark's click target: marks are dodged at least this far apart. */
  target: TARGET,
  /** How far dodged marks stand off the axis. */
  lift: 24,
  /**
   * Phone: marks closer in time than this stand in columns this far apart across the axis, each at
   * its own time; two click targets (24 px) then overlap by a sixth of their area at most.
   */
  column: 20,
  /** Room for a core label's number: its badge (18 px) and the space after it. */
  numberWidth: 22,
  /** Marker symbols' areas in px²: a core event's is twice a context event's. */
  markerArea: 64,
  coreMarkerArea: 130,
  /** The focus ring around a marker, and how far a cluster's ring stands off its circle. */
  focusRing: 11,
  /**
   * The ring of a mark under the pointer (or focused), drawn just outside the focus ring so the
   * two read as one mark's rings, never as each other.
   */
  hoverRing: 15,
  ringGap: 4,
  /** A leader stops this far from its marker's centre: clear of a core marker (radius 6.4). */
  leaderGap: 9,
  /** Half a deadline's tick across the axis, and the length of a before/after arrow. */
  deadlineReach: 13,
  openReach: 26,
  /** What a tooltip and the reference date's words keep between themselves and any drawn text. */
  textGap: TEXT_GAP,
} as const;

/**
 * How tall the chart's small texts are drawn, per script: Arabic is set a pixel larger than
 * Latin, and its font reaches further above and below the baseline. What is placed last (a
 * tooltip, the reference date's words) keeps clear of these boxes, so they are the heights the
 * browser gives the drawn texts, not estimates.
 */
export interface TextLines {
  /** A tick's text (SVG, drawn at a baseline): how far its glyphs reach above it, and their height. */
  readonly tickAscent: number;
  readonly tick: number;
  /** The figures track's heading ("Figures (troops)"): its line. */
  readonly heading: number;
  /** A figure, estimate, note or series title on the track: its line. */
  readonly figure: number;
  /** A value on the track's axis: its glyphs, which overflow its 16 px line evenly. */
  readonly value: number;
  /** The reference date's words on one line, and each line of them where they wrap. */
  readonly reference: number;
  readonly wrapped: number;
}

export const TEXT_LINES: { readonly latin: TextLines; readonly arabic: TextLines } = {
  latin: { tickAscent: 13, tick: 17, heading: 20, figure: 18, value: 17, reference: 20, wrapped: 18 },
  arabic: { tickAscent: 14, tick: 18, heading: 20, figure: 18, value: 18, reference: 20, wrapped: 18 },
};

/** The text lines of the interface language: Arabic's own, else Latin's. */
export function textLines(language: string | undefined): TextLines {
  return language && /^ar(-|$)/i.test(language) ? TEXT_LINES.arabic : TEXT_LINES.latin;
}
