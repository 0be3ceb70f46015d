/**
 * Which events a window shows: the default window around the data, the events whose span
 * reaches into a window, and each core event's rank in the model.
 */
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import { DAY, type Interval } from '../time/partial-date.js';
import type { LayoutInput } from './types.js';

/** A window around the data: padded by 4% each side, at least 30 days wide. */
export function defaultWindow(model: TimelineModel): Interval {
  const extent = model.extent ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
  const width = Math.max(extent.end - extent.start, 30 * DAY);
  const mid = extent.start + (extent.end - extent.start) / 2;
  const pad = width * 0.04;
  return { start: mid - width / 2 - pad, end: mid + width / 2 + pad };
}

/** How far any event's span reaches before and after its anchor time; one pass per model. */
const REACH = new WeakMap<readonly TimelineEvent[], { before: number; after: number }>();

function reachOf(events: readonly TimelineEvent[]): { before: number; after: number } {
  let reach = REACH.get(events);
  if (!reach) {
    let before = 0;
    let after = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      before = Math.max(before, e.time - e.span.start);
      after = Math.max(after, e.span.end - e.time);
    }
    reach = { before, after };
    REACH.set(events, reach);
  }
  return reach;
}

/** The first index whose event's time is at least a given time (events are sorted by time). */
function firstAtOrAfter(events: readonly TimelineEvent[], time: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events a window shows, split by where their instant is. */
export interface InView {
  /** Instant in the window: these are marks. */
  readonly inside: TimelineEvent[];
  /** Instant outside, span reaching in: these draw a band only. */
  readonly edge: TimelineEvent[];
  /** How many of `inside` are core events. */
  readonly cores: number;
}

/**
 * Events whose span overlaps the window (and that the filter keeps). The model is sorted by
 * time, and no span reaches further from its time than the model's widest reach, so two binary
 * searches bound the candidates: a view of a few years out of a century reads only those years.
 * One pass sorts them into marks and bands and counts the core ones.
 */
export function visibleEvents(input: LayoutInput, window: Interval): InView {
  const all = input.model.events;
  const reach = reachOf(all);
  const from = firstAtOrAfter(all, window.start - reach.after);
  const to = firstAtOrAfter(all, window.end + reach.before);
  const inside: TimelineEvent[] = [];
  const edge: TimelineEvent[] = [];
  let cores = 0;
  for (let i = from; i < to; i++) {
    const e = all[i]!;
    if (e.span.end <= window.start || e.span.start >= window.end) continue;
    if (input.eventFilter && !input.eventFilter(e)) continue;
    const t = e.kind === 'period' ? e.span.start : e.time;
    if (t >= window.start && t <= window.end) {
      inside.push(e);
      if (e.importance === 'core') cores++;
    } else edge.push(e);
  }
  return { inside, edge, cores };
}

/** Each core event's rank among the model's core events (by event index); one pass per model. */
const CORE_RANK = new WeakMap<readonly TimelineEvent[], Int32Array>();

export function coreRanks(events: readonly TimelineEvent[]): Int32Array {
  let ranks = CORE_RANK.get(events);
  if (!ranks) {
    ranks = new Int32Array(events.length).fill(-1);
    let rank = 0;
    for (let i = 0; i < events.length; i++) if (events[i]!.importance === 'core') ranks[i] = rank++;
    CORE_RANK.set(events, ranks);
  }
  return ranks;
}
