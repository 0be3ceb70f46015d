/** The axis furniture: calendar ticks per stretch of the scale, thinned, and the compressed stretches. */
import { timeTicks, type Scale } from './scales.js';
import type { Interval } from '../time/partial-date.js';
import type { TickUnit } from '../locale/format.js';
import { METRICS } from './metrics.js';
import type { Box, CompressedStretch, LayoutInput, Orientation, Tick } from './types.js';
import { stretches, type TimeWarp } from './warp.js';

/**
 * Ticks for each stretch of one even scale: the compressed background gets calendar ticks at its
 * own, coarser density (years) and the focus at its own (months), each thinned on its own. Where
 * two stretches meet, a text that would crowd its neighbour gives way on the compressed side.
 */
export function stretchTicks(
  input: LayoutInput,
  warp: TimeWarp,
  window: Interval,
  pos: Scale,
  pxPerTick: number,
  orientation: Orientation,
  make: (time: number, text: string) => Tick,
  inside?: number,
): { ticks: Tick[]; unit: TickUnit } {
  const parts = stretches(warp, window);
  const all: Array<Tick & { compressed: boolean; unit: TickUnit }> = [];
  let unit: TickUnit | undefined;
  parts.forEach((part, k) => {
    const length = Math.abs(pos(part.end) - pos(part.start));
    const dates = timeTicks(
      [part.start, part.end],
      Math.max(parts.length > 1 ? 1 : 2, Math.floor(length / pxPerTick)),
    ).filter((d) => +d >= part.start && (+d < part.end || k === parts.length - 1));
    const partUnit = tickUnitOf(dates);
    if (!part.compressed || unit === undefined) unit = partUnit;
    const ticks = thinTicks(
      // Thinned at their plain widths: the years are written after (see carryYears).
      dates.map((d) => make(+d, input.tickText(+d, partUnit, false))),
      input.measure,
      orientation,
    );
    for (const t of ticks) all.push({ ...t, compressed: part.compressed, unit: partUnit });
  });
  const size = (t: Tick) => (orientation === 'horizontal' ? input.measure(t.text) : 16);
  const at = (t: Tick) => (orientation === 'horizontal' ? t.textX : t.textY);
  let last: (Tick & { compressed: boolean; unit: TickUnit }) | undefined;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (!t.labelled) continue;
    if (last && Math.abs(at(t) - at(last)) < (size(t) + size(last)) / 2 + METRICS.minTickSpacing) {
      const drop = t.compressed && !last.compressed ? t : last.compressed ? last : t;
      all[all.indexOf(drop)] = { ...drop, labelled: false };
      if (drop === last) last = t;
      continue;
    }
    last = t;
  }
  // Texts kept inside the drawing (which may leave out the first), then the years written.
  for (let pass = 0; pass < 3; pass++) {
    if (inside !== undefined) keepTickTextsInside(all, input.measure, inside);
    if (!carryYears(all, input, orientation)) break;
  }
  return { ticks: all.map(({ compressed: _, unit: _u, ...t }) => t), unit: unit ?? 'year' };
}

/**
 * Writes the year on the first labelled tick and on each labelled tick in a year after the one
 * before it, and on no other: a reader of any window, zoomed to a few months or a few days, can
 * tell the year of every tick. A text that grows so that it crowds the labelled text before it
 * loses its text (the next labelled tick then carries the year). Returns whether a text changed.
 */
function carryYears(
  ticks: Array<Tick & { unit: TickUnit }>,
  input: LayoutInput,
  orientation: Orientation,
): boolean {
  // Where a text is drawn along the axis: vertical texts are a line tall.
  const extent = (t: Tick): readonly [number, number] =>
    orientation === 'horizontal' ? textExtent(t, input.measure) : [t.textY - 8, t.textY + 8];
  let changed = false;
  let last: Tick | undefined;
  ticks.forEach((t, i) => {
    if (!t.labelled) return;
    const year = !last || new Date(last.time).getUTCFullYear() !== new Date(t.time).getUTCFullYear();
    const text = input.tickText(t.time, t.unit, year);
    let next = text === t.text ? t : { ...t, text };
    if (last) {
      const [a, b] = extent(next);
      const [la, lb] = extent(last);
      if (a < lb + METRICS.minTickSpacing && la < b + METRICS.minTickSpacing)
        next = { ...next, labelled: false };
    }
    if (next !== t) {
      ticks[i] = next;
      changed = true;
    }
    if (next.labelled) last = next;
  });
  return changed;
}

