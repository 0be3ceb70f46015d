/**
 * The overview strip shown while zoomed: the whole document with the visible window as a box.
 * A press on the strip takes hold of the window: on the window's box it keeps the point it
 * grabbed under the pointer (a drag), elsewhere it brings the window's middle there (a click).
 * Pointer capture keeps the drag going outside the strip. The strip's layout comes from `strip`:
 * in the single-file bundle a chunk, fetched the first time a chart is zoomed.
 */
import type { Layout } from '../layout/types.js';
import type { layoutOverview, Overview } from '../layout/overview.js';
import type { TimelineModel } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import { timeAt } from '../time/zoom-window.js';

export class OverviewController {
  /** The strip as drawn; undefined while the whole document is shown. */
  overview?: Overview;
  /** A press on the strip: which pointer, and how far from the window's middle it grabbed (px). */
  private grab?: { pointer: number; offset: number };

  constructor(
    /** Moves the window (in axis time) so that a time stands at a fraction of it. */
    private readonly bring: (axisTime: number, at: number) => void,
    /** The strip's layout, or undefined while its code loads (asking starts the load). */
    private readonly strip: () => typeof layoutOverview | undefined,
  ) {}

  /** Lays the strip out for a zoomed window, or drops it. */
  update(
    model: TimelineModel | undefined,
    layout: Layout | undefined,
    timeDirection: 'ltr' | 'rtl',
    window: Interval | undefined,
  ): void {
    const strip = model && layout && window ? this.strip() : undefined;
    this.overview =
      strip && model && layout && window ? strip(model, layout.width, timeDirection, window) : undefined;
  }

  readonly onPointer = (e: PointerEvent): void => {
    const o = this.overview;
    const strip = e.currentTarget as SVGSVGElement;
    const px = e.clientX - strip.getBoundingClientRect().left;
    if (e.type === 'pointerdown') {
      if (!o || e.button !== 0) return;
      // A pointer the browser does not know as down (a synthetic one) cannot be captured.
      if (strip.hasPointerCapture?.(e.pointerId) === false) {
        try {
          strip.setPointerCapture(e.pointerId);
        } catch {
          // The drag still follows the pointer while it stays over the strip.
        }
      }
      const inside = px >= o.window.x && px <= o.window.x + o.window.width;
      this.grab = { pointer: e.pointerId, offset: inside ? px - (o.window.x + o.window.width / 2) : 0 };
      e.preventDefault();
    } else if (e.type !== 'pointermove') {
      if (this.grab?.pointer === e.pointerId) this.grab = undefined;
      return;
    }
    const grab = this.grab;
    if (!o || !grab || grab.pointer !== e.pointerId) return;
    // The window's middle comes to the time under the pointer.
    this.bring(timeAt(o.base, o.range, px - grab.offset), 0.5);
  };
}
