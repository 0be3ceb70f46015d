/**
 * Dodging marks apart along the axis: marks closer than a click target are moved apart, each as
 * little as it can, so that no mark hides another and every one can be clicked. Marks that had
 * to move are lifted off the axis by the caller, with a pin to their true place.
 */
import { METRICS } from './metrics.js';

export interface Dodged {
  /** The position of each mark, in the order given. */
  readonly at: readonly number[];
  /** Marks that share a group with another mark (moved or not), or were moved: drawn off the axis with a pin. */
  readonly grouped: readonly boolean[];
}

/**
 * Positions at least `gap` apart inside [lo, hi], as near their own positions as the gap allows
 * (least squares: groups of marks that would overlap are spread evenly around their mean).
 * Undefined when `positions.length` marks `gap` apart do not fit in [lo, hi].
 */
export function dodge(positions: readonly number[], gap: number, lo: number, hi: number): Dodged | undefined {
  const n = positions.length;
  if (n === 0) return { at: [], grouped: [] };
  // More marks than fit a gap apart: a dense view, whose clusters and overlaps are the picture.
  if ((n - 1) * gap > hi - lo) return undefined;
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]! || a - b);
  // Blocks of marks set `gap` apart: first member (in `order`), size, and the sum of each
  // member's own position minus its offset in the block, whose mean is the block's best start.
  const first: number[] = [];
  const size: number[] = [];
  const sum: number[] = [];
  const startOf = (b: number) => sum[b]! / size[b]!;
  for (let k = 0; k < n; k++) {
    first.push(k);
    size.push(1);
    sum.push(positions[order[k]!]!);
    // Merge with the block before while the two would come closer than the gap.
    while (first.length > 1) {
      const b = first.length - 1;
      const a = b - 1;
      if (startOf(b) >= startOf(a) + size[a]! * gap) break;
      sum[a] = sum[a]! + sum[b]! - size[b]! * size[a]! * gap;
      size[a] = size[a]! + size[b]!;
      first.pop();
      size.pop();
      sum.pop();
    }
  }
  const at = new Array<number>(n);
  const grouped = new Array<boolean>(n).fill(false);
  // Lay the blocks out in order, then push back from the far end: the edges hold them inside.
  let next = lo;
  const starts = first.map((_, b) => {
    const s = Math.max(next, startOf(b));
    next = s + size[b]! * gap;
    return s;
  });
  let limit = hi;
  for (let b = first.length - 1; b >= 0; b--) {
    starts[b] = Math.min(starts[b]!, limit - (size[b]! - 1) * gap);
    limit = starts[b]! - gap;
  }
  first.forEach((k0, b) => {
    for (let j = 0; j < size[b]!; j++) {
      const i = order[k0 + j]!;
      at[i] = starts[b]! + j * gap;
      // A mark pushed aside by a group held in at an edge is off its day too.
      grouped[i] = size[b]! > 1 || Math.abs(at[i]! - positions[i]!) > 0.5;
    }
  });
  return { at, grouped };
}

/**
 * Marks dodged across the axis instead, for an axis whose marks must stay at their own times
 * (the phone's): each mark keeps its position and takes the first column, counting out from the
 * axis (column 0), where no mark already placed stands within `gap` of it (or the column in
 * `kept`, where given and free). Marks in different
 * columns stand a column apart across, so no two targets overlap by more than the caller's
 * column step allows. Returns each mark's column, in the order given.
 */
export function dodgeAcross(
  positions: readonly number[],
  gap: number,
  kept?: ReadonlyArray<number | undefined>,
): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]! || a - b);
  const columns = new Array<number>(positions.length).fill(0);
  // The last position placed in each column: marks come in order, so only the last can be near.
  const last: number[] = [];
  const free = (i: number, c: number) => last[c] === undefined || positions[i]! - last[c] >= gap;
  for (const i of order) {
    // A mark keeps the column it had (while a gesture moves the view) where that is still free.
    const k = kept?.[i];
    let c = 0;
    if (k !== undefined && free(i, k)) c = k;
    else while (!free(i, c)) c++;
    columns[i] = c;
    last[c] = positions[i]!;
  }
  return columns;
}

/**
 * The same columns handed round among marks at one time (a run of marks all within `gap` of its
 * first), so that the mark whose label stands furthest from that time takes the column nearest
 * the axis: its leader leaves at the steepest slope, clear of the marks further out, and the
 * label nearest level goes to the mark furthest out, whose leader passes no mark. `reach[i]` is
 * how far mark i's label stands from its mark. Where a column handed round is not free, the mark
 * takes the first free one.
 */
export function columnsByReach(
  positions: readonly number[],
  columns: readonly number[],
  reach: readonly number[],
  gap: number,
): number[] {
  const wanted = [...columns];
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]! || a - b);
  for (let start = 0, end = 1; start < order.length; start = end++) {
    while (end < order.length && positions[order[end]!]! - positions[order[start]!]! < gap) end++;
    const run = order.slice(start, end);
    const cols = run.map((i) => columns[i]!).sort((a, b) => a - b);
    run.sort((a, b) => reach[b]! - reach[a]!).forEach((i, k) => (wanted[i] = cols[k]!));
  }
  return dodgeAcross(positions, gap, wanted);
}

/**
 * Where along a label's near edge [from, to] a leader from a mark at `at` ends: as level with
 * the mark as the edge allows; or, from a mark with another of its row further out (`away`), at
 * least a label row off level where the edge reaches that far, so that it leaves steeply enough
 * to pass clear of the marks further out.
 */
export function leaderEnd(at: number, from: number, to: number, away: boolean): number {
  const row = METRICS.labelHeight + METRICS.laneGap;
  const want = away ? at + (from + to > 2 * at ? row : -row) : at;
  return Math.max(from, Math.min(want, to));
}
