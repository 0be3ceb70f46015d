/** Dense views: the visible events split into single marks and counted clusters. */
import type { TimelineEvent } from '../schema/model.js';
import { METRICS } from './metrics.js';
import type { ClusterMark, Orientation } from './types.js';
import { coreRanks, type InView } from './visible.js';

/**
 * Splits the visible events into single marks and clusters. Below `maxMarks` every event is its
 * own mark. Above it, core events (up to about a limit) stay single and labelled, the rest are
 * binned along the axis: a bin with one event keeps it, a bin with several becomes a count.
 *
 * Both choices hold still while the reader pans or zooms: bins are fixed stretches of time (a
 * power of two of milliseconds, 1–2 bin widths in px), and the core events kept are every 2^k-th
 * by their rank in the whole model, so the same events keep their labels as the window slides,
 * and zooming in by two keeps every label and adds the ones between.
 */
export function declutter(
  all: readonly TimelineEvent[],
  { inside: visible, cores: coreCount }: InView,
  position: (time: number) => number,
  msPerPx: number,
  coreLimit: number,
  cross: number,
  orientation: Orientation,
): { singles: TimelineEvent[]; clusters: ClusterMark[] } {
  if (visible.length <= METRICS.maxMarks) return { singles: visible, clusters: [] };
  const singles: TimelineEvent[] = [];
  const rest: TimelineEvent[] = [];
  const ranks = coreRanks(all);
  const stride = 2 ** Math.max(0, Math.ceil(Math.log2(coreCount / coreLimit)));
  for (let i = 0; i < visible.length; i++) {
    const e = visible[i]!;
    const rank = ranks[e.index]!;
    if (rank >= 0 && rank % stride === 0) singles.push(e);
    else rest.push(e);
  }
  // A power of two of milliseconds, at least `clusterBin` px wide: the bins, and with them the
  // clusters, stay the same through zoom steps until the scale has doubled.
  const binMs = 2 ** Math.ceil(Math.log2(METRICS.clusterBin * msPerPx));
  const clusters: ClusterMark[] = [];
  // The events are in time order (the model's): each bin's are a run of them, found without a
  // table of bins (at 10,000 events a first render put every event into one).
  for (let i = 0, j = 1; i < rest.length; i = j++) {
    const bin = Math.floor(rest[i]!.time / binMs);
    while (j < rest.length && Math.floor(rest[j]!.time / binMs) === bin) j++;
    if (j - i === 1) {
      singles.push(rest[i]!);
      continue;
    }
    const members = rest.slice(i, j);
    let start = Infinity;
    let end = -Infinity;
    let sum = 0;
    for (let k = 0; k < members.length; k++) {
      const m = members[k]!;
      start = Math.min(start, m.span.start);
      end = Math.max(end, m.span.end);
      sum += position(m.time);
    }
    const at = sum / members.length;
    // Neighbouring bins' circles never touch.
    const radius = Math.min(METRICS.clusterBin / 2 - 1, 4 + Math.log2(members.length));
    clusters.push({
      id: `cluster-${members[0]!.id}-${members[members.length - 1]!.id}`,
      x: orientation === 'horizontal' ? at : cross,
      y: orientation === 'horizontal' ? cross : at,
      count: members.length,
      radius,
      ring: radius + METRICS.ringGap,
      span: { start, end },
      events: members,
    });
  }
  // Model order (time, then span, then id) is total: marks keep their order from frame to frame.
  singles.sort((a, b) => a.index - b.index);
  clusters.sort((a, b) => a.span.start - b.span.start || a.events[0]!.index - b.events[0]!.index);
  return { singles, clusters };
}
