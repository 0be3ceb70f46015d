/**
 * The frame of one orientation, so that one layout pass serves both: where the time axis runs
 * (the main coordinate: x when horizontal, y when vertical), where it stands across (the cross
 * coordinate), which way is forward in time on screen, and which side of it the labels and the
 * period bars take. Everything the pass places goes through `point`, `box` and `segment`.
 */
import { METRICS } from './metrics.js';
import type { Box, Forward, LayoutInput, Orientation, Segment } from './types.js';

export interface AxisFrame {
  readonly orientation: Orientation;
  readonly forward: Forward;
  /** The axis's pixel extent along the main coordinate, low to high. */
  readonly lo: number;
  readonly hi: number;
  /** The time scale's range: [lo, hi] in the direction time runs. */
  readonly range: readonly [number, number];
  /** Across the axis, the sign of the side the labels take (horizontal: up; vertical: the reading side). */
  readonly toward: 1 | -1;
  /** The sign of the side the period bars take: away from the labels (horizontal) or beside them (vertical). */
  readonly periods: 1 | -1;
  /** Screen point of a (main, cross) position. */
  point(main: number, cross: number): { x: number; y: number };
  /** The main coordinate of a screen point. */
  along(p: { readonly x: number; readonly y: number }): number;
  /** The box from `from` along the axis for `length` px, between two cross positions in either order. */
  box(from: number, length: number, cross: readonly [number, number]): Box;
  segment(from: readonly [number, number], to: readonly [number, number]): Segment;
}

/** `rise`: vertical, how much further down the axis starts, leaving room above it for labels. */
export function axisFrame(input: LayoutInput, rise = 0): AxisFrame {
  const width = Math.max(1, input.width);
  const ltr = input.timeDirection === 'ltr';
  if (input.orientation === 'vertical') {
    const top = METRICS.margin + 8 + rise;
    // The axis length depends on the document, not on the window, so zooming keeps its pixel range.
    const span = Math.min(2400, Math.max(420, input.model.events.length * METRICS.verticalRowHeight));
    const side = ltr ? 1 : -1;
    return {
      orientation: 'vertical',
      forward: 'down',
      lo: top,
      hi: top + span,
      range: [top, top + span],
      toward: side,
      periods: side,
      point: (main, cross) => ({ x: cross, y: main }),
      along: (p) => p.y,
      box: (from, length, [c0, c1]) => ({
        x: Math.min(c0, c1),
        y: from,
        width: Math.abs(c1 - c0),
        height: length,
      }),
      segment: ([m1, c1], [m2, c2]) => ({ x1: c1, y1: m1, x2: c2, y2: m2 }),
    };
  }
  const x0 = METRICS.margin;
  const x1 = Math.max(x0 + 1, width - METRICS.margin);
  return {
    orientation: 'horizontal',
    forward: ltr ? 'right' : 'left',
    lo: x0,
    hi: x1,
    range: ltr ? [x0, x1] : [x1, x0],
    toward: -1,
    periods: 1,
    point: (main, cross) => ({ x: main, y: cross }),
    along: (p) => p.x,
    box: (from, length, [c0, c1]) => ({
      x: from,
      y: Math.min(c0, c1),
      width: length,
      height: Math.abs(c1 - c0),
    }),
    segment: ([m1, c1], [m2, c2]) => ({ x1: m1, y1: c1, x2: m2, y2: c2 }),
  };
}
