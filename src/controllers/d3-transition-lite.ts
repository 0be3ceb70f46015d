/**
 * What d3-zoom needs of d3-transition, for the single-file bundle only. d3-zoom calls
 * `interrupt` to stop running zoom transitions, and transitions only when animating a
 * programmatic zoom or a double-click; this element never animates a zoom (changes are instant,
 * which also honours reduced motion) and turns double-click zoom off. So there is never a
 * transition to interrupt, and the real module (with d3-timer, d3-ease and d3-color, about a
 * quarter of the bundle) is left out. The npm build keeps the real d3-transition.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

// d3-zoom calls `selection.interrupt()` before it sets a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function interruptNone(
  this: unknown,
) {
  return this;
};
