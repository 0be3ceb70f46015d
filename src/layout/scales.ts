/**
 * The two scales the layout needs, with round tick steps and calendar ticks of their own: the
 * ticks d3-array's `ticks` and `nice` and d3-time's `utcTicks` give (tests hold them to theirs).
 * d3-scale would bring interpolators, colour parsing and number and date formatting that the
 * layout never uses (labels come from Intl), at about ten times the size of these few lines.
 */
import { DAY } from '../time/partial-date.js';

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
 * The spacing of each calendar tick interval, from a second to a year (a month counted as 30
 * days, a year as 365), by which a tick count picks one: the interval nearest the domain's width
 * per tick, as d3-time's `utcTicks` picks it.
 */
const SPACINGS = [1e3, 5e3, 15e3, 3e4, 6e4, 3e5, 9e5, 18e5, 36e5, 108e5, 216e5, 432e5, 1, 2, 7, 30, 90, 365];

/**
 * Calendar-aligned UTC ticks (days, weeks, months, years) for a time domain, from its start to
 * its end inclusive: the ticks d3-time's `utcTicks` gives, without its clock intervals. Never
 * finer than a day: dates are the finest precision a document has, so hours would only repeat
 * the day's label; where a finer interval would be picked, every midnight in the domain is a tick.
 * Days and weeks are counted from the epoch (every second day an even one, weeks from Sunday);
 * months and years from year 0 (every third month from January, every k years a multiple of k).
 */
export function timeTicks(domain: readonly [number, number], count: number): Date[] {
  // Whole milliseconds, as a Date holds them.
  const a = +new Date(Math.min(...domain));
  const b = +new Date(Math.max(...domain));
  const target = (b - a) / count;
  const spacing = (i: number) => SPACINGS[i]! * (i > 11 ? DAY : 1);
  let i = SPACINGS.findIndex((_, k) => spacing(k) > target);
  if (i > 0 && target / spacing(i - 1) < spacing(i) / target) i--;
  const out: Date[] = [];
  if (i < 0 || i > 14) {
    // Months from year 0, `months` apart: a quarter, a year, or years by round steps.
    const years = i < 0 ? tickSpec(a / (365 * DAY), b / (365 * DAY), count)[2] : 0;
    const months = i < 0 ? 12 * Math.floor(years < 0 ? -1 / years : years) : Math.round(SPACINGS[i]! / 30);
    const at = (m: number) => new Date(0).setUTCFullYear(0, m, 1);
    const start = new Date(a);
    let m = start.getUTCFullYear() * 12 + start.getUTCMonth();
    if (at(m) < a) m++;
    for (m = Math.ceil(m / months) * months; at(m) <= b; m += months) out.push(new Date(at(m)));
  } else {
    // Days from the epoch, `step` apart; weeks from the first Sunday, 4 January 1970.
    const step = (i > 12 ? SPACINGS[i]! : 1) * DAY;
    const from = i === 14 ? 3 * DAY : 0;
    for (let t = Math.ceil((a - from) / step) * step + from; t <= b; t += step) out.push(new Date(t));
  }
  return out;
}

/**
 * A round step for `count` ticks from `start` to `stop` (start <= stop), and the first and last
 * multiples of it there, as d3-array's `ticks` finds them: 1, 2 or 5 times a power of ten, the
 * ratio of the plain step to its power of ten rounded up past √2, √10 and √50. A step under 1 is
 * given as its negative inverse (a tick is then i / inverse, which keeps 0.3 exact). A count
 * under 2 that finds no multiple in the domain asks for twice as many.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const plain = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(plain));
  const ratio = plain / Math.pow(10, power);
  const factor = ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1;
  const fine = power < 0;
  const inc = fine ? Math.pow(10, -power) / factor : Math.pow(10, power) * factor;
  const at = (i: number) => (fine ? i / inc : i * inc);
  let first = Math.round(fine ? start * inc : start / inc);
  let last = Math.round(fine ? stop * inc : stop / inc);
  if (at(first) < start) first++;
  if (at(last) > stop) last--;
  if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, fine ? -inc : inc];
}

/** A value scale from zero to a rounded-up maximum, with round tick values. */
export function valueScale(
  max: number,
  range: readonly [number, number],
  count: number,
): { scale: Scale; ticks: number[] } {
  // The maximum rounded up to a multiple of the step, until the step no longer changes.
  let hi = max > 0 ? max : 1;
  for (let before; ;) {
    const step = tickSpec(0, hi, count)[2];
    if (step === before || step === 0 || !isFinite(step)) break;
    const k = Math.floor(step > 0 ? hi / step : hi * -step);
    const at = step > 0 ? k * step : k / -step;
    hi = step > 0 ? (k + (at < hi ? 1 : 0)) * step : (k + (at < hi ? 1 : 0)) / -step;
    before = step;
  }
  const [first, last, inc] = count > 0 ? tickSpec(0, hi, count) : [0, -1, 1];
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(inc < 0 ? i / -inc : i * inc);
  return { scale: linearScale([0, hi], range), ticks };
}
