/**
 * The arithmetic of zooming and panning, on time windows rather than transforms: the visible
 * window is the state, and every gesture maps it to a new one. A window is drawn across the
 * same pixel range as the whole (base) window; `range[0]` shows its start and `range[1]` its end,
 * so time running right to left is a reversed range and needs no special case.
 */
import { DAY, type Interval } from './partial-date.js';

/** The narrowest window a gesture or call can reach: one day. */
export const MIN_WINDOW_MS = DAY;

export type Range = readonly [number, number];

/** A time held under a position on the axis (px) while a gesture moves. */
export interface Grip {
  readonly time: number;
  readonly px: number;
}

/** The time shown at a position on the axis. */
export function timeAt(window: Interval, range: Range, px: number): number {
  return window.start + ((px - range[0]) / (range[1] - range[0])) * (window.end - window.start);
}

/**
 * Keeps a window at least a day wide and inside the base window; undefined when it covers the
 * whole base window (the unzoomed view).
 */
export function clampWindow(window: Interval, base: Interval): Interval | undefined {
  let { start, end } = window;
  if (end - start < MIN_WINDOW_MS) {
    const mid = (start + end) / 2;
    start = mid - MIN_WINDOW_MS / 2;
    end = mid + MIN_WINDOW_MS / 2;
  }
  const width = Math.min(end - start, base.end - base.start);
  start = Math.max(base.start, Math.min(start, base.end - width));
  end = start + width;
  if (start <= base.start && end >= base.end) return undefined;
  return { start, end };
}

/**
 * Zooms by `factor` (above 1: in) around the time `at`, which stays where it is on screen. The
 * width stops at a day and at the base window instead of the window sliding off the pointer.
 */
export function zoomAround(
  window: Interval,
  base: Interval,
  at: number,
  factor: number,
): Interval | undefined {
  const width = window.end - window.start;
  const target = Math.min(base.end - base.start, Math.max(MIN_WINDOW_MS, width / factor));
  const k = target / width;
  return clampWindow({ start: at - (at - window.start) * k, end: at + (window.end - at) * k }, base);
}

/**
 * The window `width` wide (held between a day and the whole) that shows the gripped time under
 * its pointer: a drag keeps the width it started with, a pinch sets it from how far the fingers
 * have spread. Undefined result: the whole base window.
 */
export function gripWindow(base: Interval, range: Range, grip: Grip, width: number): Interval | undefined {
  const w = Math.min(base.end - base.start, Math.max(MIN_WINDOW_MS, width));
  const start = grip.time - (grip.px - range[0]) * (w / (range[1] - range[0]));
  return clampWindow({ start, end: start + w }, base);
}
