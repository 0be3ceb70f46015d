/**
 * Where a pointed or focused mark's tooltip goes. It is not a label: it is drawn on the other
 * side of the axis from the labels in the horizontal chart (over the ticks, under the mark), so
 * it never hides the labels a reader is comparing it with; beside the mark, away from the
 * labels' side when there is room, in the vertical one. Where that place would come near a text
 * the chart draws (a label, a tick text, the track's heading or figures, the reference words), it
 * takes the nearest place that keeps `TEXT_GAP` clear of every text, near its mark: it may
 * cover lines it does not describe, and the mark's own label (whose title it repeats with the
 * date), but no reader loses a word to it. Along a horizontal axis it covers no other mark
 * either: where the background's marks crowd every place in reach, it goes a little further
 * (`TOOLTIP.farReach`). On a phone it may cover a context mark. Beside a phone's column of labels, full from
 * top to bottom, it lies over its own label, or narrows (its title on more lines) into a gap,
 * before it covers another context label, and then as little of one as it can; never a core
 * label (a numbered headline). Of the places that keep those rules it takes one clear of the
 * other marks' leaders, or crossing least of them: a leader covered cuts a label off from its
 * mark. It stays inside the chart, and so never reaches the story card below it.
 */
import type { Box, Segment } from './geometry.js';
import { TEXT_GAP } from './metrics.js';
import { labelLines } from './labels.js';
import { clearPlace } from './clear-place.js';
import { sharedArea, type Taken } from './occupied.js';
import type { EventMark, Layout } from './types.js';

export interface TooltipBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /**
   * Lines the title takes at this width (the date takes one more); 0 when the date and the title
   * share one line (a tooltip where no place near its mark has room for two).
   */
  readonly titleLines: number;
}

/**
 * The tooltip's own metrics: its widest box, inner padding, line height and gap to the mark, and
 * how far from its mark it may go (it describes that mark: further off, it would seem to describe
 * another).
 */
export const TOOLTIP = {
  maxWidth: 260,
  /** Narrower widths tried, widest first, where the full one finds no clear place. */
  narrower: [200, 160, 140, 120, 100, 90] as readonly number[],
  padding: 10,
  /** Between the date and the title, where they share one line; and that box's padding above and below together. */
  inlineGap: 8,
  inlinePadding: 6,
  /** The widest tooltip on one line. */
  maxInlineWidth: 560,
  line: 18,
  gap: 14,
  markRadius: 8,
  reach: 96,
  /** How far it may go, along a horizontal axis, where no place in `reach` is clear. */
  farReach: 180,
};

/** The height of a tooltip with `titleLines` lines of title under its date (0: on the date's line). */
export function tooltipHeight(titleLines: number): number {
  return titleLines
    ? (titleLines + 1) * TOOLTIP.line + TOOLTIP.padding
    : TOOLTIP.line + TOOLTIP.inlinePadding;
}

/**
 * Places the tooltip of the mark at (`x`, `y`) whose date and title measure `dateWidth` and
 * `titleWidth` px, clear of the `taken` boxes (see `occupiedBoxes`), within `TOOLTIP.reach` of
 * its mark. Texts are kept `TEXT_GAP` away; where no place near is clear of them (beside a
 * phone's column of labels, full from top to bottom), it covers as few of them as it can.
 * `lines` gives the lines the title takes in a box `inner` px wide, as the browser wraps it;
 * without it they are estimated from `titleWidth` (a narrow tooltip may then be taller than
 * placed).
 */
