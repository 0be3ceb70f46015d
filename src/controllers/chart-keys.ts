/**
 * Keys for the chart's keyed lists (marks, cluster bubbles, labels) that survive a jump.
 *
 * Lit's `repeat` keeps an item's elements for as long as its key stays in the list. Keyed by event
 * id, a jump (a button, a key, `zoomTo`, a cluster opened) that shows other events removes every
 * item and builds every one anew, each with the two comments that mark its place. Here an item that
 * arrives in a jump takes the key of an item that left, so its elements stay and only their
 * attributes change. Keys are handed on in the order the list had them, so `repeat` moves no
 * element (a move is a removal and an insertion, dearer than the rewrite it saves). While a gesture
 * moves the window nothing is handed on: the marks that stay keep their elements untouched, and the
 * few that enter at an edge are built.
 */
export class ChartKeys {
  private readonly lists = new Map<string, ReadonlyMap<string, number>>();
  private next = 0;

  /**
   * @param handOn whether this update may hand the keys of items that left to items that arrive
   *   (not while a gesture moves the window)
   */
  constructor(private readonly handOn: () => boolean) {}

  /**
   * The key of each item of `list` (a name for one keyed list), for `repeat`: an item shown before
   * keeps its key; `held` items (the one holding focus, the one pointed at, the selected one)
   * never hand theirs on, so the element a reader is on is never rewritten into another mark.
   * `always`: the list hands keys on during a gesture too (a list no reader is on, whose items
   * all change while a gesture regroups them: a cluster's bubble).
   */
  of<T>(
    list: string,
    items: readonly T[],
    id: (item: T) => string,
    held: ReadonlySet<string | undefined>,
    always = false,
  ): (item: T, index: number) => number {
    const before = this.lists.get(list) ?? new Map<string, number>();
    const ids = items.map(id);
    const keys: number[] = new Array<number>(ids.length);
    if (always || this.handOn()) {
      const old = [...before];
      const place = new Map(old.map(([oldId], i) => [oldId, i]));
      const shown = new Set(ids);
      const free = old.map(([oldId]) => !shown.has(oldId) && !held.has(oldId));
      const was = ids.map((itemId) => place.get(itemId));
      // Items that stay hold their places when they are still in order ("anchors"); an item that
      // stays at the far end of the list can instead block every hand-on behind it (a window that
      // overlaps the last one at one edge), so the hand-on without anchors is weighed too.
      const kept = was.flatMap((w, i) => (w === undefined ? [] : [i]));
      const anchored = handOut(
        was,
        old,
        free,
        new Set(increasing(kept.map((i) => was[i]!)).map((j) => kept[j]!)),
      );
      const loose = handOut(was, old, free, new Set());
      const chosen = cost(anchored) <= cost(loose) ? anchored : loose;
      chosen.forEach((w, i) => {
        keys[i] = w === undefined ? this.next++ : old[w]![1];
      });
    } else {
      ids.forEach((itemId, i) => {
        keys[i] = before.get(itemId) ?? this.next++;
      });
    }
    this.lists.set(list, new Map(ids.map((itemId, i) => [itemId, keys[i]!])));
    return (_item, index) => keys[index]!;
  }
}

/**
 * For each item, the place in the list before whose key it takes (undefined: a new key): an item
 * that stays keeps its own; one that arrives takes the next free place, in order, before the next
 * anchor (an item that stays and must not be passed).
 */
function handOut(
  was: readonly (number | undefined)[],
  old: readonly unknown[],
  free: readonly boolean[],
  anchors: ReadonlySet<number>,
): (number | undefined)[] {
  const bound: number[] = new Array<number>(was.length);
  let limit = old.length;
  for (let i = was.length - 1; i >= 0; i--) {
    bound[i] = limit;
    if (anchors.has(i)) limit = was[i]!;
  }
  let at = 0;
  return was.map((w, i) => {
    if (w !== undefined) {
      if (anchors.has(i)) at = Math.max(at, w + 1);
      return w;
    }
    while (at < bound[i]! && !free[at]) at++;
    return at < bound[i]! ? at++ : undefined;
  });
}

/** What `repeat` does for a hand-out: items built anew, and items moved (those out of order). */
function cost(places: readonly (number | undefined)[]): number {
  // Every item not in the longest run of reused places still in order is built or moved.
  return places.length - increasing(places.filter((p): p is number => p !== undefined)).length;
}

/** The indices of a longest strictly increasing subsequence of `values` (O(n log n)). */
function increasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) out.push(i);
  return out.reverse();
}
