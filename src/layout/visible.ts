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

/**
 * What layout reads of a model's whole list of events, found in one pass per model: how far any
 * event's span reaches before and after its anchor time, and each core event's rank among the
 * model's core events (by event index; -1 for a context event).
 */
interface Facts {
  readonly before: number;
  readonly after: number;
  readonly ranks: Int32Array;
}

const FACTS = new WeakMap<readonly TimelineEvent[], Facts>();

function factsOf(events: readonly TimelineEvent[]): Facts {
  let facts = FACTS.get(events);
  if (!facts) {
    let before = 0;
    let after = 0;
    let rank = 0;
    const ranks = new Int32Array(events.length);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      before = Math.max(before, e.time - e.span.start);
      after = Math.max(after, e.span.end - e.time);
      ranks[i] = e.importance === 'core' ? rank++ : -1;
    }
    facts = { before, after, ranks };
    FACTS.set(events, facts);
  }
  return facts;
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
  const reach = factsOf(all);
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

/** Each core event's rank among the model's core events (by event index); -1 for a context event. */
export function coreRanks(events: readonly TimelineEvent[]): Int32Array {
  return factsOf(events).ranks;
}
