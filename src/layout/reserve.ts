/**
 * The room a chart loaded from `src` holds before its document arrives. A page is scored on
 * layout shift: when the chart comes in, nothing below it may move. The reservation is the
 * height a full news story takes at this width (title, a dek of a few lines, the controls, a
 * legend, a chart with four rows of labels and a figures track, a footer), measured on the
 * built-in story: 717–734 px at 1000–1280 px wide, 782–827 px at 600–680, 1313–1337 px at 375
 * and 1392–1415 px at 320. The element keeps it as its floor once the document is drawn, so a
 * smaller chart does not pull the page up either (unless the page ends with the chart: then
 * nothing can move); `--drawdown-min-height` sets it exactly.
 */
import type { Orientation } from './types.js';

/** Horizontal: the height at 1000 px and wider, and what each pixel narrower adds (wrapping). */
const HORIZONTAL = { height: 740, from: 1000, perPixel: 0.25 };
/** Vertical: the height at 375 px, and what each pixel narrower adds or wider takes away. */
const VERTICAL = { height: 1340, at: 375, perPixel: 1.4, least: 900 };

export function reservedHeight(width: number, orientation: Orientation): number {
  if (orientation === 'horizontal') {
    return Math.round(HORIZONTAL.height + Math.max(0, HORIZONTAL.from - width) * HORIZONTAL.perPixel);
  }
  return Math.round(Math.max(VERTICAL.least, VERTICAL.height + (VERTICAL.at - width) * VERTICAL.perPixel));
}
