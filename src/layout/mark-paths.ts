/**
 * A dense view's plain marks drawn as a few paths. At 10,000 events a view holds a couple of
 * hundred unlabelled context marks, each an element group with a band, a click target and a
 * marker: a jump to a new window replaced all of them, and the browser restyled, laid out and
 * painted each. Drawn as one path per category and kind of line (each mark a subpath), the same
 * picture is a dozen elements. The keyboard reaches these marks through one focus proxy (the
 * roving focus controller draws the active mark as an element of its own), and a pointer
 * through `markAt`, which finds the mark under it.
 *
 * Labelled marks, core marks, periods and clusters stay elements of their own: they carry
 * labels, numbers and rows, and are few.
 */
import type { Category, Shape, TimelineEvent } from '../schema/model.js';
import { boxPath, type Box, type Segment } from './geometry.js';
import { relativeMarkerPath } from './shapes.js';
import type { EventMark, Layout } from './types.js';
import { hitSquare, isDense, plain, type MarkCentres } from './dense.js';

export { markAt } from './dense.js';

/** The plain marks of one category, as path data; an empty string draws nothing. */
export interface MarkPathGroup {
  /** The category's id ('' for events without one). */
  readonly key: string;
  /** A member, to take the category's colour from. */
  readonly event: TimelineEvent;
  /** Markers of events up to the reference date. */
  readonly markers: string;
  /** Markers of events after it, drawn hollow. */
  readonly scheduled: string;
  /** The spans the dates' precision names; `soft` for dates given as "about". */
  readonly bands: string;
  readonly softBands: string;
  readonly deadlines: string;
  readonly opens: string;
  /** Dodged marks' pins to their own time. */
  readonly pins: string;
}

export interface MarkPaths extends MarkCentres {
  readonly groups: readonly MarkPathGroup[];
  /** Every such mark's click target, a square of `METRICS.target` px around its marker. */
  readonly hits: string;
  /** The ids of the events drawn here. */
  readonly ids: ReadonlySet<string>;
}

const CACHE = new WeakMap<Layout, MarkPaths | undefined>();

/**
 * The plain marks of a layout in the pan frame (positions relative to the frame, a mark's band
 * and lines relative to the mark), as paths by category; undefined when the view has no more
 * than `METRICS.pathMarks` of them, which are then drawn one by one. Computed once per layout.
 */
export function markPaths(
  layout: Layout,
  categories: readonly Category[],
  scheduled: (e: TimelineEvent) => boolean,
): MarkPaths | undefined {
  if (CACHE.has(layout)) return CACHE.get(layout);
  const marks = layout.events.filter(plain);
  const paths = isDense(layout) ? build(layout, marks, categories, scheduled) : undefined;
  CACHE.set(layout, paths);
  return paths;
}

function build(
  layout: Layout,
  marks: readonly EventMark[],
  categories: readonly Category[],
  scheduled: (e: TimelineEvent) => boolean,
): MarkPaths {
  const shapes = new Map<string, Shape>(categories.map((c) => [c.id, c.shape]));
  const groups = new Map<string, { -readonly [K in keyof MarkPathGroup]: MarkPathGroup[K] }>();
  let hits = '';
  for (const m of marks) {
    const e = m.event;
    const key = e.category ?? '';
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        event: e,
        markers: '',
        scheduled: '',
        bands: '',
        softBands: '',
        deadlines: '',
        opens: '',
        pins: '',
      };
      groups.set(key, g);
    }
    const at = `M${m.x},${m.y}`;
    const marker = at + relativeMarkerPath(shapes.get(key) ?? 'circle', false);
    if (scheduled(e)) g.scheduled += marker;
    else g.markers += marker;
    const b = m.band;
    // As a mark draws it: a band only when it is at least 2 px long.
    if (b.width >= 2 || b.height >= 2) {
      const band = boxPath(moved(b, m));
      if (e.qualifier === 'about') g.softBands += band;
      else g.bands += band;
    }
    if (m.deadline) g.deadlines += line(m.deadline, m);
    if (m.open) g.opens += line(m.open, m);
    if (m.pin) g.pins += line(m.pin, m);
    hits += hitSquare(m.x, m.y);
  }
  const horizontal = layout.orientation === 'horizontal';
  const sorted = layout.events
    .filter((m) => !m.offscreen)
    .sort((a, b) => (horizontal ? a.x - b.x : a.y - b.y));
  return {
    groups: [...groups.values()],
    hits,
    ids: new Set(marks.map((m) => m.event.id)),
    along: Float64Array.from(sorted, (m) => (horizontal ? m.x : m.y)),
    across: Float64Array.from(sorted, (m) => (horizontal ? m.y : m.x)),
    order: sorted.map((m) => m.event.id),
    horizontal,
  };
}

/** A box given relative to its mark, placed in the frame. */
function moved(b: Box, m: EventMark): Box {
  return { x: m.x + b.x, y: m.y + b.y, width: b.width, height: b.height };
}

/** A segment given relative to its mark, as a subpath in the frame. */
function line(s: Segment, m: EventMark): string {
  return `M${m.x + s.x1},${m.y + s.y1}L${m.x + s.x2},${m.y + s.y2}`;
}