export function placeTooltip(
  layout: Pick<Layout, 'orientation' | 'timeDirection' | 'width' | 'height' | 'axis' | 'series'> & {
    readonly events?: readonly EventMark[];
  },
  mark: { readonly x: number; readonly y: number; readonly label?: Box; readonly leader?: Segment },
  dateWidth: number,
  titleWidth: number,
  taken: readonly Taken[] = [],
  lines: (inner: number) => number = (inner) => labelLines(titleWidth, inner),
): TooltipBox {
  const vertical = layout.orientation === 'vertical';
  const pad = TEXT_GAP;
  // Texts, a few px larger all round, so that it never touches one; the rest (marks, lines, the
  // axis, its own label) it may cover where nothing near is clear. A core label is a headline,
  // never covered while any place in reach leaves it whole.
  const own = (b: Taken) => sameBox(b, mark.label);
  const coverable = (b: Taken) => !b.text || own(b);
  // Beside a phone's column of labels, full from top to bottom, the other context labels: covered
  // only where no place in reach and no narrower shape leaves them whole, and then as little of
  // them as it can.
  const spare = (b: Taken) => vertical && !!b.label && !b.core && !own(b);
  const grow = (b: Box) => ({
    x: b.x - pad,
    y: b.y - pad,
    width: b.width + 2 * pad,
    height: b.height + 2 * pad,
  });
  // A core label, a text, is kept a gap away. On a phone a core mark too is never covered (a
  // headline's mark beside its column of labels; a gap round it would leave no room at the
  // crowded top); in a row along the axis, where the tooltip opens under the marks, it may be.
  // Along a horizontal axis no other mark is covered either: a reader pointing along the row
  // would lose the next mark under the tooltip.
  const ownMark = (b: Taken) => b.x + b.width / 2 === mark.x && b.y + b.height / 2 === mark.y;
  const never = taken
    .filter((b) => (b.core && (b.text || vertical)) || (!vertical && b.mark && !ownMark(b)))
    .map((b) => (b.text ? grow(b) : b));
  // Under a horizontal axis, the figures track's plot, from its highest value's text down: a
  // tooltip reaching into it would stand among the figures, over the lines it does not describe.
  const track = vertical ? undefined : layout.series;
  if (track) {
    let top = track.y;
    for (const t of track.ticks) top = Math.min(top, t.textTop ?? t.y);
    // A value's glyphs reach up to a px over its 16 px line (see occupiedBoxes).
    top -= 1;
    never.push({ x: track.x0, y: top, width: track.x1 - track.x0, height: track.bottom - top });
  }
  const texts = taken.filter((b) => !b.core && !coverable(b) && !spare(b));
  const gaps = texts.map(grow);
  const words = taken.filter(spare);
  const soft = taken.filter(coverable);
  // On a phone, where it opens beside the column of labels, other marks' leaders within its reach,
  // in short strokes: a tooltip over one cuts its label off from its mark. Crossed only where
  // every place that keeps the gaps round texts crosses one, as little as it can.
  const near = TOOLTIP.reach + TOOLTIP.maxWidth;
  const leaders = vertical
    ? (layout.events ?? []).flatMap((m) =>
        m.leader === mark.leader
          ? []
          : [m.leader, m.arm]
              .filter(
                (s) => s && Math.min(s.y1, s.y2) < mark.y + near && Math.max(s.y1, s.y2) > mark.y - near,
              )
              .flatMap(strokes),
      )
    : [];
  const full = Math.min(TOOLTIP.maxWidth, Math.max(dateWidth, titleWidth) + 2 * TOOLTIP.padding + 2);
  // Its full width first; where that finds no place clear of the texts in reach (under a phone's
  // last headline, over the figures' heading, beside a phone's crowd of labels), narrower and
  // taller, its title on more lines.
  const shapes = [
    {
      width: full,
      titleLines: Math.max(1, Math.ceil(titleWidth / (TOOLTIP.maxWidth - 2 * TOOLTIP.padding))),
    },
    ...TOOLTIP.narrower
      .filter((w) => w < full && w >= dateWidth + 2 * TOOLTIP.padding)
      .map((w) => ({ width: w, titleLines: lines(w - 2 * TOOLTIP.padding) })),
  ];
  // Along a horizontal axis, the date and the title on one line, a line less tall: where the
  // room near the mark is a strip (between the tick texts and the figures track). Tried after every
  // shape in reach, and first further off: a strip near the mark wins over two lines far from it.
  const inline = dateWidth + titleWidth + TOOLTIP.inlineGap + 2 * TOOLTIP.padding + 2;
  const oneLine =
    !vertical && inline <= Math.min(TOOLTIP.maxInlineWidth, layout.width)
      ? [{ width: inline, titleLines: 0 }]
      : [];
  let best: { box: TooltipBox; covers: readonly number[] } | undefined;
  // Along a horizontal axis, where every place in reach covers a mark or comes near a text (a
  // crowded background), it goes further off rather than hide either.
  for (const reach of vertical ? [TOOLTIP.reach] : [TOOLTIP.reach, TOOLTIP.farReach]) {
    for (const shape of reach === TOOLTIP.reach ? [...shapes, ...oneLine] : [...oneLine, ...shapes]) {
      const height = tooltipHeight(shape.titleLines);
      const box = { ...shape, ...placeShape(layout, mark, shape.width, height, place(reach)) };
      const covers = [never, texts, words, gaps, leaders].map((layer) => coverage(box, height, layer));
      if (!best || fewer(covers, best.covers)) best = { box, covers };
      if (covers.every((a) => a === 0)) return best.box;
    }
  }
  return best!.box;

  function place(reach: number) {
    return (preferred: { x: number; y: number }, width: number, height: number) =>
      clearPlace(preferred, width, height, mark, layout, texts, {
        reach,
        clear: TOOLTIP.markRadius,
        words,
        gaps,
        lines: leaders,
        soft,
        never,
      });
  }
}

