/**
 * What the first frame keeps of a dense view (see `mark-paths.ts`): which marks are drawn in the
 * paths, whether a view has enough of them to be drawn that way, and the mark under a pointer
 * over the paths. Building the paths is code of its own, which the single-file bundle fetches the
 * first time a view is dense (a long document zoomed to a few years; never the story).
 */
import { METRICS } from './metrics.js';
import type { EventMark, Layout } from './types.js';

/** The drawn marks' centres as `markAt` searches them (part of a dense view's `MarkPaths`). */
export interface MarkCentres {
  /**
   * Every drawn mark's centre (those in the paths and those drawn one by one), sorted along
   * the time axis: where targets overlap, the nearest centre takes the pointer, whichever is
   * drawn on top.
   */
  readonly along: Float64Array;
  readonly across: Float64Array;
  readonly order: readonly string[];
  readonly horizontal: boolean;
}

/** Whether a mark is drawn in the paths: a context event's marker, unlabelled, not a period. */
export function plain(m: EventMark): boolean {
  return !m.offscreen && !m.label && m.event.importance !== 'core' && m.event.kind !== 'period';
}

/** Whether a view draws its plain marks as paths: it has more than `METRICS.pathMarks` of them. */
export function isDense(layout: Layout): boolean {
  let dense = DENSE.get(layout);
  if (dense === undefined) {
    let count = 0;
    for (const m of layout.events) if (plain(m)) count++;
    DENSE.set(layout, (dense = count > METRICS.pathMarks));
  }
  return dense;
}

/**
 * A mark's click target, a square of `METRICS.target` px around its marker at (x, y), as a
 * subpath. (Here rather than in `mark-paths.ts`, so that the metrics stay constants the
 * bundle's minifier writes into the code that reads them, instead of an object a chunk imports.)
 */
export function hitSquare(x: number, y: number): string {
  const size = METRICS.target;
  return `M${x - size / 2},${y - size / 2}h${size}v${size}h${-size}z`;
}

/** Asked on every pointer move over the chart: counted once per layout. */
const DENSE = new WeakMap<Layout, boolean>();

/**
 * The id of the mark whose click target holds a point (x, y) of the frame, the nearest centre
 * where targets overlap (a mark in the paths lies under the marks drawn one by one, and must
 * not lose the pointer to their targets); undefined when there is none.
 */
export function markAt(paths: MarkCentres, x: number, y: number): string | undefined {
  const along = paths.horizontal ? x : y;
  const across = paths.horizontal ? y : x;
  const half = METRICS.target / 2;
  const a = paths.along;
  // The first centre at or after along - half.
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < along - half) lo = mid + 1;
    else hi = mid;
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let i = lo; i < a.length && a[i]! <= along + half; i++) {
    const d = Math.abs(paths.across[i]! - across);
    if (d > half) continue;
    const distance = (a[i]! - along) ** 2 + d ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = paths.order[i];
    }
  }
  return best;
}
