/**
 * Label lanes: places label boxes in horizontal lanes so that no two boxes in a lane overlap.
 * Pure and deterministic; the caller decides the order (core events first).
 */
import { TEXT_GAP } from './metrics.js';

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
  /** The lanes its box took in the layout shown before: that shape is tried first in its lane. */
  readonly keptRows?: number;
  /** Lanes the box takes, from its lane away from the axis: a label wrapped onto more lines. */
  readonly rows?: number;
  /** Its own shape stands beside a rule (see `LabelShape`). */
  readonly beside?: number;
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
  /**
   * The box stands wholly on the anchor's far side of this x (a rule between the mark and the
   * box), `LABEL_GAP` off it, and its leader bends: up from the anchor to the box's lowest line,
   * then across to the box's side (the mark's `arm`). Only a placement clear of leaders takes it.
   */
  readonly beside?: number;
}

export interface PlacedLabel {
  readonly x: number;
  readonly width: number;
  /** The lane nearest the axis that the box takes; it takes `rows` lanes from there. */
  readonly lane: number;
  readonly rows: number;
}

/**
 * The most lines a label wraps onto; past them its text ends in an ellipsis (its whole title is
 * in its name and tooltip).
 */
export const MAX_LABEL_LINES = 4;

/** The same beside a phone's axis, where a label has the column's width only. */
export const MAX_PHONE_LABEL_LINES = 8;

/**
 * Lines a label's text takes in a box of `inner` px (the box less its padding and borders).
 * Words wrap whole, so a line holds less than its full width: a tenth is kept for that.
 */
export function labelLines(textWidth: number, inner: number): number {
  if (textWidth <= inner) return 1;
  return Math.min(MAX_LABEL_LINES, Math.ceil(textWidth / (Math.max(1, inner) * 0.9)));
}

/**
 * Pieces of a text a line may end after, each with the spaces after it: a browser breaks a line
 * at a space, and after a hyphen or an en dash inside a word ("well-|known"); never at a no-break
 * space (U+00A0) or before a word joiner (U+2060), which hold their neighbours together.
 */
const BREAKS = /(?:[^\s\-–]|\u00a0)*[\-–]+(?=[^\s\u2060])|(?:\S|\u00a0)+[^\S\u00a0]*/g;

/**
 * Lines a text takes when the browser wraps it in a box `inner` px wide, found as the browser
 * fills them: each line takes pieces while they fit, measured as drawn (`measure` at the label's
 * font, a line's last spaces left hanging outside it), and the widest line's width. `lead` is
 * what stands before the text on its first line (a core label's number). A piece wider than a
 * whole line is broken anywhere (`overflow-wrap: anywhere`). At most `most` lines are counted. A
 * line keeps a twentieth of a px for rounding: the browser sets text on a 1/64 px grid, the
 * canvas measures it exactly. The text may come as its pieces' widths (see `textPieces`).
 */
export function wrappedLines(
  text: string | readonly number[],
  inner: number,
  measure: (text: string) => number,
  lead = 0,
  most = MAX_LABEL_LINES,
): { lines: number; width: number } {
  const pieces = typeof text === 'string' ? textPieces(text, measure) : text;
  const room = Math.max(1, inner - 0.05);
  let lines = 1;
  let width = 0;
  // The line's width up to its last piece's ink, and with that piece's spaces too.
  let ink = lead;
  let end = lead;
  for (let p = 0; p < pieces.length && lines <= most; p += 2) {
    const word = pieces[p]!;
    const full = pieces[p + 1]!;
    if (end + word <= room) {
      ink = end + word;
      end += full;
      continue;
    }
    // A line that holds anything ends here; a piece too long for a line of its own runs on.
    if (ink > 0) lines++;
    const over = Math.max(0, Math.ceil(word / room) - 1);
    lines += over;
    width = Math.max(width, ink, over ? room : 0);
    ink = word - over * room;
    end = ink + full - word;
  }
  return { lines: Math.min(most, lines), width: Math.max(width, ink) };
}

/**
 * A text's pieces (see `BREAKS`) as widths, two for each: without its spaces after it and with
 * them. A label wrapped at many box widths is split and measured once, and its pieces handed to
 * `wrappedLines` in place of its text.
 */