/** The compressed stretches of a window, with their breaks and the word that marks them. */
export function compressedStretches(
  input: LayoutInput,
  warp: TimeWarp,
  window: Interval,
  pos: Scale,
  orientation: Orientation,
  cross: number,
  boxOf: (a: number, b: number) => Box,
): CompressedStretch[] {
  const focus = warp.focus;
  if (!focus) return [];
  return stretches(warp, window)
    .filter((part) => part.compressed)
    .map((part) => {
      const a = pos(part.start);
      const b = pos(part.end);
      const box = boxOf(a, b);
      const breaks = [part.start === focus.end ? a : undefined, part.end === focus.start ? b : undefined]
        .filter((p): p is number => p !== undefined)
        .map((p) => (orientation === 'horizontal' ? { x: p, y: cross } : { x: cross, y: p }));
      const text = input.compressedText;
      const fits =
        text !== undefined && orientation === 'horizontal' && input.measure(text) + 16 <= box.width;
      return {
        box,
        breaks,
        // Above the top lane of labels.
        ...(fits ? { text: { x: box.x + box.width / 2, y: box.y + 12, text } } : {}),
      };
    });
}

export function tickUnitOf(times: readonly Date[]): TickUnit {
  if (times.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return 'year';
  if (times.every((t) => t.getUTCDate() === 1)) return 'month';
  return 'day';
}

/** Drops every other tick text until neighbouring texts keep clear of each other. */
export function thinTicks(
  ticks: Tick[],
  measure: (text: string) => number,
  orientation: Orientation,
): Tick[] {
  const sizes = ticks.map((t) => (orientation === 'horizontal' ? measure(t.text) : 16));
  const pos = (t: Tick) => (orientation === 'horizontal' ? t.textX : t.textY);
  for (let step = 1; step <= ticks.length; step++) {
    let ok = true;
    for (let i = step; i < ticks.length && ok; i += step) {
      const room = Math.abs(pos(ticks[i]!) - pos(ticks[i - step]!));
      if (room < (sizes[i]! + sizes[i - step]!) / 2 + METRICS.minTickSpacing) ok = false;
    }
    if (ok) return ticks.map((t, i) => ({ ...t, labelled: i % step === 0 }));
  }
  return ticks.map((t, i) => ({ ...t, labelled: i === 0 }));
}

/** Where a horizontal axis's tick text runs, from its left to its right. */
export function textExtent(t: Tick, measure: (text: string) => number): readonly [number, number] {
  const w = measure(t.text);
  const from = t.anchor === 'middle' ? t.textX - w / 2 : t.anchor === 'left' ? t.textX : t.textX - w;
  return [from, from + w];
}

/**
 * A text centred on a tick near the drawing's edge would run past it into the chart's margin (a
 * zoomed window rarely starts on a tick): such a text is set against its tick on the inner side
 * instead, or left out when that would crowd the next labelled text. Texts keep to the column
 * the title and footer are set in, `METRICS.margin` inside a chart `width` px wide.
 */
export function keepTickTextsInside<T extends Tick>(
  ticks: T[],
  measure: (text: string) => number,
  width: number,
): void {
  const extent = (t: Tick) => textExtent(t, measure);
  ticks.forEach((t, i) => {
    if (!t.labelled) return;
    const [a, b] = extent(t);
    const [lo, hi] = [METRICS.margin, width - METRICS.margin];
    if (a >= lo && b <= hi) return;
    const moved: T = { ...t, anchor: a < lo ? 'left' : 'right' };
    const [ma, mb] = extent(moved);
    const crowded = ticks.some((u, j) => {
      if (j === i || !u.labelled) return false;
      const [ua, ub] = extent(u);
      return ma < ub + METRICS.minTickSpacing && ua < mb + METRICS.minTickSpacing;
    });
    ticks[i] = ma >= lo && mb <= hi && !crowded ? moved : { ...t, labelled: false };
  });
}
