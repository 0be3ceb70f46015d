/**
 * The order of the chart's marks (events and clusters) as the eye meets them along the axis,
 * forward in time: by where they are drawn (a year-precision mark stands at the start of its
 * year), then by time. The arrow keys follow it, and the chart is written in it, so that the
 * accessibility tree reads a dense view in the same order as the keys move.
 */
import type { Layout } from './types.js';

export interface OrderedMark {
  readonly id: string;
  readonly time: number;
  /** Index into `layout.events`, for an event's mark. */
  readonly event?: number;
  /** Index into `layout.clusters`, for a cluster. */
  readonly cluster?: number;
}

const CACHE = new WeakMap<Layout, readonly OrderedMark[]>();

/** The drawn marks in visual order (computed once per layout). */
export function markOrder(layout: Layout): readonly OrderedMark[] {
  const cached = CACHE.get(layout);
  if (cached) return cached;
  const horizontal = layout.orientation === 'horizontal';
  const sign = horizontal && layout.timeDirection === 'rtl' ? -1 : 1;
  const items: Array<OrderedMark & { at: number }> = [];
  layout.events.forEach((m, event) => {
    if (!m.offscreen)
      items.push({ id: m.event.id, time: m.event.time, at: sign * (horizontal ? m.x : m.y), event });
  });
  layout.clusters.forEach((c, cluster) =>
    items.push({
      id: c.id,
      time: (c.span.start + c.span.end) / 2,
      at: sign * (horizontal ? c.x : c.y),
      cluster,
    }),
  );
  const order = items.sort((a, b) => a.at - b.at || a.time - b.time);
  CACHE.set(layout, order);
  return order;
}
