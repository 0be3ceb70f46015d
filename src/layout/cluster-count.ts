/**
 * A cluster's count, drawn inside its bubble when there is room. A bubble grows to hold its
 * count (its size still says roughly how many it holds) as far as its neighbours along the axis
 * leave room; a count that would not fit even then is not drawn, and the cluster's accessible
 * name still gives it.
 */
import { METRICS } from './metrics.js';
import type { ClusterMark, Orientation } from './types.js';

/** The largest bubble, in px of radius: the size of a mark's click target. */
export const MAX_CLUSTER_RADIUS = 12;
/** Room between a count's text and its bubble's outline, in px. */
const COUNT_PADDING = 3;
/** The smallest radius that holds a line of the small font (12–13 px), in px. */
const TEXT_RADIUS = 7;
/** The radius of a count's patch's corners, in px (see `ClusterMark.countBox`). */
export const COUNT_CORNER = 3;
/** Space kept between two neighbouring bubbles, in px. */
const BUBBLE_GAP = 1;

/** Estimated width of a count when none is measured: digits of a bold 12–13 px font. */
export function estimatedCountWidth(count: number): number {
  return String(count).length * 8;
}

export function fitCounts(
  clusters: readonly ClusterMark[],
  orientation: Orientation,
  countWidth: (count: number) => number = estimatedCountWidth,
): ClusterMark[] {
  const along = (k: ClusterMark) => (orientation === 'horizontal' ? k.x : k.y);
  const byPlace = clusters.map((k, i) => ({ k, i })).sort((a, b) => along(a.k) - along(b.k));
  const out: ClusterMark[] = [...clusters];
  byPlace.forEach(({ k, i }, n) => {
    const before = byPlace[n - 1]?.k;
    const after = byPlace[n + 1]?.k;
    // Each bubble may take half the distance to its neighbours, so that no two ever touch.
    const room = Math.min(
      MAX_CLUSTER_RADIUS,
      before ? (along(k) - along(before) - BUBBLE_GAP) / 2 : Infinity,
      after ? (along(after) - along(k) - BUBBLE_GAP) / 2 : Infinity,
    );
    const half = countWidth(k.count) / 2;
    const needed = Math.max(TEXT_RADIUS, half + COUNT_PADDING);
    out[i] =
      needed <= room
        ? {
            ...k,
            radius: Math.max(k.radius, needed),
            ring: Math.max(k.radius, needed) + METRICS.ringGap,
            countShown: true,
            // Relative to the bubble's centre; round-cornered (COUNT_CORNER), it stays inside
            // the outline of the smallest bubble.
            countBox: { x: -half - 2, y: -6, width: 2 * half + 4, height: 12 },
          }
        : { ...k, countShown: false };
  });
  return out;
}
