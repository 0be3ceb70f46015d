/**
 * The overview strip shown while zoomed: the whole document on the chart's own (compressed)
 * scale, every event as a tick, and the visible window as a box a reader can drag or click.
 */
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import type { Box, TimeDirection } from './types.js';
import { MARGIN, TARGET } from './metrics.js';
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
  /**
   * The events' ticks, each from its top down to the axis (core events' taller), as one path per
   * category and kind: a strip of a few hundred ticks is a handful of elements, so the first
   * jump into a large document does not build hundreds of lines.
   */
  readonly ticks: readonly OverviewTicks[];
  /** The visible window. */
  readonly window: Box;
  /** Stretches drawn compressed, shaded as on the chart. */
  readonly compressed: readonly Box[];
}

/** Ticks of one category and kind, as one path of vertical strokes; `event` is one of them (for the colour). */
export interface OverviewTicks {
  readonly event: TimelineEvent;
  readonly core: boolean;
  readonly d: string;
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
  const x0 = MARGIN;
  const x1 = Math.max(x0 + 1, width - MARGIN);
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
    ticks: binned(model, x, `${range[0]} ${range[1]}`, axisY),
    // At least a click target wide, so that a narrow window can still be grabbed.
    window: boxAround(Math.min(a, b), Math.max(a, b), TARGET, x0, x1),
    compressed: stretches(warp, whole)
      .filter((s) => s.compressed)
      .map((s) => {
        const [p, q] = [x(s.start), x(s.end)];
        return { x: Math.min(p, q), y: 2, width: Math.abs(q - p), height: OVERVIEW_HEIGHT - 4 };
      }),
  };
}

/**
 * One tick per few pixels: a strip for 20,000 events stays a few hundred ticks. A bin shows its
 * first core event, else its first event.
 */
function binned(
  model: TimelineModel,
  x: (t: number) => number,
  range: string,
  axisY: number,
): readonly OverviewTicks[] {
  // The ticks depend only on the document and the strip's range, not on the window: a zoom
  // jump at 10,000 events reuses them instead of placing every event again.
  const kept = ticksOf.get(model);
  if (kept?.range === range) return kept.ticks;
  const bins = new Map<number, { event: TimelineEvent; x: number; core: boolean }>();
  for (const e of model.events) {
    const px = x(e.time);
    const bin = Math.round(px / OVERVIEW_BIN);
    const core = e.importance === 'core';
    const held = bins.get(bin);
    if (!held || (core && !held.core)) bins.set(bin, { event: e, x: px, core });
  }
  const groups = new Map<string, { event: TimelineEvent; core: boolean; d: string }>();
  for (const b of bins.values()) {
    const key = `${+b.core}${b.event.category ?? ''}`;
    const group = groups.get(key) ?? { event: b.event, core: b.core, d: '' };
    group.d += `M${b.x.toFixed(1)} ${b.core ? 6 : 12}V${axisY}`;
    groups.set(key, group);
  }
  const ticks = [...groups.values()];
  ticksOf.set(model, { range, ticks });
  return ticks;
}

/** The strip's ticks per document (a model never changes), for the range they were placed in. */
const ticksOf = new WeakMap<TimelineModel, { range: string; ticks: readonly OverviewTicks[] }>();

/** Width of an overview bin, px. */
const OVERVIEW_BIN = 4;

function boxAround(a: number, b: number, least: number, lo: number, hi: number): Box {
  const grow = Math.max(0, least - (b - a)) / 2;
  const from = Math.max(lo, Math.min(a - grow, hi - Math.max(least, b - a)));
  return { x: from, y: 1, width: Math.max(least, b - a), height: OVERVIEW_HEIGHT - 2 };
}
