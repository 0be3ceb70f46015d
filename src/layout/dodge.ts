/**
 * Dodging marks apart along the axis: marks closer than a click target are moved apart, each as
 * little as it can, so that no mark hides another and every one can be clicked. Marks that had
 * to move are lifted off the axis by the caller, with a pin to their true place.
 */

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
