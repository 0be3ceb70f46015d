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

/**
 * Whether a layout of a chart no longer held under a pointer draws what its held layout drew.
 * Holding (`LayoutInput.hold`) feeds only the period bars' rows and the label lanes: with the same
 * window and width, the same rows, lanes, lines and label boxes, every other number of the layout
 * was computed from the same values, so the two draw the same picture.
 */
export function sameDrawing(held: Layout, free: Layout): boolean {
  const drawn = (l: Layout) =>
    JSON.stringify(
      [l.width, l.height, l.window, l.placement, l.events.map((m) => [m.event.id, m.y, m.label])],
      (_key, value: unknown) => (value instanceof Map ? [...value] : value),
    );
  return drawn(held) === drawn(free);
}
