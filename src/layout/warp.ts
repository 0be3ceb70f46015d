/**
 * The piecewise time scale behind a document's `focus`: time inside the focus keeps its length,
 * time before and after it is compressed by one factor, so that in the whole view the focus
 * takes `FOCUS_SHARE` of the axis. Layout, zoom and the overview strip all measure along the
 * warped time ("axis time"); zooming and panning are linear in it, so they carry on across a
 * break and the background stays compressed at every zoom level.
 */
import type { TimelineModel } from '../schema/model.js';
import { linearScale, type Scale } from './scales.js';
import type { Interval } from '../time/partial-date.js';

/** The share of the whole view's axis the focus takes. */
export const FOCUS_SHARE = 0.8;

export interface TimeWarp {
  /** Time (epoch ms) to axis time. */
  to(time: number): number;
  /** Axis time back to time. */
  from(axis: number): number;
  /** How many times shorter the background is drawn than the focus (1: no compression). */
  readonly factor: number;
  /** The focus, when the scale is compressed around it. */
  readonly focus?: Interval;
}

const IDENTITY: TimeWarp = { to: (t) => t, from: (u) => u, factor: 1 };

/**
 * The warp for a document shown over `base` (its whole window). No focus, or a background that
 * already takes less than its share, gives the identity: an even scale with no break.
 */
export function timeWarp(model: TimelineModel, base: Interval): TimeWarp {
  const focus = model.focus;
  if (!focus) return IDENTITY;
  // A focus that reaches an end of the data reaches the end of the window: the padding beyond
  // the last event is no background to compress.
  const extent = model.extent ?? base;
  const f0 = focus.start <= extent.start ? base.start : Math.max(base.start, focus.start);
  const f1 = focus.end >= extent.end ? base.end : Math.min(base.end, focus.end);
  const inside = f1 - f0;
  const outside = base.end - base.start - inside;
  if (inside <= 0 || outside <= 0) return IDENTITY;
  const factor = (outside / inside) * (FOCUS_SHARE / (1 - FOCUS_SHARE));
  if (factor <= 1) return IDENTITY;
  return {
    factor,
    focus: { start: f0, end: f1 },
    to: (t) => (t < f0 ? f0 - (f0 - t) / factor : t > f1 ? f1 + (t - f1) / factor : t),
    from: (u) => (u < f0 ? f0 - (f0 - u) * factor : u > f1 ? f1 + (u - f1) * factor : u),
  };
}

/** A window in axis time. */
export function warpWindow(warp: TimeWarp, w: Interval): Interval {
  return { start: warp.to(w.start), end: warp.to(w.end) };
}

/** A window in axis time, back in time. */
export function unwarpWindow(warp: TimeWarp, w: Interval): Interval {
  return { start: warp.from(w.start), end: warp.from(w.end) };
}

/**
 * The stretches of a window on one even scale each: the background before the focus, the focus,
 * the background after it. A window that never reaches a break is one stretch.
 */
export function stretches(warp: TimeWarp, w: Interval): Array<Interval & { compressed: boolean }> {
  const f = warp.focus;
  if (!f) return [{ ...w, compressed: false }];
  const cuts = [w.start, ...[f.start, f.end].filter((t) => t > w.start && t < w.end), w.end];
  const out: Array<Interval & { compressed: boolean }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push({ start, end, compressed: end <= f.start || start >= f.end });
  }
  return out;
}

/** A scale from time to px over a window, even in axis time: piecewise linear in time. */
export function warpedScale(warp: TimeWarp, window: Interval, range: readonly [number, number]): Scale {
  const even = linearScale([warp.to(window.start), warp.to(window.end)], range);
  const scale = ((t: number) => even(warp.to(t))) as Scale;
  return Object.assign(scale, {
    domain: [window.start, window.end] as const,
    range,
    invert: (px: number) => warp.from(even.invert(px)),
  });
}
