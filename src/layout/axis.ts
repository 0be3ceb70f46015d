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
): { ticks: Tick[]; unit: TickUnit } {
  const parts = stretches(warp, window);
  const all: Array<Tick & { compressed: boolean }> = [];
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
      dates.map((d, i) => make(+d, input.tickText(+d, partUnit, i === 0))),
      input.measure,
      orientation,
    );
    for (const t of ticks) all.push({ ...t, compressed: part.compressed });
  });
  const size = (t: Tick) => (orientation === 'horizontal' ? input.measure(t.text) : 16);
  const at = (t: Tick) => (orientation === 'horizontal' ? t.textX : t.textY);
  let last: (Tick & { compressed: boolean }) | undefined;
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
  return { ticks: all.map(({ compressed: _, ...t }) => t), unit: unit ?? 'year' };
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

/**
 * A text centred on a tick near the drawing's edge would run past it (a zoomed window rarely
 * starts on a tick): such a text is set against its tick on the inner side instead, or left out
 * when that would crowd the next labelled text.
 */
export function keepTickTextsInside(ticks: Tick[], measure: (text: string) => number, width: number): void {
  const extent = (t: Tick) => {
    const w = measure(t.text);
    const from = t.anchor === 'middle' ? t.textX - w / 2 : t.anchor === 'left' ? t.textX : t.textX - w;
    return [from, from + w] as const;
  };
  ticks.forEach((t, i) => {
    if (!t.labelled) return;
    const [a, b] = extent(t);
    if (a >= 0 && b <= width) return;
    const moved: Tick = { ...t, anchor: a < 0 ? 'left' : 'right' };
    const [ma, mb] = extent(moved);
    const crowded = ticks.some((u, j) => {
      if (j === i || !u.labelled) return false;
      const [ua, ub] = extent(u);
      return ma < ub + METRICS.minTickSpacing && ua < mb + METRICS.minTickSpacing;
    });
    ticks[i] = ma >= 0 && mb <= width && !crowded ? moved : { ...t, labelled: false };
  });
}
