/**
 * A press on the overview strip takes hold of the window: on the window's box it keeps the point
 * it grabbed under the pointer (a drag), elsewhere it brings the window's middle there (a click).
 * Pointer capture keeps the drag going outside the strip. Only a drawn strip is pressed, so this
 * travels with the strip in its chunk; the overview controller keeps the hold between events.
 */
import type { Overview } from '../layout/overview.js';
import { timeAt } from '../time/zoom-window.js';

/** Which pointer holds the strip, and how far from the window's middle it grabbed (px). */
export interface StripHold {
  grab?: { pointer: number; offset: number } | undefined;
}

/**
 * One pointer event on the strip `o`; `bring` moves the window (in axis time) so that a time
 * stands at a fraction of it.
 */
export function pressStrip(
  hold: StripHold,
  o: Overview | undefined,
  e: PointerEvent,
  bring: (axisTime: number, at: number) => void,
): void {
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
    hold.grab = { pointer: e.pointerId, offset: inside ? px - (o.window.x + o.window.width / 2) : 0 };
    e.preventDefault();
  } else if (e.type !== 'pointermove') {
    if (hold.grab?.pointer === e.pointerId) hold.grab = undefined;
    return;
  }
  const grab = hold.grab;
  if (!o || !grab || grab.pointer !== e.pointerId) return;
  // The window's middle comes to the time under the pointer.
  bring(timeAt(o.base, o.range, px - grab.offset), 0.5);
}
