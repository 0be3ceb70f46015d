/**
 * The nearest place for a box that covers nothing drawn, else the one that covers least: a
 * tooltip's search over the chart. Apart from the boxes it keeps clear of (`occupied.ts`), since
 * only a hovered or focused mark asks for it: it travels in the tooltip's chunk.
 */
import type { Box } from './geometry.js';
import { bestPlace, type Candidate } from './occupied.js';

/** How far a place may stray and what it may cover (see `clearPlace`). */
export interface PlaceRules {
  /** No place further than this from the target is taken. */
  readonly reach?: number;
  /** Nor one over the target itself: a square `2 × clear` px around it. */
  readonly clear?: number;
  /**
   * Words it may cover where nothing near is clear of them, as few as it can, before it covers
   * any of `soft`.
   */
  readonly words?: readonly Box[];
  /**
   * The gaps kept round texts (the texts grown by it): entered only where no place near keeps
   * clear of `words` too, and then as little as it can, before it covers any of `soft`.
   */
  readonly gaps?: readonly Box[];
  /** Lines it crosses only where every place that keeps the gaps crosses some, as little as it can. */
  readonly lines?: readonly Box[];
  /** What the place may cover where nothing near is clear, as little as it can. */
  readonly soft?: readonly Box[];
  /** What it covers only where every place in reach does, before anything in `taken`. */
  readonly never?: readonly Box[];
}

/**
 * The place for a box of `width` × `height` nearest to `target`, inside `room`, that covers
 * none of `taken`; `preferred` when it is clear. When no place is clear, the one that covers
 * least (see `bestPlace` and `PlaceRules`).
 */
export function clearPlace(
  preferred: { readonly x: number; readonly y: number },
  width: number,
  height: number,
  target: { readonly x: number; readonly y: number },
  room: { readonly width: number; readonly height: number },
  taken: readonly Box[],
  { reach = Infinity, clear = 0, words = [], gaps = [], lines = [], soft = [], never = [] }: PlaceRules = {},
): { x: number; y: number } {
  // The places tried: a grid within reach of the target, and every place that touches the edge
  // of a taken box, where a tight room is found to the pixel.
  const [x0, x1] = [Math.max(0, target.x - reach - width), Math.min(room.width - width, target.x + reach)];
  const [y0, y1] = [Math.max(0, target.y - reach - height), Math.min(room.height - height, target.y + reach)];
  const along = (from: number, to: number, edges: number[]) => {
    const at = new Set<number>();
    for (let v = from; v < to + 6; v += 6) at.add(Math.min(v, to));
    for (const v of edges) if (v >= from && v <= to) at.add(v);
    return [...at];
  };
  const edges = [...never, ...taken, ...words, ...gaps];
  const xs = along(
    x0,
    x1,
    edges.flatMap((t) => [t.x + t.width, t.x - width]),
  );
  const ys = along(
    y0,
    y1,
    edges.flatMap((t) => [t.y + t.height, t.y - height]),
  );
  function* grid(): Generator<Candidate> {
    yield { ...preferred, width, height, cost: -1 };
    for (const y of ys) {
      for (const x of xs) {
        const dx = Math.max(x - target.x, 0, target.x - x - width);
        const dy = Math.max(y - target.y, 0, target.y - y - height);
        const cost = Math.hypot(dx, dy);
        if (cost <= reach && Math.max(dx, dy) >= clear) yield { x, y, width, height, cost };
      }
    }
  }
  const best = bestPlace(grid(), room, never, taken, words, gaps, lines, soft);
  return best ? { x: best.x, y: best.y } : preferred;
}
