/**
 * Every box the chart already draws something in: labels, marks, tick texts, the reference
 * date's words, the compressed stretch's word, and the figures track's heading, texts, values,
 * points and lines. What is placed last (a tooltip, the reference words) keeps clear of them.
 */
import type { Box, Segment } from './geometry.js';
import { labelLines } from './labels.js';
import type { SeriesText } from './series.js';
import type { Layout } from './types.js';
import { METRICS } from './metrics.js';

/** Widths of the texts the layout places without keeping their widths. */
export interface TextWidths {
  /** A tick's or a note's text, at the small font. */
  readonly small: (text: string) => number;
  /** A series text's measured width (title, value, estimate, note); the gap after it is added here. */
  readonly series?: (text: SeriesText) => number;
  /** The figures track's heading ("Figures (troops)"); its whole row when undefined. */
  readonly heading?: number;
  /** The reference date's words ("As of Sep 30, 2025"); left out when undefined. */
  readonly reference?: number;
}

/** The height of a line of small text, and how far above its baseline a tick text reaches. */
const LINE = 20;
const ASCENT = 12;
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

/** The box of a text anchored at x with its baseline at y. */
function textBox(x: number, y: number, width: number, anchor: 'left' | 'middle' | 'right'): Box {
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'right' ? x - width : x;
  return { x: left, y: y - ASCENT, width, height: ASCENT + 4 };
}

/** The height the reference date's words take in a box `width` wide: they wrap there, a line of 16 px each. */
export function referenceHeight(
  orientation: Layout['orientation'],
  textWidth: number,
  width: number,
): number {
  return orientation === 'vertical' ? 16 * labelLines(textWidth, width) : LINE;
}

/** The boxes of everything drawn in the chart. */
export function occupiedBoxes(
  layout: Pick<
    Layout,
    'orientation' | 'width' | 'axis' | 'events' | 'clusters' | 'ticks' | 'compressed' | 'series' | 'nowLabel'
  >,
  widths: TextWidths,
): Box[] {
  const boxes: Box[] = [segmentBox(layout.axis)];
  for (const m of layout.events) {
    if (m.label) boxes.push(m.label);
    if (!m.offscreen) boxes.push({ x: m.x - MARK, y: m.y - MARK, width: 2 * MARK, height: 2 * MARK });
    boxes.push(m.band);
    if (m.deadline) boxes.push(segmentBox(m.deadline));
    if (m.open) boxes.push(segmentBox(m.open));
  }
  for (const c of layout.clusters) {
    boxes.push({ x: c.x - c.ring, y: c.y - c.ring, width: 2 * c.ring, height: 2 * c.ring });
  }
  const ticks = [...layout.ticks, ...(layout.series?.timeAxis ?? [])];
  for (const t of ticks) {
    if (t.labelled) boxes.push(textBox(t.textX, t.textY, widths.small(t.text), t.anchor));
  }
  for (const c of layout.compressed) {
    if (c.text) boxes.push(textBox(c.text.x, c.text.y + ASCENT / 2, widths.small(c.text.text), 'middle'));
  }
  if (layout.nowLabel && widths.reference !== undefined) {
    const height = referenceHeight(layout.orientation, widths.reference, layout.nowLabel.width);
    boxes.push({ ...layout.nowLabel, height });
  }
  const track = layout.series;
  if (track) {
    const fromSide = (width: number) =>
      track.tickSide === 'left' ? track.tickInset : layout.width - track.tickInset - width;
    // The heading's row, all of it when its width is not known.
    const heading = widths.heading ?? layout.width;
    boxes.push({ x: fromSide(heading), y: track.headingTop, width: heading, height: LINE });
    for (const t of track.ticks) {
      const width = widths.small(String(t.value)) + 4;
      boxes.push({ x: fromSide(width), y: t.textTop, width, height: 16 });
    }
    for (const t of track.texts) {
      const width = widths.series ? widths.series(t) + METRICS.seriesTextGap : widths.small(t.key);
      boxes.push({ x: t.side === 'left' ? t.x - width : t.x, y: t.top, width, height: LINE });
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
 * Of the `candidates` inside `room`, the one that covers least of `taken`, and of those the one
 * that costs least: a clear place always wins over a covered one.
 */
export function bestPlace(
  candidates: Iterable<Candidate>,
  room: { readonly width: number; readonly height: number },
  taken: readonly Box[],
): Candidate | undefined {
  let best: Candidate | undefined;
  let least = Infinity;
  for (const c of candidates) {
    if (c.x < -0.5 || c.y < -0.5 || c.x + c.width > room.width + 0.5 || c.y + c.height > room.height + 0.5)
      continue;
    if (least === 0 && c.cost >= best!.cost) continue;
    let area = 0;
    for (const t of taken) area += sharedArea(c, t);
    if (area < least || (area === least && c.cost < best!.cost)) [best, least] = [c, area];
  }
  return best;
}

/**
 * The place for a box of `width` × `height` nearest to `target`, inside `room`, that covers
 * none of `taken`; `preferred` when it is clear. When no place is clear, the one that covers
 * least. No place further than `reach` from the target is taken, nor one over the target itself
 * (a square `2 × clear` px around it).
 */
export function clearPlace(
  preferred: { readonly x: number; readonly y: number },
  width: number,
  height: number,
  target: { readonly x: number; readonly y: number },
  room: { readonly width: number; readonly height: number },
  taken: readonly Box[],
  reach = Infinity,
  clear = 0,
): { x: number; y: number } {
  function* grid(): Generator<Candidate> {
    yield { ...preferred, width, height, cost: -1 };
    for (let y = 0; y < room.height - height + 6; y += 6) {
      for (let x = 0; x < room.width - width + 6; x += 6) {
        const at = { x: Math.min(x, room.width - width), y: Math.min(y, room.height - height) };
        const dx = Math.max(at.x - target.x, 0, target.x - at.x - width);
        const dy = Math.max(at.y - target.y, 0, target.y - at.y - height);
        const cost = Math.hypot(dx, dy);
        if (cost <= reach && Math.max(dx, dy) >= clear) yield { ...at, width, height, cost };
      }
    }
  }
  const best = bestPlace(grid(), room, taken);
  return best ? { x: best.x, y: best.y } : preferred;
}