export function textPieces(text: string, measure: (text: string) => number): number[] {
  const widths: number[] = [];
  for (const piece of text.trim().match(BREAKS) ?? []) {
    const word = measure(piece.trimEnd());
    widths.push(word, piece === piece.trimEnd() ? word : measure(piece));
  }
  return widths;
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
 * With `leaders`, each label's leader rises straight from its anchor to the box's lower edge, and
 * no box may stand across another label's leader (see `placeClearOfLeaders`); a label whose mark
 * is on a `rules` x (the line of a rule drawn under the lanes) stands beside it where it can, and
 * with `offRule` every other box keeps off the rules where it can; with `climb`, required labels
 * that stand over one another stand in their order, the later above.
 * Returns undefined for a label that got no place.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  extent: number,
  minLanes: number,
  maxLanes: number,
  openLanes = 0,
  leaders = false,
  rules: readonly number[] = [],
  offRule = false,
  climb = false,
): Array<PlacedLabel | undefined> {
  const placer = leaders ? placeClearOfLeaders : place;
  if (!requests.some((r) => r.lane !== undefined)) {
    return placer(requests, extent, minLanes, maxLanes, openLanes, false, rules, offRule, climb);
  }
  const kept = placer(requests, extent, minLanes, maxLanes, openLanes, true, rules, offRule, climb);
  const lanes = (p: typeof kept) => p.reduce((n, l) => (l ? Math.max(n, l.lane + l.rows) : n), 0);
  const missing = (p: typeof kept) => p.filter((l, i) => !l && requests[i]!.required).length;
  // While a gesture moves the window, the picture may also stay as tall as the one shown before
  // (whose lanes and lines the requests carry) rather than shrink by a lane under the pointer.
  const before = requests.reduce(
    (m, r) => (r.lane !== undefined && r.keptRows !== undefined ? Math.max(m, r.lane + r.keptRows) : m),
    0,
  );
  // Kept lanes no taller than the picture before, with every required label, win over any fresh
  // placement: the fresh one is only worth its cost (a second placement in every gesture frame)
  // when the kept one might lose.
  if (lanes(kept) <= before && missing(kept) === 0) return kept;
  const fresh = placer(requests, extent, minLanes, maxLanes, openLanes, false, rules, offRule, climb);
  return lanes(kept) > Math.max(lanes(fresh), before) || missing(kept) > missing(fresh) ? fresh : kept;
}

