/**
 * Label lanes: places label boxes in horizontal lanes so that no two boxes in a lane overlap.
 * Pure and deterministic; the caller decides the order (core events first).
 */

export interface LabelRequest {
  /** The x the label belongs to (its marker). */
  readonly anchor: number;
  readonly width: number;
  /** Which way the box grows from the anchor: towards larger x (`end`) or smaller x (`start`). */
  readonly grow: 'right' | 'left';
  /** A required label gets a new lane when the existing ones are full. */
  readonly required: boolean;
}

export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
  readonly lane: number;
}

/** Space kept between two labels in one lane. */
export const LABEL_GAP = 8;

/** A lane: disjoint [x0, x1] intervals kept sorted by x0. */
class Lane {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when [x0, x1] keeps LABEL_GAP clear of every interval in the lane. */
  fits(x0: number, x1: number): boolean {
    // First interval whose end reaches past x0 - gap; only it can collide from the left side.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! + LABEL_GAP <= x0) lo = mid + 1;
      else hi = mid;
    }
    return lo >= this.starts.length || this.starts[lo]! >= x1 + LABEL_GAP;
  }

  add(x0: number, x1: number): void {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < x0) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, x0);
    this.ends.splice(lo, 0, x1);
  }
}

/**
 * Assigns each request a box inside [0, extent] and a lane. Optional labels use only the lanes
 * that exist (at least `minLanes`); required labels open new lanes up to `maxLanes`.
 * Returns undefined for a label that got no place.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  extent: number,
  minLanes: number,
  maxLanes: number,
): Array<PlacedLabel | undefined> {
  const lanes: Lane[] = [];
  const placed: Array<PlacedLabel | undefined> = [];
  for (const r of requests) {
    const width = Math.min(r.width, extent);
    let x = r.grow === 'right' ? r.anchor : r.anchor - width;
    // Keep the box inside the drawing; the anchor stays inside it, so a leader line stays vertical.
    x = Math.max(0, Math.min(x, extent - width));
    const limit = r.required ? maxLanes : Math.max(minLanes, lanes.length);
    let lane = -1;
    for (let i = 0; i < limit; i++) {
      if (i === lanes.length) lanes.push(new Lane());
      if (lanes[i]!.fits(x, x + width)) {
        lane = i;
        break;
      }
    }
    if (lane < 0) {
      placed.push(undefined);
      continue;
    }
    lanes[lane]!.add(x, x + width);
    placed.push({ x, width, lane });
  }
  return placed;
}