/** A line as boxes a px round each 6 px of it, which a box over it covers in proportion to its length. */
function strokes(s: Segment | undefined): Box[] {
  if (!s) return [];
  const [dx, dy] = [s.x2 - s.x1, s.y2 - s.y1];
  const n = Math.ceil(Math.hypot(dx, dy) / 6);
  return Array.from({ length: n }, (_, i) => ({
    x: s.x1 + (dx * i) / n - 1 + Math.min(0, dx / n),
    y: s.y1 + (dy * i) / n - 1 + Math.min(0, dy / n),
    width: Math.abs(dx / n) + 2,
    height: Math.abs(dy / n) + 2,
  }));
}

/** Whether `a` covers less than `b`: of the first layer where they differ (areas per layer). */
function fewer(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/** The area of `layer` a tooltip at `box`, `height` px tall, covers. */
function coverage(
  box: { x: number; y: number; width: number },
  height: number,
  layer: readonly Box[],
): number {
  let area = 0;
  for (const b of layer) area += sharedArea({ ...box, height }, b);
  return area;
}

/** Where a tooltip `width` × `height` goes: its preferred place beside its mark, or the nearest clear one. */
function placeShape(
  layout: Pick<Layout, 'orientation' | 'timeDirection' | 'width' | 'height' | 'axis' | 'series'>,
  mark: { readonly x: number; readonly y: number },
  width: number,
  height: number,
  place: (preferred: { x: number; y: number }, width: number, height: number) => { x: number; y: number },
): { x: number; y: number } {
  const inside = (v: number, size: number, room: number) => Math.max(0, Math.min(v, room - size));
  if (layout.orientation === 'vertical') {
    // Labels sit on the reading side of the axis; the tooltip opens on the other side if it fits.
    const ltr = layout.timeDirection === 'ltr';
    const away = ltr ? mark.x - TOOLTIP.gap - width : mark.x + TOOLTIP.gap;
    const toward = ltr ? mark.x + TOOLTIP.gap : mark.x - TOOLTIP.gap - width;
    const fits = away >= 0 && away + width <= layout.width;
    const preferred = {
      x: inside(fits ? away : toward, width, layout.width),
      y: inside(mark.y + TOOLTIP.markRadius, height, layout.height),
    };
    return place(preferred, width, height);
  }
  // Below the axis; above the mark only when the chart ends there.
  const below = Math.max(layout.axis.y1, mark.y) + TOOLTIP.gap;
  const y = below + height <= layout.height ? below : mark.y - TOOLTIP.gap - height;
  const preferred = {
    x: inside(mark.x - width / 2, width, layout.width),
    y: inside(y, height, layout.height),
  };
  return place(preferred, width, height);
}

/** Whether a taken box is the mark's own label (taken keeps a copy of it). */
function sameBox(a: Box, b: Box | undefined): boolean {
  return !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
