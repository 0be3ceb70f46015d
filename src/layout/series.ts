/**
 * The quantitative track: every selected series on one shared value scale under a horizontal
 * time scale, with disputed observations kept as ranges between their estimates.
 *
 * A figure holds until the next one is reported, so the line is drawn in steps, never curves
 * (a curve shows values nobody reported). It is solid only between firm figures reported close
 * together; across a long stretch with no figure it is dashed, and it never runs into a disputed
 * observation: joining it to one estimate would make the other look like the outlier.
 */
import { valueScale } from './scales.js';
import type { Series, SeriesAnnotation, SeriesPoint } from '../schema/model.js';
import type { CompressedStretch, Tick } from './geometry.js';
import { DAY } from '../time/partial-date.js';
import { labelLines } from './labels.js';
import { METRICS } from './metrics.js';

/** Firm figures further apart than this are joined by a dashed line: nothing was reported between them. */
export const MAX_SOLID_GAP = 548 * DAY;

/** How far above its highest estimate an open-ended range ("more than") is drawn fading out, in px. */
export const OPEN_REACH = 26;

/** Width of a disputed range's band, in px. */
const RANGE_WIDTH = 12;

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
  /** The shaded range, from the low estimate to the high one. */
  readonly band: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** Above an open top: a paler band from `y` down to the highest estimate, under an arrow. */
  readonly open?: { readonly y: number; readonly height: number; readonly arrow: string };
}

export interface SeriesLine {
  readonly series: Series;
  /** Index among the drawn series. */
  readonly index: number;
  /** Its colour: one of three, the fourth series takes the first again. */
  readonly palette: number;
  /** Steps between firm figures reported close together: drawn solid. */
  readonly path: string;
  /** Steps across long stretches with no figure: drawn dashed. */
  readonly gapPath: string;
  /** Every straight piece of the line, solid or dashed: texts keep off them. */
  readonly pieces: ReadonlyArray<readonly [Point, Point]>;
  readonly marks: readonly SeriesMark[];
  readonly disputes: readonly DisputeMark[];
  /**
   * Annotations at their dates. A note on the date of a disputed observation is tied to it (its
   * text sits by the range, with no rule of its own: an announced change is not a figure, and a
   * rule across a flat line would contradict it); any other note has a dotted rule across the track.
   */
  readonly notes: ReadonlyArray<{
    readonly x: number;
    readonly annotation: SeriesAnnotation;
    readonly rule: boolean;
    /** The disputed observation the note describes. */
    readonly dispute?: DisputeMark;
  }>;
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
  /**
   * A note told under the track (there was no room beside its date): the width it wraps in, and
   * the lines it takes there. It names its series and its date.
   */
  readonly wrap?: number;
  readonly lines?: number;
}

/** A series text where it is drawn. */
export interface PlacedSeriesText extends SeriesText {
  /** Top of the text's line box (y is its middle). */
  readonly top: number;
  /** The colour of its series (see `SeriesLine.palette`). */
  readonly palette: number;
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
  /** Bottom of the plotting area. */
  readonly bottom: number;
  /** Where the rules drawn across the track start: a little above its top. */
  readonly ruleTop: number;
  /** Top of the track's heading. */
  readonly headingTop: number;
  /**
   * Value ticks: a grid line at y, the value written from `textTop` (above it, or below where the
   * figures pass); not written where they pass both above and below.
   */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number; readonly textTop?: number }>;
  /** The side of the track where the value ticks are written. */
  readonly tickSide: 'left' | 'right';
  /** How far the heading and value texts stand in from that side of the drawing. */
  readonly tickInset: number;
  readonly texts: readonly PlacedSeriesText[];
  /** Its own time axis, when the track does not run along the timeline's (the vertical layout). */
  readonly timeAxis?: readonly Tick[];
  /** Vertical rules the track draws itself (the reference date's, in the vertical layout). */
  readonly rules?: readonly number[];
  /** With its own time axis: the stretches compressed around the document's focus, as on the timeline. */
  readonly compressed?: readonly CompressedStretch[];
  /** The height the notes told under the track take (see `notesUnder`). */
  readonly under?: number;
  /** The value ticks' texts stand on a compressed stretch: their boxes take its shade. */
  readonly shaded?: boolean;
}

