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
  /**
   * The lane the label had in the layout shown before, tried first: while the window moves,
   * labels hold their lanes instead of reshuffling whenever a label enters or leaves at an edge.
   */
  readonly lane?: number;
  /** Lanes the box takes, from its lane away from the axis: a label wrapped onto more lines. */
  readonly rows?: number;
  /**
   * Other shapes the label may take, in order of preference, when its own finds no room in any
   * lane: a label shown whole on one wide line may instead wrap onto two lanes, or be cut.
   */
  readonly otherwise?: ReadonlyArray<LabelShape>;
}

/** A shape a label may take: its box's width and the lanes it takes. */
export interface LabelShape {
  readonly width: number;
  readonly rows: number;
  /** The box is too narrow for the whole text, which is cut: taken only where no whole shape fits. */
  readonly cut?: boolean;
}

export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
  /** The lane nearest the axis that the box takes; it takes `rows` lanes from there. */
  readonly lane: number;
  readonly rows: number;
}

/** The most lines a label wraps onto. */
export const MAX_LABEL_LINES = 4;

/**
 * Lines a label's text takes in a box of `inner` px (the box less its padding and borders).
 * Words wrap whole, so a line holds less than its full width: a tenth is kept for that.
 */
export function labelLines(textWidth: number, inner: number): number {
  if (textWidth <= inner) return 1;
  return Math.min(MAX_LABEL_LINES, Math.ceil(textWidth / (Math.max(1, inner) * 0.9)));
}

/** Space kept between two labels in one lane. */
export const LABEL_GAP = 8;

/** A lane: disjoint [x0, x1] intervals kept sorted by x0, at least `gap` apart. */
export class Lane {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly gap = LABEL_GAP) {}

  get empty(): boolean {
    return this.starts.length === 0;
  }

  /** True when [x0, x1] keeps the gap clear of every interval in the lane. */
  fits(x0: number, x1: number): boolean {
    // First interval whose end reaches past x0 - gap; only it can collide from the left side.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! + this.gap <= x0) lo = mid + 1;
      else hi = mid;
    }
    return lo >= this.starts.length || this.starts[lo]! >= x1 + this.gap;
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
 * Numbers the lanes that hold something 0, 1, 2… in their order: lanes kept from a layout before
 * can leave a lane below them empty, and an empty lane would only be a gap in the picture.
 */
export function compactLanes(lanes: readonly Lane[]): number[] {
  let next = 0;
  return lanes.map((lane) => (lane.empty ? -1 : next++));
}

