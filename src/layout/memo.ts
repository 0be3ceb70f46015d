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
