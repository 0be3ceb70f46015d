/**
 * Every box the chart already draws something in: labels, marks, tick texts, the reference
 * date's words, the compressed stretch's word, and the figures track's heading, texts, values,
 * points and lines. What is placed last (a tooltip, the reference words) keeps clear of them.
 */
import type { Box, Segment } from './geometry.js';
import type { SeriesText } from './series.js';
import type { Layout } from './types.js';
import { METRICS, TEXT_GAP, TEXT_LINES, type TextLines } from './metrics.js';

/** Widths of the texts the layout places without keeping their widths. */
export interface TextWidths {
  /** A tick's or a note's text, at the small font. */
  readonly small: (text: string) => number;
  /** A series text's measured width (title, value, estimate, note); the gap after it is added here. */
  readonly series?: (text: SeriesText) => number;
  /** The figures track's heading ("Figures (troops)"); its whole row when undefined. */
  readonly heading?: number;
  /** How tall the texts are drawn in the interface language (Latin's when undefined). */
  readonly lines?: TextLines;
}

/**
 * A box something is drawn in; `text` when it holds words, which a tooltip never covers (it may
 * cover a mark or a line that it does not describe, but no reader loses a word to it).
 */
export interface Taken extends Box {
  readonly text?: true;
  /** An event's label (a text too). */
  readonly label?: true;
  /** A core event's label (a headline) or mark, or the story card: a tooltip never covers it. */
  readonly core?: true;
  /** An event's mark or a cluster's bubble, centred in the box. */
  readonly mark?: true;
}

/** Half a mark's click target: the mark and the ring drawn when it is pointed at. */
const MARK = 12;
/** Room kept around a figure's line. */
const LINE_PAD = 4;

/** The area two boxes share. */
export function sharedArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box of a drawn line, with a pixel either side. */
function segmentBox(s: Segment): Box {
  const x = Math.min(s.x1, s.x2) - 2;
  const y = Math.min(s.y1, s.y2) - 2;
  return { x, y, width: Math.abs(s.x2 - s.x1) + 4, height: Math.abs(s.y2 - s.y1) + 4 };
}

/** The box of a tick's text anchored at x with its baseline at y, as tall as its glyphs are drawn. */
function textBox(
  x: number,
  y: number,
  width: number,
  anchor: 'left' | 'middle' | 'right',
  lines: TextLines,
): Taken {
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'right' ? x - width : x;
  return { x: left, y: y - lines.tickAscent, width, height: lines.tick, text: true };
}

/** The boxes of everything drawn in the chart. */
export function occupiedBoxes(
  layout: Pick<
    Layout,
    | 'orientation'
    | 'width'
    | 'axis'
    | 'events'
    | 'clusters'
    | 'ticks'
    | 'compressed'
    | 'series'
    | 'nowLabel'
    | 'card'
  >,
  widths: TextWidths,
): Taken[] {
  const lines = widths.lines ?? TEXT_LINES.latin;
  const boxes: Taken[] = [segmentBox(layout.axis)];
  // The story card a reader opened in the chart is never covered.
  if (layout.card) boxes.push({ x: 0, ...layout.card, width: layout.width, core: true });
  for (const m of layout.events) {
    if (m.label)
      boxes.push({
        ...m.label,
        text: true,
        label: true,
        ...(m.event.importance === 'core' ? { core: true } : {}),
      });
    // A core mark is a headline's own mark: a tooltip over it would hide where the story is.
    if (!m.offscreen)
      boxes.push({
        x: m.x - MARK,
        y: m.y - MARK,
        width: 2 * MARK,
        height: 2 * MARK,
        mark: true,
        ...(m.event.importance === 'core' ? { core: true } : {}),
      });
    boxes.push(m.band);
    if (m.deadline) boxes.push(segmentBox(m.deadline));
    if (m.open) boxes.push(segmentBox(m.open));
  }
  for (const c of layout.clusters) {
    boxes.push({ x: c.x - c.ring, y: c.y - c.ring, width: 2 * c.ring, height: 2 * c.ring, mark: true });
  }
  const ticks = [...layout.ticks, ...(layout.series?.timeAxis ?? [])];
  for (const t of ticks) {
    if (t.labelled) boxes.push(textBox(t.textX, t.textY, widths.small(t.text), t.anchor, lines));
  }
  for (const c of layout.compressed) {
    // Drawn with its baseline at y, as a tick's text is.
    if (c.text) boxes.push(textBox(c.text.x, c.text.y, widths.small(c.text.text), 'middle', lines));
  }
  const now = layout.nowLabel;
  if (now) {
    const height =
      layout.orientation === 'vertical' || now.lines > 1 ? lines.wrapped * now.lines : lines.reference;
    boxes.push({ ...now, height, text: true });
  }
  const track = layout.series;
  if (track) {
    const fromSide = (width: number) =>
      track.tickSide === 'left' ? track.tickInset : layout.width - track.tickInset - width;
    // The heading's row, all of it when its width is not known, and a text's gap more on its
    // open side: a text on its row a word space off reads as the heading's next words.
    const heading = (widths.heading ?? layout.width) + TEXT_GAP;
    boxes.push({
      x: fromSide(heading),
      y: track.headingTop,
      width: heading,
      height: lines.heading,
      text: true,
    });
    for (const t of track.ticks) {
      if (t.textTop === undefined) continue;
      const width = widths.small(String(t.value)) + 4;
      // Its glyphs overflow its 16 px line evenly above and below.
      const y = t.textTop - (lines.value - 16) / 2;
      boxes.push({ x: fromSide(width), y, width, height: lines.value, text: true });
    }
    for (const t of track.texts) {
      // A note told under the track wraps in its own width.
      const width =
        t.wrap ?? (widths.series ? widths.series(t) + METRICS.seriesTextGap : widths.small(t.key));
      boxes.push({
        x: t.side === 'left' ? t.x - width : t.x,
        y: t.top,
        width,
        height: lines.figure * (t.lines ?? 1),
        text: true,
      });
    }
    for (const line of track.lines) {
      // A step line runs inside the box of each two points it joins.
      line.marks.forEach((m, i) => {
        const next = line.marks[i + 1] ?? m;
        const x = Math.min(m.x, next.x) - LINE_PAD;
        const y = Math.min(m.y, next.y) - LINE_PAD;
        boxes.push({
          x,
          y,
          width: Math.abs(next.x - m.x) + 2 * LINE_PAD,
          height: Math.abs(next.y - m.y) + 2 * LINE_PAD,
        });
      });
      for (const d of line.disputes)
        boxes.push(d.open ? { ...d.band, y: d.open.y, height: d.band.y + d.band.height - d.open.y } : d.band);
    }
  }
  return boxes;
}