/** Where a track is drawn: [x0, x1] × [top, top + height]. */
export interface TrackBox {
  readonly top: number;
  readonly height: number;
  readonly x0: number;
  readonly x1: number;
  /** Width of the whole drawing; margins as wide on both sides when not given. */
  readonly width?: number;
}

/** The most room kept for a value tick's text at the track's edge. */
export const TICK_TEXT_WIDTH = 48;

/** A value tick's text stands in a box padded this much on each side (it masks the line behind it). */
const TICK_TEXT_PADDING = 2;

const TEXT_HEIGHT = 18;

/** How far above the track a rule across it starts. */
const RULE_REACH = 8;

/** Series colours: the fourth series takes the first colour again. */
const SERIES_COLOURS = 3;

/**
 * The track's heading: how far above the track's top it starts (clear of the top tick's text,
 * with room for the dots below Arabic letters), and the room kept for it.
 */
export const HEADING_OFFSET = 40;
export const HEADING_WIDTH = 160;

/** How far above the track's top a value may be written: clear of the chart above it. */
const VALUE_REACH = 30;

/**
 * Lays out the series inside [x0, x1] × [top, top + height]. `x` maps an instant to px.
 * `textWidth` estimates the width of a series text, used to keep texts apart.
 */
export function layoutSeries(
  series: readonly Series[],
  box: TrackBox,
  x: (time: number) => number,
  textWidth: (text: SeriesText) => number,
  tickSide: 'left' | 'right' = 'left',
  /** x of vertical rules drawn across the track (the reference date's): no text sits on them. */
  rules: readonly number[] = [],
  /** x of the compressed stretches' edges: no text sits across one either. */
  edges: readonly number[] = [],
): SeriesTrack {
  const { top, height } = box;
  let max = 0;
  for (const s of series) {
    for (const p of s.points) max = Math.max(max, p.value ?? 0, p.high ?? 0, (p.low ?? 0) * 1.2);
  }
  const { scale: yScale, ticks: values } = valueScale(max, [top + height, top], 4);
  const lines = series.map((s, index) => seriesLine(s, index, x, yScale, [box.x0, box.x1]));
  // A tick's text keeps only its own room (measured as a firm figure of the track, with the gap
  // after any series text): on a phone the background's figures stand right by the value axis.
  const first = series[0]?.points[0];
  const tickWidth = (value: number) =>
    first
      ? Math.min(
          TICK_TEXT_WIDTH,
          2 * TICK_TEXT_PADDING +
            textWidth({
              key: `tick:${value}`,
              x: 0,
              y: 0,
              side: tickSide,
              seriesIndex: 0,
              kind: 'value',
              series: series[0]!,
              point: { ...first, value, approximate: false },
            }),
        )
      : TICK_TEXT_WIDTH;
  const edgeOf = (w: number) => (tickSide === 'left' ? box.x0 : box.x1 - w);
  // Clear of the figures' points by a few px (a point's radius and a gap), and of their line's
  // stroke (2 px wide): a tick's text masks what is behind it. The line may pass the text's
  // drawn box (its digits padded 2 px) a px off, 3 px off its digits, inside the gap kept after
  // it for other texts: a value left out there is a grid line a reader cannot read.
  const cut = tickSide === 'left' ? 0 : METRICS.seriesTextGap;
  const clear = (b: Box) => {
    const g = { left: b.left - 3, right: b.right + 3, top: b.top - 3, bottom: b.bottom + 3 };
    const stroke = {
      left: b.left - 1 + cut,
      right: b.right + 1 + cut - METRICS.seriesTextGap,
      top: b.top - 1,
      bottom: b.bottom + 1,
    };
    return !lines.some(
      (l) =>
        l.marks.some((m) => Math.max(g.left - m.x, m.x - g.right, g.top - m.y, m.y - g.bottom) < 4) ||
        l.pieces.some(([p, q]) => segmentHitsBox(p, q, stroke)),
    );
  };
  // A value is written above its grid line; below it, inside the track, where the figures pass
  // through the text's room above (on a phone the background's figures stand by the value axis);
  // where they pass through both, not at all: its line stays, between written values.
  // A written value is in the way of the figures' texts. Its text is measured once.
  const obstacles: Box[] = [];
  const ticks = values.map((value) => {
    const y = yScale(value);
    const width = tickWidth(value);
    const left = edgeOf(width);
    const room = (at: number) => ({
      left,
      right: left + width,
      top: at,
      bottom: at + TEXT_HEIGHT,
    });
    const textTop = clear(room(y - TEXT_HEIGHT))
      ? y - TEXT_HEIGHT
      : y + 2 + TEXT_HEIGHT <= top + height && clear(room(y + 2))
        ? y + 2
        : undefined;
    if (textTop !== undefined) obstacles.push(room(textTop));
    return { value, y, ...(textTop === undefined ? {} : { textTop }) };
  });
  // The track's heading ("Figures (troops)") sits above the top tick, at the same edge.
  const headLeft = tickSide === 'left' ? box.x0 : box.x1 - HEADING_WIDTH;
  obstacles.push({
    left: headLeft,
    right: headLeft + HEADING_WIDTH,
    top: top - HEADING_OFFSET,
    bottom: top - TEXT_HEIGHT,
  });
  // No figure text sits on a rule: the value grid, the reference date's rule, a note's rule.
  for (const t of ticks) obstacles.push({ left: box.x0, right: box.x1, top: t.y - 1, bottom: t.y + 1 });
  const vertical = [
    ...rules,
    ...edges,
    ...lines.flatMap((l) => l.notes.filter((n) => n.rule).map((n) => n.x)),
  ];
  for (const rx of vertical)
    obstacles.push({ left: rx - 1, right: rx + 1, top: top - 40, bottom: top + height + 8 });
  // Nor on a disputed range.
  for (const d of lines.flatMap((l) => l.disputes)) {
    obstacles.push({
      left: d.band.x - 2,
      right: d.band.x + d.band.width + 2,
      top: (d.open?.y ?? d.band.y) - 2,
      bottom: d.band.y + d.band.height + 2,
    });
  }
  const texts = placeTexts(lines, box, textWidth, obstacles, ticks, edges);
  // Cut exactly at the track's ends (a line running on past the value axis reads as a minus
  // sign before its figures), with room above for the arrow of an open-topped estimate.
  const clip = { x: box.x0, y: top - 40, width: box.x1 - box.x0, height: height + 48 };
  const width = box.width ?? box.x0 + box.x1;
  return {
    y: top,
    height,
    bottom: top + height,
    ruleTop: top - RULE_REACH,
    headingTop: top - HEADING_OFFSET,
    x0: box.x0,
    x1: box.x1,
    clip,
    lines,
    ticks,
    tickSide,
    tickInset: tickSide === 'left' ? box.x0 : width - box.x1,
    texts: texts.map((t) => ({ ...t, top: t.y - TEXT_HEIGHT / 2, palette: t.seriesIndex % SERIES_COLOURS })),
  };
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
  /** The line's stops, in time order: a firm figure, or a break at a disputed observation. */
  const stops: Array<{ time: number; x: number; y: number } | null> = [];
  for (const [time, points] of [...byTime].sort((a, b) => a[0] - b[0])) {
    const px = x(time);
    const bounded = points.length > 1 || points.some((p) => p.value === undefined);
    // Points outside the window are not drawn; the line still passes them (and is clipped).
    stops.push(bounded ? null : { time, x: px, y: y(points[0]!.value!) });
    if (!inside(px)) continue;
    for (const p of points) marks.push({ time, x: px, y: y(p.value ?? p.low ?? p.high ?? 0), point: p });
    if (bounded) disputes.push(disputeOf(time, px, points, y));
  }
  const pieces = stepPieces(stops);
  const { solid, dashed } = stepPaths(pieces);
  const notes = s.annotations
    .map((annotation) => {
      const nx = x(annotation.time);
      // A note dated to the month of a dispute (or closer) describes that observation.
      const dispute = disputes.find((d) => Math.abs(d.time - annotation.time) <= 31 * DAY);
      return { x: dispute?.x ?? nx, annotation, rule: !dispute, ...(dispute ? { dispute } : {}) };
    })
    .filter((n) => inside(n.x));
  return {
    series: s,
    index,
    palette: index % SERIES_COLOURS,
    path: solid,
    gapPath: dashed,
    pieces: [...pieces.solid, ...pieces.dashed],
    marks,
    disputes,
    notes,
  };
}