function place(
  requests: readonly LabelRequest[],
  extent: number,
  minLanes: number,
  maxLanes: number,
  openLanes: number,
  keep: boolean,
  // Rules are kept clear of only by labels that keep clear of leaders.
  _rules?: readonly number[],
  _offRule?: boolean,
  _climb?: boolean,
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

/**
 * Which anchors of labels still to be placed a box keeps clear of: all of them (where it can);
 * those of required labels and of labels that must stand above it (either would climb above the
 * box, its leader behind it), and all in the lowest lane; all in the lowest lane only (a box
 * there over another's anchor would leave that label no place); or none.
 */
type Avoid = 'all' | 'required' | 'lowest' | 'none';

/**
 * Room kept between a leader and a label box it passes: the gap any text keeps from what else is
 * drawn (a leader a few px off a box's border reads as touching it).
 */
export const LEADER_GAP = TEXT_GAP;

/**
 * How far along the axis a leader from a mark on a rule (the reference date's) runs, px: off the
 * rule, so that the rule and the leader do not read as one line, and straight down to the side of
 * the mark (half a core mark's width), which it plainly belongs to.
 */
export const RULE_LEADER_SHIFT = 6;

/**
 * Where the leader from `anchor` meets a box at [x, x + width]: over the anchor, off a rule it is
 * on, towards the box. A `bent` leader (to a box beside the rule) rises there, clear of the box.
 */
export function leaderFoot(
  anchor: number,
  x: number,
  width: number,
  rules: readonly number[],
  bent?: boolean,
): number {
  if (!rules.some((r) => Math.abs(r - anchor) < 1)) return anchor;
  const foot = anchor + (x + width / 2 < anchor ? -RULE_LEADER_SHIFT : RULE_LEADER_SHIFT);
  return bent ? foot : Math.max(x + LEADER_GAP, Math.min(foot, x + width - LEADER_GAP));
}

/** A shape as a box: its preferred x, and the range of x that keeps the anchor inside the box. */
interface Box {
  readonly x: number;
  readonly lo: number;
  readonly hi: number;
  readonly width: number;
  readonly rows: number;
  readonly cut: boolean;
  /** Its leader bends across to the box's side (a shape `beside` a rule). */
  readonly bent?: boolean;
}

/**
 * Placement in which every leader reaches its own label and no other: a leader rises straight
 * from its anchor to its box's lower edge, and no box stands across a leader of a label above
 * it. A reader follows each leader to one label, never to a label it only passes behind.
 *
 * A box may slide along its lane as long as it keeps its anchor, so that it stops short of a
 * neighbour's leader. Where a box cannot help covering a neighbour's anchor (a long label by a
 * crowd of marks), the neighbour's label goes lower, so labels are placed in that order: a
 * crowd of marks makes a staircase of labels, each leader as short as the stairs allow. Within
 * that order, required labels go first. Each label takes the lowest lane it fits, in any of its
 * shapes (a narrower box wrapped onto more lines is taken before a lane further up), so its
 * leader stays as short as it can. A box keeps clear of the anchors of labels still to be placed
 * where it can, leaving them the lanes near their marks. A required label that finds no place
 * clear of leaders is placed as `place` would, across them, rather than left out.
 */
const placeClearOfLeaders: typeof place = (
  requests,
  extent,
  minLanes,
  maxLanes,
  openLanes,
  keep,
  rules = [],
  offRule = false,
  climb = false,
) => {
  const n = requests.length;
  const shapes: Box[][] = requests.map((r) =>
    [{ width: r.width, rows: r.rows ?? 1, beside: r.beside }, ...(r.otherwise ?? [])].map(
      ({ width: w, rows, cut, beside }) => {
        const width = Math.min(w, extent);
        if (beside !== undefined) {
          // As near the rule as it may stand: its leader's arm as short as it can be. A box with no
          // room there has lo past hi, and no x is tried. An anchor on the rule: the box stands
          // before it in time, with what was known then, and keeps to the rule, as a box over its
          // mark would end at it (sliding away, it would take the room of the labels before it).
          // Its leader rises off the rule (see `leaderFoot`): the box keeps a label's gap off that.
          const on = Math.abs(r.anchor - beside) < 1;
          const after = on ? r.grow === 'left' : r.anchor < beside;
          const gap = LABEL_GAP + (on ? RULE_LEADER_SHIFT : 0);
          const near = after ? beside + gap : beside - gap - width;
          const lo = after || on ? near : 0;
          const hi = after && !on ? extent - width : near;
          return { x: near, lo, hi, width, rows, cut: cut === true, bent: true };
        }
        const x = r.grow === 'right' ? r.anchor : r.anchor - width;
        const lo = Math.max(0, r.anchor - width);
        const hi = Math.max(lo, Math.min(r.anchor, extent - width));
        return { x: Math.max(lo, Math.min(x, hi)), lo, hi, width, rows, cut: cut === true };
      },
    ),
  );
  // i must stand above j when every box i may take (in its narrowest whole shape) covers j's anchor.
  const narrowest = shapes.map((own) => {
    const whole = own.filter((s) => !s.cut && !s.bent);
    return (whole.length ? whole : own).reduce((a, b) => (b.width < a.width ? b : a));
  });
  // A bent leader's arm runs from its box to over its anchor: the box and arm cover what is between.
  const covers = (i: number, j: number) => {
    const s = narrowest[i]!;
    const a = requests[j]!.anchor;
    const to = s.bent ? requests[i]!.anchor : s.hi;
    return a > Math.min(s.hi, to) - LEADER_GAP && a < Math.max(s.lo + s.width, to) + LEADER_GAP;
  };
  const below: number[][] = requests.map(() => []);
  const waiting = new Array<number>(n).fill(0);
  // Only near neighbours can be covered: sort by anchor and stop past the widest box.
  const byAnchor = requests.map((_, i) => i).sort((a, b) => requests[a]!.anchor - requests[b]!.anchor);
  let reach = 0;
  for (const own of shapes) for (const s of own) reach = Math.max(reach, s.width);
  reach += LEADER_GAP;
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const i = byAnchor[p]!;
      const j = byAnchor[q]!;
      if (requests[j]!.anchor - requests[i]!.anchor > reach) break;
      const ij = covers(i, j);
      const ji = covers(j, i);
      // Two boxes that each cover the other's anchor cannot stand one above the other: neither waits.
      if (ij && !ji) {
        below[j]!.push(i);
        waiting[i]!++;
      } else if (ji && !ij) {
        below[i]!.push(j);
        waiting[j]!++;
      }
    }
  }
  // The order: a label once every label that must stand below it is placed; among those ready,
  // required ones first, then the one furthest along the way labels grow (a label grows over
  // the marks after its own, so theirs are placed first and keep the lanes near the axis). To
  // `climb`, required labels go earliest first: where they stand over one another, the later
  // stands above.
  const along = (i: number) =>
    (requests[i]!.grow === 'right' ? -requests[i]!.anchor : requests[i]!.anchor) *
    (climb && requests[i]!.required ? -1 : 1);
  const before = (i: number, j: number) =>
    requests[i]!.required !== requests[j]!.required
      ? requests[i]!.required
      : along(i) !== along(j)
        ? along(i) < along(j)
        : i < j;
  // Each request's place in that order among all of them, found once: the earliest ready request
  // is then the one of lowest rank.
  const rank: number[] = [];
  requests
    .map((_, i) => i)
    .sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0))
    .forEach((i, k) => (rank[i] = k));
  const order: number[] = [];
  const ready = new Set(requests.map((_, i) => i).filter((i) => waiting[i] === 0));
  const done = new Array<boolean>(n).fill(false);
  while (order.length < n) {
    let next = -1;
    for (const i of ready) if (next < 0 || rank[i]! < rank[next]!) next = i;
    // None ready is impossible (the relation has no cycles of two, and covering follows position),
    // but a first unplaced request keeps the loop safe.
    if (next < 0) next = done.indexOf(false);
    ready.delete(next);
    done[next] = true;
    order.push(next);
    for (const k of below[next]!) if (--waiting[k]! === 0 && !done[k]) ready.add(k);
  }

  const boxes: Array<Array<[number, number]>> = [];
  /** Each lane's leaders passing it, as the x range each takes there. */
  const posts: Array<Array<[number, number]>> = [];
  const placed: Array<PlacedLabel | undefined> = new Array(n).fill(undefined);
  const lane = (r: number) => {
    while (boxes.length <= r) {
      boxes.push([]);
      posts.push([]);
    }
  };
  const unplaced = new Array<boolean>(n).fill(true);
  // While labels that keep their lanes are placed (see below).
  let keeping = false;
  /** Open intervals of x a box may not start in, as pairs of ends: [a0, b0, a1, b1, …] (reused). */
  const banned: number[] = [];
  /**
   * The labels still to be placed whose anchors the label being placed keeps clear of (not
   * its own; while labels keep their lanes, not those of labels entering at an edge): the same
   * through all its passes.
   */
  let avoiding: number[] = [];
  /** True when x stands in no banned interval. */
  const free = (x: number) => {
    for (let k = 0; k < banned.length; k += 2) {
      if (x > banned[k]! + 1e-9 && x < banned[k + 1]! - 1e-9) return false;
    }
    return true;
  };
  /** Bans the x a box `s` may not start at to keep `gap` from [from, to]. */
  const ban = (s: Box, from: number, to: number, gap: number) => {
    const a = from - gap - s.width;
    const b = to + gap;
    if (b > s.lo && a < s.hi) banned.push(a, b);
  };
  /** Whether each request's anchor is on a rule: a leader from it runs off the rule. */
  const onRule = requests.map((r) => rules.some((p) => Math.abs(p - r.anchor) < 1));
  /**
   * The x nearest the preferred one at which box `s` of request `i` fits lanes [l, l + rows):
   * `clear` 3 keeps it clear of leaders and rules, 2 of leaders with its edge on a rule its mark
   * is on, 1 of leaders, 0 of neither. Indexed loops and no closure per call: this runs for every
   * lane, shape and pass of every label, most of it once per page, before the code is optimized.
   */
  const slot = (i: number, s: Box, l: number, clear: number, avoid: Avoid) => {
    const clearOfLeaders = clear > 0;
    banned.length = 0;
    for (let r = l; r < l + s.rows; r++) {
      lane(r);
      const own = boxes[r]!;
      for (let k = 0; k < own.length; k++) ban(s, own[k]![0], own[k]![1], LABEL_GAP);
      if (!clearOfLeaders) continue;
      const passing = posts[r]!;
      for (let k = 0; k < passing.length; k++) ban(s, passing[k]![0], passing[k]![1], LEADER_GAP);
    }
    // A box keeps off a rule's line (what stands past it is scheduled), but for the label whose
    // mark is on it, whose box stands beside the rule, an edge on it.
    const anchor = requests[i]!.anchor;
    if (clear > 1) {
      for (let k = 0; k < rules.length; k++) {
        const p = rules[k]!;
        if (Math.abs(p - anchor) < LEADER_GAP) banned.push(p - s.width + 1, p - 1);
        else if (clear > 2) ban(s, p, p, LEADER_GAP);
      }
    }
    // A box in the lowest lane over an anchor still to be placed would leave that label no
    // place at all (its box would hold its anchor, under this one): never. Higher up, only where
    // the box can help it. Labels keeping their lanes make no room for one entering at an edge.
    const all = avoid === 'all' || (avoid !== 'none' && l === 0);
    for (let j = 0; j < avoiding.length; j++) {
      const k = avoiding[j]!;
      const a = requests[k]!.anchor;
      // A leader to come from a mark on a rule runs off it: room for that too. A bent leader's
      // arm runs from the box to over its anchor: it keeps clear of the anchors as the box does.
      const to = s.bent ? anchor : a;
      if (all || (avoid === 'required' && (requests[k]!.required || covers(k, i))))
        ban(s, Math.min(a, to), Math.max(a, to), LEADER_GAP + (onRule[k] ? RULE_LEADER_SHIFT : 0));
    }
    // The candidates are the preferred x (always within [lo, hi]) and the ends of the banned
    // intervals within [lo, hi]: the nearest free one wins, the first of equally near ones in
    // that order. No array is made.
    if (free(s.x)) return s.x;
    let best: number | undefined;
    let nearest = Infinity;
    for (let k = 0; k < banned.length; k++) {
      const x = banned[k]!;
      if (x < s.lo - 1e-9 || x > s.hi + 1e-9) continue;
      const d = Math.abs(x - s.x);
      if (d < nearest && free(x)) {
        best = x;
        nearest = d;
      }
    }
    return best;
  };
  /** Whether one of a lane's stretches (its boxes, or the leaders passing it) comes within a leader's gap of [from, to]. */
  const near = (own: ReadonlyArray<readonly [number, number]>, from: number, to: number) => {
    for (let k = 0; k < own.length; k++) {
      if (to > own[k]![0] - LEADER_GAP && from < own[k]![1] + LEADER_GAP) return true;
    }
    return false;
  };
  const put = (i: number, l: number, shapeAt: number, clear: number, avoid: Avoid, cap: number) => {
    const s = shapes[i]![shapeAt]!;
    const clearOfLeaders = clear > 0;
    // A bent leader is only ever drawn clear of the others, but from a mark on a rule, which has
    // no other shape.
    if (l + s.rows > cap || (s.bent && ((!clearOfLeaders && !onRule[i]) || s.lo > s.hi))) return false;
    const anchor = requests[i]!.anchor;
    const x = slot(i, s, l, clear, avoid);
    if (x === undefined) return false;
    // A bent leader's arm runs across the box's lowest lane from its side to over the anchor: it
    // passes no box or leader there, and takes that stretch of the lane as a box would.
    // (Made only for a bent leader: `put` runs for every lane, shape and pass of every label.)
    const arm: [number, number] | undefined = s.bent
      ? anchor > x
        ? [x + s.width, anchor]
        : [anchor, x]
      : undefined;
    if (arm && (near(boxes[l]!, arm[0], arm[1]) || near(posts[l]!, arm[0], arm[1]))) return false;
    // A leader from a mark on a rule runs beside it to its box: it passes the lanes below there.
    const foot = leaderFoot(anchor, x, s.width, rules, s.bent);
    const post: [number, number] = [Math.min(anchor, foot), Math.max(anchor, foot)];
    if (clearOfLeaders && foot !== anchor) {
      for (let r = 0; r < l; r++) {
        if (near(boxes[r]!, post[0], post[1])) return false;
      }
    }
    if (arm) boxes[l]!.push(arm);
    for (let r = l; r < l + s.rows; r++) boxes[r]!.push([x, x + s.width]);
    for (let r = 0; r < l; r++) posts[r]!.push(post);
    placed[i] = { x, width: s.width, lane: l, rows: s.rows };
    unplaced[i] = false;
    return true;
  };
  /**
   * The highest lane a box of the label being placed may take clear of leaders: above it, its
   * own leader would pass a box (the same through all its passes).
   */
  let roof = 0;
  /**
   * The lowest lane in [from, to) where one of the shapes `take` allows fits below `cap`, from
   * lane `skip` up (lanes below it were tried with the same result).
   */
  const search = (
    i: number,
    [from, to]: readonly [number, number],
    cap: number,
    take: (s: Box) => boolean,
    clear: number,
    avoid: Avoid,
    skip = 0,
  ) => {
    for (let l = Math.max(from, skip); l < Math.min(to, cap) && (clear < 1 || l <= roof); l++) {
      for (let s = 0; s < shapes[i]!.length; s++) {
        if (take(shapes[i]![s]!) && put(i, l, s, clear, avoid, cap)) return true;
      }
    }
    return false;
  };
  const whole = (s: Box) => !s.cut;
  const cut = (s: Box) => s.cut;
  const any = () => true;
  let used = 0;
  const capOf = (r: LabelRequest, lost: boolean) => {
    // An optional label uses the lanes there are and opens no more than `openLanes` above them,
    // unless it lost the lane it had: it would jump lanes. One keeping its lane keeps it (the
    // whole is checked against a fresh placement).
    const existing = Math.min(maxLanes, Math.max(minLanes, used));
    return {
      existing: keeping ? maxLanes : existing,
      cap: r.required || keeping ? maxLanes : lost ? existing : Math.min(maxLanes, existing + openLanes),
    };
  };
  const record = (i: number) => {
    const p = placed[i]!;
    used = Math.max(used, p.lane + p.rows);
  };
  // The passes a label goes through, lanes from `from` up: whole shapes clear of the anchors
  // still to come, then clear of those in the lowest lane only; then cut shapes; a required
  // label last across leaders rather than not at all, and an optional one whole where a
  // required label stands over its mark.
  const passes = (i: number, lanes: readonly [number, number], lost: boolean) => {
    const r = requests[i]!;
    const { existing, cap } = capOf(r, lost);
    avoiding = [];
    for (let k = 0; k < n; k++)
      if (k !== i && unplaced[k] && !(keeping && requests[k]!.lane === undefined)) avoiding.push(k);
    roof = Infinity;
    for (let l = boxes.length; l--;) if (near(boxes[l]!, r.anchor, r.anchor)) roof = l;
    // Whether every anchor kept clear of is one the second pass keeps clear of too.
    const strict = avoiding.every((k) => requests[k]!.required || covers(k, i));
    // Clear of the rules where it can be (`offRule`), beside the one its mark is on, then clear
    // of the leaders only. A pass that would keep clear of the same anchors as one before is not
    // tried again: in the lowest lane every pass keeps clear of all of them (a pass after the
    // first starts a lane up), and whole shapes were all tried before the cut ones.
    const clear = (level: number) =>
      search(i, lanes, cap, whole, level, 'all') ||
      (!strict && search(i, lanes, cap, whole, level, 'required', 1)) ||
      (avoiding.length > 0 && search(i, lanes, cap, whole, level, 'lowest', 1)) ||
      search(i, lanes, r.required ? cap : existing, cut, level, 'lowest');
    const ok =
      (offRule && (clear(3) || clear(2))) ||
      clear(1) ||
      ((r.required || keeping) && search(i, lanes, cap, any, 0, 'none')) ||
      // Where a required label took the room over its mark, a label may stand above it, its
      // leader passing behind that label: better than a mark with no label.
      (!lost &&
        placed.some(
          (p, j) => p && requests[j]!.required && Math.abs(p.x + p.width / 2 - r.anchor) < p.width / 2,
        ) &&
        search(i, lanes, cap, whole, 0, 'none'));
    if (ok) record(i);
  };
  // Labels that keep their lanes go first, each through the same passes in its own lane as
  // when it got it, so a view given its own places draws the same picture; a label entering at
  // an edge then takes a free place instead of pushing the others around. A label keeps its
  // lane across a leader rather than jump lanes while the reader pans or zooms (the lanes a
  // crowded view kept come in so); a fresh layout, the one a reader first meets, never does.
  keeping = keep;
  for (const i of keep ? order : []) {
    const { lane, keptRows } = requests[i]!;
    const own = shapes[i]!;
    shapes[i] = [...own.filter((s) => s.rows === keptRows), ...own.filter((s) => s.rows !== keptRows)];
    if (lane !== undefined) passes(i, [lane, lane + 1], false);
    shapes[i] = own;
  }
  keeping = false;
  for (const i of order) if (!placed[i]) passes(i, [0, maxLanes], keep && requests[i]!.lane !== undefined);
  // Lanes left empty (kept lanes can leave one) close up.
  const taken = new Array<boolean>(boxes.length).fill(false);
  for (const p of placed) if (p) for (let r = p.lane; r < p.lane + p.rows; r++) taken[r] = true;
  let next = 0;
  const renumber = taken.map((u) => (u ? next++ : -1));
  return placed.map((p) => p && { ...p, lane: renumber[p.lane]! });
};
