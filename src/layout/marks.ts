/** Pieces of an event's mark shared by both orientations: where it stands, its band, its deadline or arrow. */
import type { TimelineEvent } from '../schema/model.js';
import { METRICS } from './metrics.js';
import type { EventMark, Orientation, Segment, TimeDirection } from './types.js';

/** Band-only marks for events whose instant is outside the window, clipped to [lo, hi]. */
export function edgeMarks(
  edge: readonly TimelineEvent[],
  position: (t: number) => number,
  [lo, hi]: readonly [number, number],
  cross: number,
  orientation: Orientation,
): EventMark[] {
  return edge.map((e) => {
    const [a, b] = clip(position(e.span.start), position(e.span.end), lo, hi);
    const band =
      orientation === 'horizontal'
        ? { x: a, y: cross - 5, width: Math.max(1, b - a), height: 10 }
        : { x: cross - 5, y: a, width: 10, height: Math.max(1, b - a) };
    const mid = (a + b) / 2;
    return {
      event: e,
      x: orientation === 'horizontal' ? mid : cross,
      y: orientation === 'horizontal' ? cross : mid,
      band,
      offscreen: true,
    };
  });
}

/**
 * Marks in model order, bands reaching in from the edges included: an event keeps its place
 * in the list (and its element in the DOM) while a pan carries its instant out of the window.
 */
export function byModelOrder(a: EventMark, b: EventMark): number {
  return a.event.index - b.event.index;
}

/** The pixel interval between two positions, cut to [lo, hi]. */
export function clip(p: number, q: number, lo: number, hi: number): [number, number] {
  const a = Math.max(lo, Math.min(p, q));
  const b = Math.min(hi, Math.max(p, q));
  return [a, Math.max(a, b)];
}

/** Where an event's marker stands: a period's start, any other event's instant. */
export function markTime(e: TimelineEvent): number {
  return e.kind === 'period' ? e.span.start : e.time;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(Math.min(lo, hi), Math.min(v, Math.max(lo, hi)));
}

export function numbered(e: TimelineEvent, ranks: Int32Array): { number?: number } {
  const rank = ranks[e.index]!;
  return rank >= 0 ? { number: rank + 1 } : {};
}

/** A deadline's tick across the axis, or a short arrow towards the open side of before/after. */
export function deadlineAndOpen(
  e: TimelineEvent,
  x: number,
  y: number,
  orientation: Orientation,
  direction: TimeDirection,
): { deadline?: Segment; open?: Segment } {
  if (e.qualifier === 'by') {
    return orientation === 'horizontal'
      ? { deadline: { x1: x, y1: y - METRICS.deadlineReach, x2: x, y2: y + METRICS.deadlineReach } }
      : { deadline: { x1: x - METRICS.deadlineReach, y1: y, x2: x + METRICS.deadlineReach, y2: y } };
  }
  if (e.qualifier !== 'before' && e.qualifier !== 'after') return {};
  // Before points back in time, after forward; in screen terms that depends on the direction.
  const forward = e.qualifier === 'after' ? 1 : -1;
  if (orientation === 'vertical')
    return { open: { x1: x, y1: y, x2: x, y2: y + forward * METRICS.openReach } };
  const sign = direction === 'ltr' ? forward : -forward;
  return { open: { x1: x, y1: y, x2: x + sign * METRICS.openReach, y2: y } };
}