function disputeOf(
  time: number,
  px: number,
  points: readonly SeriesPoint[],
  y: (v: number) => number,
): DisputeMark {
  const values = points.flatMap((p) => [p.value, p.low, p.high]).filter((v): v is number => v !== undefined);
  const yTop = y(Math.max(...values));
  const yBottom = y(Math.min(...values));
  const openTop = points.some((p) => p.low !== undefined && p.high === undefined);
  const arrow = `M${px - 5},${yTop - OPEN_REACH + 6}L${px},${yTop - OPEN_REACH}L${px + 5},${yTop - OPEN_REACH + 6}`;
  return {
    time,
    x: px,
    yTop,
    yBottom,
    openTop,
    points,
    // At least a few px tall, so two close estimates still read as a range.
    band: {
      x: px - RANGE_WIDTH / 2,
      y: Math.min(yTop, yBottom - 4),
      width: RANGE_WIDTH,
      height: Math.max(4, yBottom - yTop),
    },
    ...(openTop ? { open: { y: yTop - OPEN_REACH, height: OPEN_REACH, arrow } } : {}),
  };
}

/** A straight piece of the drawn line. */
type Piece = readonly [Point, Point];

/**
 * The line in steps: each figure holds until the next is reported, then the line steps to it.
 * Steps between firm figures reported within `MAX_SOLID_GAP` are solid, longer ones dashed; a
 * disputed observation (null) breaks the line.
 */
