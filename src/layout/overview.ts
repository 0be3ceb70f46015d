/**
 * The overview strip shown while zoomed: the whole document on the chart's own (compressed)
 * scale, every event as a tick, and the visible window as a box a reader can drag or click.
 */
import type { TimelineModel } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import type { Box, TimeDirection } from './types.js';
import { METRICS } from './metrics.js';
import { defaultWindow } from './visible.js';
import { stretches, timeWarp, warpedScale, warpWindow } from './warp.js';
import type { Range } from '../time/zoom-window.js';

export interface Overview {
  readonly width: number;
  readonly height: number;
  /** The whole document in axis time, drawn from `range[0]` to `range[1]`. */
  readonly base: Interval;
  readonly range: Range;
  readonly axisY: number;
  /** Each mark a tick from `top` down to the axis; core events' ticks are taller. */
  readonly marks: ReadonlyArray<{
    readonly id: string;
    readonly x: number;
    readonly top: number;
    readonly core: boolean;
  }>;
  /** The visible window. */
  readonly window: Box;
  /** Stretches drawn compressed, shaded as on the chart. */
  readonly compressed: readonly Box[];
}

export const OVERVIEW_HEIGHT = 30;

export function layoutOverview(
  model: TimelineModel,
  width: number,
  timeDirection: TimeDirection,
  window: Interval,
): Overview {
  const whole = defaultWindow(model);
  const warp = timeWarp(model, whole);
  const x0 = METRICS.margin;
  const x1 = Math.max(x0 + 1, width - METRICS.margin);
  const range: Range = timeDirection === 'ltr' ? [x0, x1] : [x1, x0];
  const x = warpedScale(warp, whole, range);
  const axisY = OVERVIEW_HEIGHT - 8;
  const [a, b] = [x(Math.max(whole.start, window.start)), x(Math.min(whole.end, window.end))];
  return {
    width,
    height: OVERVIEW_HEIGHT,
    base: warpWindow(warp, whole),
    range,
    axisY,
    marks: binned(model, x, `${range[0]} ${range[1]}`),
    // At least a click target wide, so that a narrow window can still be grabbed.
    window: boxAround(Math.min(a, b), Math.max(a, b), METRICS.target, x0, x1),
    compressed: stretches(warp, whole)
      .filter((s) => s.compressed)
      .map((s) => {
        const [p, q] = [x(s.start), x(s.end)];
        return { x: Math.min(p, q), y: 2, width: Math.abs(q - p), height: OVERVIEW_HEIGHT - 4 };
      }),
  };
}

/**
 * One tick per few pixels: a strip for 20,000 events stays a few hundred lines. A bin shows its
 * first core event, else its first event.
 */
function binned(model: TimelineModel, x: (t: number) => number, range: string): Overview['marks'] {
  // The ticks depend only on the document and the strip's range, not on the window: a zoom
  // jump at 10,000 events reuses them instead of placing every event again.
  const kept = ticksOf.get(model);
  if (kept?.range === range) return kept.marks;
  const bins = new Map<number, { id: string; x: number; top: number; core: boolean }>();
  for (const e of model.events) {
    const px = x(e.time);
    const bin = Math.round(px / OVERVIEW_BIN);
    const core = e.importance === 'core';
    const held = bins.get(bin);
    if (!held || (core && !held.core)) bins.set(bin, { id: e.id, x: px, top: core ? 6 : 12, core });
  }
  const marks = [...bins.values()];
  ticksOf.set(model, { range, marks });
  return marks;
}

/** The strip's ticks per document (a model never changes), for the range they were placed in. */
const ticksOf = new WeakMap<TimelineModel, { range: string; marks: Overview['marks'] }>();

/** Width of an overview bin, px. */
const OVERVIEW_BIN = 4;

function boxAround(a: number, b: number, least: number, lo: number, hi: number): Box {
  const grow = Math.max(0, least - (b - a)) / 2;
  const from = Math.max(lo, Math.min(a - grow, hi - Math.max(least, b - a)));
  return { x: from, y: 1, width: Math.max(least, b - a), height: OVERVIEW_HEIGHT - 2 };
}
