/**
 * Where the keyboard stops on the series track: one target per observation drawn in the window
 * (a firm figure, or a disputed observation with all its estimates), in time order, with the box
 * its focus ring is drawn around. Pure geometry from the laid-out track; the words come from
 * locale/describe.
 */
import { METRICS } from './metrics.js';
import type { SeriesTrack } from './series.js';

/** Half the side of a firm figure's focus ring, in px (its dot has a radius of 3.5). */
const POINT_RING = 8;

export interface SeriesTarget {
  /** The instant of the observation; a disputed one's estimates share it. */
  readonly time: number;
  readonly disputed: boolean;
  /** The focus ring's box, in the chart's px. */
  readonly ring: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface SeriesTargets {
  readonly seriesId: string;
  /** Index among the drawn series, as on the track. */
  readonly index: number;
  readonly targets: readonly SeriesTarget[];
}

export interface TrackTargets {
  readonly lines: readonly SeriesTargets[];
  /** Which arrow goes forward in time on the track, as drawn. */
  readonly forward: 'right' | 'left';
}

const CACHE = new WeakMap<SeriesTrack, TrackTargets>();

/** The keyboard's stops on a track, in time order per series (computed once per track). */
export function seriesTargets(track: SeriesTrack): TrackTargets {
  const cached = CACHE.get(track);
  if (cached) return cached;
  let forward: 'right' | 'left' = 'right';
  const lines = track.lines.map((line): SeriesTargets => {
    const targets: SeriesTarget[] = [];
    for (const d of line.disputes) {
      const top = d.open?.y ?? d.band.y;
      targets.push({
        time: d.time,
        disputed: true,
        ring: {
          x: d.band.x - METRICS.ringGap,
          y: top - METRICS.ringGap,
          width: d.band.width + 2 * METRICS.ringGap,
          height: d.band.y + d.band.height - top + 2 * METRICS.ringGap,
        },
      });
    }
    for (const m of line.marks) {
      if (line.disputes.some((d) => d.time === m.time)) continue;
      targets.push({
        time: m.time,
        disputed: false,
        ring: { x: m.x - POINT_RING, y: m.y - POINT_RING, width: 2 * POINT_RING, height: 2 * POINT_RING },
      });
    }
    targets.sort((a, b) => a.time - b.time);
    const [first, last] = [line.marks[0], line.marks[line.marks.length - 1]];
    if (first && last && last.time > first.time && last.x < first.x) forward = 'left';
    return { seriesId: line.series.id, index: line.index, targets };
  });
  const result = { lines, forward };
  CACHE.set(track, result);
  return result;
}