export function stepPieces(stops: ReadonlyArray<{ time: number; x: number; y: number } | null>): {
  solid: Piece[];
  dashed: Piece[];
} {
  const solid: Piece[] = [];
  const dashed: Piece[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (!a || !b) continue;
    const to = b.time - a.time > MAX_SOLID_GAP ? dashed : solid;
    const corner = { x: b.x, y: a.y };
    to.push([{ x: a.x, y: a.y }, corner], [corner, { x: b.x, y: b.y }]);
  }
  return { solid, dashed };
}

function stepPaths({ solid, dashed }: { solid: readonly Piece[]; dashed: readonly Piece[] }): {
  solid: string;
  dashed: string;
} {
  const path = (pieces: readonly Piece[]) => {
    let d = '';
    let last: Point | undefined;
    for (const [p, q] of pieces) {
      if (!last || last.x !== p.x || last.y !== p.y) d += `M${round(p.x)},${round(p.y)}`;
      d += `L${round(q.x)},${round(q.y)}`;
      last = q;
    }
    return d;
  };
  return { solid: path(solid), dashed: path(dashed) };
}

const round = (v: number) => Math.round(v * 100) / 100;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from p to q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  // The four edges in turn (left, right, top, bottom), with no array made: text placement asks
  // this for every piece of line at every spot it tries.
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 4; k++) {
    const d = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
    const room = k === 0 ? p.x - b.left : k === 1 ? b.right - p.x : k === 2 ? p.y - b.top : b.bottom - p.y;
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

/** How far a value stands from its point's centre along x: above or below it, and level with it. */
const VALUE_GAP = 8;
const LEVEL_GAP = 10;

/** How far at a time a value tries spots further above or below its point, in px. */
const VALUE_STEP = 3;

/** How much further off its point a value may stand to keep clear of a shade's edge, px. */
const PAST_EDGE = 2 * TEXT_HEIGHT;

/**
 * Places estimates at disputes, a note beside each annotation, a value for each figure (where
 * the line changes) and a title at each series' first mark it can sit by, skipping any text that
 * would collide with one already placed.
 *
 * A value is written right beside a point of its own figure, above, below or level with it, on
 * either side, never across a line and well clear of every other figure's point: a figure moved
 * further away, or nearer another point, reads as the figure of that point. A value with no such
 * place is left out; the point keeps its accessible name and the list view shows it.
 */
function placeTexts(
  lines: readonly SeriesLine[],
  box: TrackBox,
  textWidth: (text: SeriesText) => number,
  obstacles: readonly Box[],
  grid: ReadonlyArray<{ y: number }>,
  edges: readonly number[],
): SeriesText[] {
  let placed: Array<Box & { text?: SeriesText }> = [...obstacles];
  /**
   * The figure a title may stand right over or under: its line's latest; and the estimates a
   * title may stand level with, across their range.
   */
  let latest: SeriesPoint | undefined;
  let beside: readonly SeriesPoint[] = [];
  // A figure at b with a grid line between it and its point at a reads as a figure past that line.
  const apart = (a: number, b: number) => grid.some(({ y }) => (y - a) * (y - b) < 0);
  const mid = (box.x0 + box.x1) / 2;
  const sideOf = (x: number) => (x > mid ? 'left' : 'right');
  // What a title or a value must not cover: every drawn point, and the line between them.
  const marks = lines.flatMap((l) => l.marks);
  const segments = lines.flatMap((l) => l.pieces);
  /**
   * Whether the box lies on the line or near a point: a title keeps `POINT_CLEARANCE` from every
   * point, a value `VALUE_CLEARANCE` from every point but those of its own figure (its point
   * and the rest of its plateau, which report the same figure).
   */
  const covers = (b: Box, own: ReadonlySet<SeriesMark> | 'title') =>
    marks.some(
      (m) =>
        Math.max(b.left - m.x, m.x - b.right, b.top - m.y, m.y - b.bottom) <
        (own === 'title' || own.has(m) ? POINT_CLEARANCE : VALUE_CLEARANCE),
    ) || segments.some(([p, q]) => segmentHitsBox(p, q, b));
  /**
   * Puts the text at the first free spot of those given, or leaves it out. A title, and a value
   * with its own point, also keep off the points and the line (`covers`).
   */
  /** The box of a text at a spot, or undefined when it would leave the track or hit something placed. */
  const free = (
    t: Pick<SeriesText, 'side' | 'x' | 'y'>,
    w: number,
    clearOf?: ReadonlySet<SeriesMark> | 'title',
    reach = TEXT_HEIGHT,
    apart = 0,
  ): Box | undefined => {
    const left = t.side === 'right' ? t.x : t.x - w;
    const b = { left, right: left + w, top: t.y - TEXT_HEIGHT / 2, bottom: t.y + TEXT_HEIGHT / 2 };
    // Kept `apart` px off the figures' texts along its row (a title only; the rest ask for none).
    const wide = apart ? { ...b, left: left - apart, right: b.right + apart } : undefined;
    const out =
      left < box.x0 - 1 ||
      b.right > box.x1 + 1 ||
      b.top < box.top - reach ||
      b.bottom > box.top + box.height + TEXT_HEIGHT;
    if (
      out ||
      placed.some(
        (p) =>
          overlaps(p, b) ||
          (wide &&
            p.text &&
            p.text.kind !== 'title' &&
            !beside.includes(p.text.point!) &&
            (overlaps(p, wide) ||
              // Nor right over or under a figure but its own line's latest.
              (!!p.text.point &&
                p.text.point !== latest &&
                overlaps(p, { ...b, top: b.top - TEXT_HEIGHT / 2, bottom: b.bottom + TEXT_HEIGHT / 2 })))),
      ) ||
      (clearOf && covers(b, clearOf))
    )
      return undefined;
    return b;
  };
  const fits = (t: SeriesText, w: number, y: number) =>
    free({ side: t.side, x: t.x, y }, w, 'title') !== undefined;
  // A text's width is the same at every spot it tries (its words do not move with it): measured
  // once. The text is copied to its spot only where it is placed.
  const place = (
    text: SeriesText,
    spots: Iterable<Partial<SeriesText>>,
    clearOf?: ReadonlySet<SeriesMark> | 'title',
    reach = TEXT_HEIGHT,
    apart = 0,
    beyond = 2,
  ) => {
    const w = textWidth(text);
    const all = [...spots];
    // A text that would run across a shade's edge, or touch it, first slides back along its row
    // to stand just short of it, still over or under its point; only with `beyond` may it stand
    // just past the edge, a little further off its point (a compressed stretch narrower than the
    // figure's text), and further off than `PAST_EDGE` only where no spot of its own is free.
    for (const far of beyond ? [false, true] : [false])
      for (const spot of all) {
        const side = spot.side ?? text.side;
        const x = spot.x ?? text.x;
        const edge = edges.find((e) =>
          side === 'left' ? x - w < e + 2 && e - 2 < x : x < e + 2 && e - 2 < x + w,
        );
        // (With no edge in the way, `near` is false: NaN is less than nothing.)
        const near = Math.abs(edge! - x) < PAST_EDGE;
        const sign = side === 'left' ? -1 : 1;
        const past = edge! + 2 * sign;
        const short = edge! - (2 + w) * sign;
        for (const at of far
          ? edge === undefined || near
            ? []
            : [past]
          : edge === undefined
            ? [x]
            : beyond && near
              ? [x, short, past]
              : [x, short]) {
          const b = free({ side, x: at, y: spot.y ?? text.y }, w, clearOf, reach, apart);
          if (!b) continue;
          placed.push({ text: { ...text, ...spot, x: at }, ...b });
          return true;
        }
      }
    return false;
  };
  /**
   * A value right beside its own point: above or below it, or level with it on the side the line
   * does not run (a step arrives from above or below and leaves level), on either side.
   */
  const placeValue = (l: SeriesLine, m: SeriesMark, run: readonly SeriesMark[], beyond: number): boolean => {
    const first = sideOf(m.x);
    // Level with the point the text stands a little further off, clear of the step beside it;
    // failing all these, further above or below, a few px at a time up to a line further off:
    // between a rule and another text in the way, a crowded figure finds the gap that fits it.
    const rise = TEXT_HEIGHT / 2 + 3;
    const sides = [first, first === 'left' ? 'right' : 'left'] as const;
    // Next, nearly level: a step lower or higher and a step further off, which still reads as
    // beside its point (on a phone, between a neighbour's point and a wide estimate above).
    const further = [VALUE_STEP, -VALUE_STEP, 2 * VALUE_STEP, -2 * VALUE_STEP];
    for (let d = rise + VALUE_STEP; d <= rise + TEXT_HEIGHT; d += VALUE_STEP) further.push(-d, d);
    // Made as they are tried, on one side of the grid lines or past one (`across`): the first
    // usually fits.
    const spots = function* (across: boolean) {
      for (const rises of [[-rise, rise, 0], further])
        for (const side of sides)
          for (const dy of rises)
            if (apart(m.y, m.y + dy) === across)
              yield {
                side,
                x:
                  m.x +
                  (side === 'left' ? -1 : 1) *
                    (Math.abs(dy) >= rise ? VALUE_GAP : dy ? LEVEL_GAP + VALUE_STEP : LEVEL_GAP),
                y: m.y + dy,
              };
    };
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
    // Spots on the point's side of every grid line first; only where none has room does a
    // figure stand past one.
    const own = new Set(run);
    if (place(text, spots(false), own, VALUE_REACH, 0, beyond)) return true;
    // A figure by its own point comes before estimates by their range, which can be told under
    // the track: the estimates give up their room to it, then try their other spots.
    const all = placed;
    placed = placed.filter((p) => p.text?.kind !== 'estimate');
    if (place(text, spots(false), own, VALUE_REACH, 0, beyond)) {
      placeStacks();
      return true;
    }
    placed = all;
    return place(text, spots(true), own, VALUE_REACH, 0, beyond);
  };
  /** Where asked, else moved up or down by half a line at a time (to dodge a rule), up to two lines. */
  const near = (y: number) =>
    [0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2].map((k) => ({ y: y + k * TEXT_HEIGHT }));
  /**
   * A dispute's estimates, written as one stack beside the range, highest first, centred on the
   * range, so that each sits level with its own end of it and neither reads as the main figure;
   * the stack moves as a whole. Every estimate is written, or none is singled out: where one has
   * no place (a narrow phone), none is written by the range, and all are told under the track
   * (see `notesUnder`).
   */
  const placeStack = (l: SeriesLine, d: DisputeMark): void => {
    const side = sideOf(d.x);
    const sorted = highestFirst(d.points);
    const middle = (d.yTop + d.yBottom) / 2;
    const texts = sorted.map((p, i): SeriesText => ({
      key: `${l.series.id}:e:${d.time}:${i}`,
      x: d.x + (side === 'left' ? -10 : 10),
      y: middle + (i - (sorted.length - 1) / 2) * TEXT_HEIGHT,
      side,
      seriesIndex: l.index,
      kind: 'estimate',
      point: p,
      series: l.series,
    }));
    // The stack tries both sides of the range, moving up or down as a whole by up to three lines.
    const steps = [0, -0.25, 0.25, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -2.5, 2.5, -3, 3];
    const sides = [side, side === 'left' ? 'right' : 'left'] as const;
    const widths = texts.map(textWidth);
    const spot = sides
      .flatMap((sd) => steps.map((k) => ({ sd, k })))
      // The stack keeps to the range's side of every grid line.
      .find(
        ({ sd, k }) =>
          !apart(middle, middle + k * TEXT_HEIGHT) &&
          texts.every((t, i) =>
            fits({ ...t, side: sd, x: d.x + (sd === 'left' ? -10 : 10) }, widths[i]!, t.y + k * TEXT_HEIGHT),
          ),
      );
    const before = placed.length;
    for (const t of texts) {
      if (spot) {
        const x = d.x + (spot.sd === 'left' ? -10 : 10);
        place(t, [{ side: spot.sd, x, y: t.y + spot.k * TEXT_HEIGHT }], 'title');
      } else place(t, near(t.y), 'title');
    }
    if (placed.length - before < texts.length) placed.length = before;
  };
  const placeStacks = () => lines.forEach((l) => l.disputes.forEach((d) => placeStack(l, d)));
  // Estimates first: a disputed figure must always be readable.
  placeStacks();
  // Notes next: an announced change belongs beside its date, near the top of the track.
  for (const l of lines) {
    for (const [i, n] of l.notes.entries()) {
      const side = sideOf(n.x);
      // A note on a disputed observation sits just above its range, beside it; any other note
      // near the top of the track, beside its rule.
      const y = n.dispute
        ? (n.dispute.open?.y ?? n.dispute.yTop) - TEXT_HEIGHT / 2 + 4
        : box.top + TEXT_HEIGHT / 2;
      place(
        {
          key: `${l.series.id}:n:${i}`,
          x: n.x + (side === 'left' ? -10 : 10),
          y,
          side,
          seriesIndex: l.index,
          kind: 'note',
          note: n.annotation,
          series: l.series,
        },
        near(y),
        'title',
      );
    }
  }
  // Values next, before the titles: every figure must be readable beside a point of its own. A
  // figure is a run of equal firm values (a plateau reports the same figure again): it is written
  // once (two texts of one figure, "2,500" and "about 2,500", read as two figures), at the run's
  // start, or its end where the start has no room; the line's latest figure first, at its end,
  // since it is the one a reader looks for.
  for (const l of lines) {
    const disputed = new Set(l.disputes.map((d) => d.time));
    const runs: SeriesMark[][] = [];
    for (const m of l.marks) {
      if (disputed.has(m.time) || m.point.value === undefined) continue;
      const run = runs.at(-1);
      if (run && run[0]!.point.value === m.point.value) run.push(m);
      else runs.push([m]);
    }
    if (runs.length) runs.unshift(runs.pop()!.reverse());
    // Past a shade's edge only where neither end has a spot on the point's side of it, across a
    // grid line if need be: a figure under the rule below its point is nearer it than one past
    // the edge.
    for (const run of runs)
      [0, 2].some((beyond) => placeValue(l, run[0]!, run, beyond) || placeValue(l, run.at(-1)!, run, beyond));
  }
  for (const l of lines) {
    // A line is named at its end, where the reader's question is: the title tries its latest
    // marks first. Where the line ends at a disputed observation whose estimates stand beside
    // the range, it stands across the range from them, level with their middle, so that it names
    // the range and neither estimate, or else heads the texts beside the range as one list.
    // Failing that, beside an earlier point, above or below, on either side (made as tried).
    // A title beside a figure reads with it as one phrase ("3,000 US troops in Iraq"): it keeps
    // two lines' height off the figures' texts along its row, and half a line off those right
    // over or under it but its line's latest; only where no spot does, it stands where it fits.
    const last = l.marks.at(-1);
    if (last) {
      // (The line's end is a disputed observation: no one estimate is its latest figure.)
      const ranged = l.disputes.find((d) => d.time === last.time);
      latest = ranged ? undefined : last.point;
      const spots = function* () {
        for (let i = l.marks.length; i--;) {
          const m = l.marks[i]!;
          for (const side of [sideOf(m.x), sideOf(m.x) === 'left' ? 'right' : 'left'] as const)
            for (const k of [-1, 1])
              for (const spot of near(m.y + k * TEXT_HEIGHT))
                yield { y: spot.y, side, x: m.x + (side === 'left' ? -10 : 10) };
        }
      };
      const title: SeriesText = {
        key: `${l.series.id}:title`,
        x: last.x,
        y: last.y,
        side: sideOf(last.x),
        seriesIndex: l.index,
        kind: 'title',
        series: l.series,
      };
      const stack = placed.filter(
        (p) => p.text?.kind === 'estimate' && ranged?.points.includes(p.text.point!),
      );
      const side = stack[0]?.text!.side;
      beside = ranged?.points ?? [];
      const ended =
        side &&
        place(
          title,
          [
            {
              side: side === 'left' ? ('right' as const) : ('left' as const),
              x: ranged!.x + (side === 'left' ? 10 : -10),
              y: stack.reduce((y, p) => y + p.text!.y, 0) / stack.length,
            },
            // Else heading the texts beside the range (its note, or its estimates as one list).
            [
              ...placed.filter((p) =>
                l.notes.some((n) => n.dispute === ranged && n.annotation === p.text?.note),
              ),
              ...stack,
            ].reduce((a, b) => (b.top < a.top ? b : a)),
          ].map((p): Partial<SeriesText> =>
            'top' in p ? { side, x: p.text!.x, y: p.top - TEXT_HEIGHT / 2 } : p,
          ),
          'title',
          TEXT_HEIGHT,
          2 * TEXT_HEIGHT,
        );
      beside = [];
      if (!ended && !place(title, spots(), 'title', TEXT_HEIGHT, 2 * TEXT_HEIGHT))
        place(title, spots(), 'title');
    }
  }
  const texts: SeriesText[] = [];
  for (const p of placed) if (p.text) texts.push(p.text);
  return texts;
}

/** A dispute's estimates, highest first, as they are written beside its range and under the track. */
const highestFirst = (points: readonly SeriesPoint[]) =>
  [...points].sort((a, b) => (b.value ?? b.low ?? b.high ?? 0) - (a.value ?? a.low ?? a.high ?? 0));

/**
 * The estimates and notes that found no place beside their date (on a phone, the track is too
 * narrow for a sentence), told under the track from `top`, one after another, each wrapped
 * across the track and naming its series and its date: a disputed figure or an announced change
 * is told in text rather than left out. `ltr`: the track's reading side is its left.
 */
export function notesUnder(
  track: Pick<SeriesTrack, 'lines' | 'texts' | 'x0' | 'x1'>,
  top: number,
  textWidth: (text: SeriesText) => number,
  ltr: boolean,
): { texts: PlacedSeriesText[]; height: number } {
  const told = new Set<unknown>(track.texts.flatMap((t) => [t.note, t.point]));
  const wrap = track.x1 - track.x0;
  const texts: PlacedSeriesText[] = [];
  let y = top;
  for (const l of track.lines) {
    const all: Array<Pick<SeriesText, 'key' | 'point' | 'note'>> = [
      ...l.disputes.flatMap((d) =>
        highestFirst(d.points).map((point, i) => ({ key: `e:${d.time}:${i}`, point })),
      ),
      ...l.notes.map((n, i) => ({ key: `n:${i}`, note: n.annotation })),
    ];
    for (const u of all) {
      if (told.has(u.point ?? u.note)) continue;
      const text: SeriesText = {
        ...u,
        key: `${l.series.id}:${u.key}`,
        x: ltr ? track.x0 : track.x1,
        y,
        side: ltr ? 'right' : 'left',
        seriesIndex: l.index,
        kind: u.point ? 'estimate' : 'note',
        series: l.series,
        wrap,
      };
      const lines = labelLines(textWidth(text), wrap);
      texts.push({
        ...text,
        lines,
        y: y + (lines * TEXT_HEIGHT) / 2,
        top: y,
        palette: l.index % SERIES_COLOURS,
      });
      y += lines * TEXT_HEIGHT + 4;
    }
  }
  return { texts, height: y - top };
}
