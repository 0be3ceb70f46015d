/**
 * A layout remembered with the inputs it was computed from. The caller names the real inputs
 * (document, width, orientation, window, fonts, filters…) as a key; the same key gives the same
 * layout object without laying out again, so state that only changes the picture (hover, focus,
 * the live region's words) never re-runs the layout.
 */
import { layoutTimeline } from './layout.js';
import type { Layout, LayoutInput } from './types.js';

export class LayoutMemo {
  private key?: readonly unknown[];
  private value?: Layout;

  /** The last layout when every key equals the last call's (`Object.is`), else a new one from `input()`. */
  get(key: readonly unknown[], input: () => LayoutInput): Layout {
    const last = this.key;
    if (this.value && last && last.length === key.length && key.every((v, i) => Object.is(v, last[i]))) {
      return this.value;
    }
    this.key = key;
    this.value = layoutTimeline(input());
    return this.value;
  }

  /** Forgets the last layout: the next `get` lays out afresh. */
  clear(): void {
    this.key = undefined;
    this.value = undefined;
  }
}

/** Whether two maps hold the same entries. */
function sameMap<K, V>(a: ReadonlyMap<K, V> | undefined, b: ReadonlyMap<K, V> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || !b.has(k)) return false;
  return true;
}

/**
 * Whether a layout of a chart no longer held under a pointer draws what its held layout drew.
 * Holding (`LayoutInput.hold`) feeds only the period bars' rows and the label lanes: with the same
 * window and width, the same rows, lanes, lines and label boxes, every other number of the layout
 * was computed from the same values, so the two draw the same picture.
 */
export function sameDrawing(held: Layout, free: Layout): boolean {
  if (held === free) return true;
  const a = held.placement;
  const b = free.placement;
  if (
    held.width !== free.width ||
    held.height !== free.height ||
    held.window.start !== free.window.start ||
    held.window.end !== free.window.end ||
    held.events.length !== free.events.length ||
    a.laneCount !== b.laneCount ||
    a.rowCount !== b.rowCount ||
    !sameMap(a.lanes, b.lanes) ||
    !sameMap(a.rows, b.rows) ||
    !sameMap(a.lines, b.lines)
  )
    return false;
  return held.events.every((m, i) => {
    const n = free.events[i]!;
    const p = m.label;
    const q = n.label;
    return (
      m.event === n.event &&
      m.y === n.y &&
      (p === q ||
        (p !== undefined &&
          q !== undefined &&
          p.x === q.x &&
          p.y === q.y &&
          p.width === q.width &&
          p.height === q.height &&
          p.lines === q.lines &&
          p.text === q.text))
    );
  });
}