/** A place a box may take, and what it costs to put it there (how far it strays). */
export interface Candidate extends Box {
  readonly cost: number;
}

/**
 * Of the `candidates` inside `room`, the one that covers least of the first of `layers`, then
 * least of the next (what may be covered when nothing else is clear), and so on, and of those
 * the one that costs least: a place clear of a layer always wins over one that covers some of it.
 */
export function bestPlace(
  candidates: Iterable<Candidate>,
  room: { readonly width: number; readonly height: number },
  ...layers: ReadonlyArray<readonly Box[]>
): Candidate | undefined {
  let best: Candidate | undefined;
  let least = layers.map(() => Infinity);
  for (const c of candidates) {
    if (c.x < -0.5 || c.y < -0.5 || c.x + c.width > room.width + 0.5 || c.y + c.height > room.height + 0.5)
      continue;
    if (best && c.cost >= best.cost && least.every((a) => a === 0)) continue;
    // Compared layer by layer: a layer covered more than the best so far rules the place out.
    const covered: number[] = [];
    let order = 0;
    for (let k = 0; k < layers.length && order <= 0; k++) {
      let area = 0;
      for (const t of layers[k]!) {
        area += sharedArea(c, t);
        // Already more of a deciding layer than the best place covers: this one loses, whatever
        // the rest adds (once an earlier layer ruled for it, every layer's whole area is kept).
        if (order === 0 && area > least[k]!) break;
      }
      covered.push(area);
      if (order === 0) order = Math.sign(area - least[k]!);
    }
    if (order < 0 || (order === 0 && (!best || c.cost < best.cost))) [best, least] = [c, covered];
  }
  return best;
}

/**
 * The boxes of `taken` that reach into the area the candidates span: the only ones any of them
 * can cover, so a search over many candidates compares each with these alone (the others would
 * add nothing to what it covers).
 */
export function nearCandidates<T extends Box>(taken: readonly T[], candidates: readonly Candidate[]): T[] {
  // The area the candidates span, in one plain pass (it runs on every render); a candidate
  // without a number there covers nothing, and a comparison with NaN never holds.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of candidates) {
    if (c.x < x0) x0 = c.x;
    if (c.y < y0) y0 = c.y;
    if (c.x + c.width > x1) x1 = c.x + c.width;
    if (c.y + c.height > y1) y1 = c.y + c.height;
  }
  return taken.filter(
    (t) =>
      Math.min(x1, t.x + t.width) > Math.max(x0, t.x) && Math.min(y1, t.y + t.height) > Math.max(y0, t.y),
  );
}