/**
 * Assigns each request a box inside [0, extent] and a lane. Optional labels use the lanes that
 * exist (at least `minLanes`); one that finds no room there whole may open up to `openLanes`
 * more (within `maxLanes`) before it is cut or left out; required labels open new lanes up to
 * `maxLanes`. Requests
 * come in priority order, required ones first; among requests of one kind, those that keep their
 * own lane are placed before the others look for room, so that a label entering at an edge
 * takes a free place instead of pushing the others around. Keeping lanes never costs the
 * picture: when it would take more lanes, or leave out more required labels, than placing from
 * scratch, the placement from scratch is taken.
 * Returns undefined for a label that got no place.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  extent: number,
  minLanes: number,
  maxLanes: number,
  openLanes = 0,
): Array<PlacedLabel | undefined> {
  const fresh = place(requests, extent, minLanes, maxLanes, openLanes, false);
  if (!requests.some((r) => r.lane !== undefined)) return fresh;
  const kept = place(requests, extent, minLanes, maxLanes, openLanes, true);
  const lanes = (p: typeof kept) => p.reduce((n, l) => (l ? Math.max(n, l.lane + l.rows) : n), 0);
  const missing = (p: typeof kept) => p.filter((l, i) => !l && requests[i]!.required).length;
  return lanes(kept) > lanes(fresh) || missing(kept) > missing(fresh) ? fresh : kept;
}

function place(
  requests: readonly LabelRequest[],
  extent: number,
  minLanes: number,
  maxLanes: number,
  openLanes: number,
  keep: boolean,
): Array<PlacedLabel | undefined> {
  const lanes: Lane[] = [];
  const placed: Array<PlacedLabel | undefined> = [];
  // Each request's shapes in order of preference, as boxes inside the drawing.
  const shapes = requests.map((r) =>
    [{ width: r.width, rows: r.rows ?? 1 }, ...(r.otherwise ?? [])].map(({ width: w, rows, cut }) => {
      const width = Math.min(w, extent);
      const x = r.grow === 'right' ? r.anchor : r.anchor - width;
      // Keep the box inside the drawing; the anchor stays inside it, so a leader line stays vertical.
      return { x: Math.max(0, Math.min(x, extent - width)), width, rows, cut: cut === true };
    }),
  );
  const fits = (i: number, lane: number, limit: number, shape: number) => {
    const { x, width, rows } = shapes[i]![shape]!;
    if (lane + rows > limit) return false;
    while (lanes.length < lane + rows) lanes.push(new Lane());
    for (let r = lane; r < lane + rows; r++) if (!lanes[r]!.fits(x, x + width)) return false;
    for (let r = lane; r < lane + rows; r++) lanes[r]!.add(x, x + width);
    placed[i] = { x, width, lane, rows };
    return true;
  };
  for (let from = 0; from < requests.length;) {
    const required = requests[from]!.required;
    let to = from;
    while (to < requests.length && requests[to]!.required === required) to++;
    // Optional labels open no lane but the few `openLanes` allow, kept or not.
    const limit = required ? maxLanes : Math.max(minLanes, lanes.filter((l) => !l.empty).length);
    const opened = required ? limit : Math.min(maxLanes, limit + openLanes);
    for (let i = from; keep && i < to; i++) {
      const lane = requests[i]!.lane;
      for (let s = 0; lane !== undefined && lane < opened && !placed[i] && s < shapes[i]!.length; s++) {
        fits(i, lane, opened, s);
      }
    }
    // Whole shapes in the lanes there are; an optional label then in lanes it opens (not one that
    // lost its kept lane while the window moves: it would jump lanes); cut last.
    const passes = required
      ? [
          { cut: false, limit, open: false },
          { cut: true, limit, open: false },
        ]
      : [
          { cut: false, limit, open: false },
          { cut: false, limit: opened, open: true },
          { cut: true, limit, open: false },
        ];
    for (const pass of passes) {
      for (let i = from; i < to; i++) {
        if (pass.open && keep && requests[i]!.lane !== undefined) continue;
        for (let s = 0; !placed[i] && s < shapes[i]!.length; s++) {
          if (shapes[i]![s]!.cut !== pass.cut) continue;
          for (let lane = 0; !placed[i] && lane < pass.limit; lane++) fits(i, lane, pass.limit, s);
        }
      }
    }
    from = to;
  }
  const order = compactLanes(lanes);
  return requests.map((_, i) => {
    const p = placed[i];
    return p && { ...p, lane: order[p.lane]! };
  });
}

/**
 * Tops for boxes stacked along one line in a fixed order, each as near its own anchor as the
 * others allow: boxes that would overlap form a block centred on the mean of its members'
 * anchors (the least total squared distance), never above `min`. A crowded block spreads both
 * ways from its marks, so its leaders stay short and fan out evenly, instead of all being pushed
 * one way.
 */
export function stackAround(
  anchors: readonly number[],
  heights: readonly number[],
  gap: number,
  min = -Infinity,
): number[] {
  // Each block: its first member, the sum over members of (anchor − centre offset in the block),
  // its member count and its height.
  const blocks: Array<{ first: number; sum: number; size: number; height: number }> = [];
  const top = (b: { sum: number; size: number }) => Math.max(min, b.sum / b.size);
  anchors.forEach((anchor, i) => {
    let block = { first: i, sum: anchor - heights[i]! / 2, size: 1, height: heights[i]! };
    for (let prev = blocks.at(-1); prev && top(prev) + prev.height + gap > top(block); prev = blocks.at(-1)) {
      blocks.pop();
      const shift = prev.height + gap;
      block = {
        first: prev.first,
        sum: prev.sum + block.sum - block.size * shift,
        size: prev.size + block.size,
        height: shift + block.height,
      };
    }
    blocks.push(block);
  });
  const tops: number[] = [];
  for (const b of blocks) {
    let y = top(b);
    for (let i = b.first; i < b.first + b.size; i++) {
      tops.push(y);
      y += heights[i]! + gap;
    }
  }
  return tops;
}
