/**
 * The coordinates a pan does not change. A layout places marks in chart pixels, so panning by
 * 12 px moves every number in it and the browser restyles every mark. Drawn in a frame pinned
 * to a fixed instant (the origin) and moved as one group, a mark that stays in view keeps the
 * same numbers from one pan frame to the next: only the group's translation, the marks that
 * enter or leave and the bands cut at the edges change.
 *
 * The origin is the window's start rounded down to a multiple of a page, a power of two of
 * milliseconds at least as long as the window. It stays put while the reader pans within a
 * page and while the window's width carries floating-point noise; zooming changes the scale,
 * and with it every position anyway.
 */
import type { Box, ClusterMark, EventMark, Layout, Segment, Tick } from './types.js';
import type { Mutable } from '../types.js';

export interface PanFrame {
  /**
   * The layout with its positions along the time axis made relative to the origin. An event
   * mark's band, leader (and its arm), deadline and open segment are relative to the mark's own (x, y); an
   * offscreen mark (a band without a marker) and everything else are in the frame itself.
   */
  readonly layout: Layout;
  /** Translate the drawing by this many px along the time axis to put it back in place. */
  readonly shift: number;
}

/** Positions are kept to 1/64 px: exact in binary, so equal inputs give equal attribute text. */
const snap = (v: number) => Math.round(v * 64) / 64;

export function panFrame(layout: Layout): PanFrame {
  // Pages are counted in axis time, in which a pan is a translation even across a break.
  const { warp } = layout;
  const start = warp.to(layout.window.start);
  const end = warp.to(layout.window.end);
  const page = 2 ** Math.ceil(Math.log2(Math.max(1, end - start)));
  const origin = warp.from(Math.floor(start / page) * page);
  const shift = layout.position(origin) - layout.position(layout.window.start);
  const horizontal = layout.orientation === 'horizontal';
  const at = (v: number) => snap(v - shift);
  const segment = (s: Segment): Segment =>
    horizontal ? { ...s, x1: at(s.x1), x2: at(s.x2) } : { ...s, y1: at(s.y1), y2: at(s.y2) };
  const along = <T extends { x: number; y: number }>(o: T): T =>
    horizontal ? { ...o, x: at(o.x) } : { ...o, y: at(o.y) };
  // A band's length is a difference of two positions: snapped too, so that its float noise
  // does not rewrite it on every frame.
  const box = (b: Box): Box =>
    horizontal ? { ...b, x: at(b.x), width: snap(b.width) } : { ...b, y: at(b.y), height: snap(b.height) };

  // Each marker's band and lines are drawn relative to the marker, which is placed as a whole:
  // a zoom step moves a marker by one attribute, and its lines keep theirs.
  const local = (v: number, origin: number) => snap(v - origin);
  const events = layout.events.map((m): EventMark => {
    if (m.offscreen) return { ...along(m), band: box(m.band) };
    const { x, y } = along(m);
    const mx = m.x;
    const my = m.y;
    const relative = (s: Segment): Segment => ({
      x1: local(s.x1, mx),
      y1: local(s.y1, my),
      x2: local(s.x2, mx),
      y2: local(s.y2, my),
    });
    const moved: Mutable<EventMark> = {
      ...m,
      x,
      y,
      band: {
        x: local(m.band.x, mx),
        y: local(m.band.y, my),
        width: snap(m.band.width),
        height: snap(m.band.height),
      },
    };
    if (m.label) moved.label = along(m.label);
    if (m.leader) moved.leader = relative(m.leader);
    if (m.arm) moved.arm = relative(m.arm);
    if (m.deadline) moved.deadline = relative(m.deadline);
    if (m.open) moved.open = relative(m.open);
    if (m.pin) moved.pin = relative(m.pin);
    return moved;
  });
  const clusters = layout.clusters.map((k): ClusterMark =>
    k.countBox ? { ...along(k), countBox: box(k.countBox) } : along(k),
  );
  const ticks = layout.ticks.map((t): Tick =>
    horizontal
      ? { ...t, grid: segment(t.grid), textX: at(t.textX) }
      : { ...t, grid: segment(t.grid), textY: at(t.textY) },
  );
  const compressed = layout.compressed.map((c) => ({
    ...c,
    box: box(c.box),
    breaks: c.breaks.map(along),
    ...(c.text ? { text: along(c.text) } : {}),
  }));
  const moved: Layout = {
    ...layout,
    events,
    clusters,
    ticks,
    compressed,
    ...(layout.now ? { now: segment(layout.now) } : {}),
    ...(layout.nowLabel ? { nowLabel: along(layout.nowLabel) } : {}),
  };
  return { layout: moved, shift };
}
