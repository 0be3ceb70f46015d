/**
 * The two scales the layout needs, on d3-time's calendar ticks and d3-array's tick steps.
 * d3-scale would bring interpolators, colour parsing and number and date formatting that the
 * layout never uses (labels come from Intl), at about ten times the size of these few lines.
 */
import { nice, ticks } from 'd3-array';
import { utcDay, utcTicks } from 'd3-time';

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The domain value at a pixel. */
  invert(px: number): number;
}

/** A linear map from domain to range; a zero-width domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const mid = (r0 + r1) / 2;
  const scale = ((value: number) => (k === 0 ? mid : r0 + (value - d0) * k)) as Scale;
  return Object.assign(scale, {
    domain,
    range,
    invert: (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k),
  });
}

/**
 * Calendar-aligned UTC ticks (years, months, days) for a time domain. Never finer than a day:
 * dates are the finest precision a document has, so hours would only repeat the day's label.
 */
export function timeTicks(domain: readonly [number, number], count: number): Date[] {
  const a = new Date(Math.min(...domain));
  const b = new Date(Math.max(...domain));
  const ticks = utcTicks(a, b, count);
  if (ticks.every((t) => +utcDay.floor(t) === +t)) return ticks;
  return utcDay.range(utcDay.ceil(a), new Date(+b + 1));
}

/** A value scale from zero to a rounded-up maximum, with round tick values. */
export function valueScale(
  max: number,
  range: readonly [number, number],
  count: number,
): { scale: Scale; ticks: number[] } {
  const [lo, hi] = nice(0, max > 0 ? max : 1, count);
  return { scale: linearScale([lo, hi], range), ticks: ticks(lo, hi, count) };
}
