/**
 * The value scale's round ticks are d3-array's `nice` and `ticks` from zero, and the axis's calendar ticks are d3-time's `utcTicks` never finer than a day: for any domain and
 * tick count, the layout's own ticks are the ones d3-time gives (or every midnight of the domain
 * where d3-time would pick hours or finer), across centuries, before 1970 and in year 0's era.
 */
import fc from 'fast-check';
import { nice, ticks } from 'd3-array';
import { utcDay, utcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { timeTicks, valueScale } from '../../src/layout/scales.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** d3-time's ticks, with every midnight instead where they fall between midnights. */
function reference(domain: readonly [number, number], count: number): number[] {
  const a = new Date(Math.min(...domain));
  const b = new Date(Math.max(...domain));
  const ticks = utcTicks(a, b, count);
  if (ticks.every((t) => +utcDay.floor(t) === +t)) return ticks.map(Number);
  return utcDay.range(utcDay.ceil(a), new Date(+b + 1)).map(Number);
}

const ours = (domain: readonly [number, number], count: number) => timeTicks(domain, count).map(Number);

describe('timeTicks', () => {
  it('gives the years, quarters, months, weeks and days a tick count asks for', () => {
    const y2000 = Date.UTC(2000, 0, 1);
    // Ten years at five ticks: every second year.
    expect(ours([y2000, Date.UTC(2010, 0, 1)], 5)).toEqual(
      [2000, 2002, 2004, 2006, 2008, 2010].map((y) => Date.UTC(y, 0, 1)),
    );
    // Two years at eight ticks: quarters.
    expect(ours([y2000, Date.UTC(2001, 11, 31)], 8)).toEqual(
      [0, 3, 6, 9, 12, 15, 18, 21].map((m) => Date.UTC(2000, m, 1)),
    );
    // Five weeks at five ticks: Sundays.
    expect(ours([y2000, y2000 + 35 * DAY], 5)).toEqual([2, 9, 16, 23, 30].map((d) => Date.UTC(2000, 0, d)));
    // Half a day at ten ticks: the one midnight in it, not hours.
    expect(ours([y2000 - 6 * 3_600_000, y2000 + 6 * 3_600_000], 10)).toEqual([y2000]);
    // Years 0 to 100 write as years, not as 1900 to 2000.
    expect(ours([Date.UTC(2000, 0, 1) - 2000 * YEAR, Date.UTC(2000, 0, 1) - 1900 * YEAR], 4)[0]).toBeLessThan(
      Date.UTC(2000, 0, 1) - 1899 * YEAR,
    );
  });

  it('are the ticks d3-time gives, never finer than a day, for any domain and count', () => {
    const time = fc.integer({ min: -3000 * YEAR, max: 2000 * YEAR });
    const width = fc.oneof(
      fc.integer({ min: 0, max: 3 * DAY }),
      fc.integer({ min: 0, max: 400 * DAY }),
      fc.integer({ min: 0, max: 50 * YEAR }),
      fc.integer({ min: 0, max: 3000 * YEAR }),
      fc.constantFrom(0, 1, DAY - 1, DAY, 2 * DAY, 7 * DAY, 30 * DAY, 90 * DAY, YEAR),
    );
    const snap = fc.constantFrom('none', 'day', 'month', 'year');
    fc.assert(
      fc.property(
        time,
        width,
        fc.integer({ min: 1, max: 40 }),
        snap,
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, w, count, s, flip, frac) => {
          const d = new Date(t);
          const start =
            s === 'day'
              ? +utcDay.floor(d)
              : s === 'month'
                ? new Date(d).setUTCDate(1) - (t - +utcDay.floor(d))
                : s === 'year'
                  ? new Date(+utcDay.floor(d)).setUTCMonth(0, 1)
                  : t + frac;
          const domain: [number, number] = flip ? [start + w, start] : [start, start + w];
          expect(ours(domain, count)).toEqual(reference(domain, count));
        },
      ),
      { numRuns: numRuns * 10 },
    );
  }, 600_000);
});

describe('valueScale', () => {
  it('rounds the maximum up and ticks it at round values', () => {
    const figures = valueScale(170_000, [100, 0], 4);
    expect(figures.ticks).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
    expect(figures.scale.domain).toEqual([0, 200_000]);
    expect(valueScale(0.27, [100, 0], 4).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(valueScale(0, [100, 0], 4).scale.domain).toEqual([0, 1]);
  });

  it('has the domain d3-array nice gives from zero and the ticks its ticks give, for any maximum and count', () => {
    const max = fc.oneof(
      fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
      fc.integer({ min: 1, max: 10_000_000 }),
      fc.constantFrom(0, -5, 1, 0.1, 0.3, 3, 7, 99.99, 1e-7, 123_456),
    );
    fc.assert(
      fc.property(max, fc.integer({ min: 1, max: 12 }), (m, count) => {
        const { scale, ticks: values } = valueScale(m, [100, 0], count);
        const domain = nice(0, m > 0 ? m : 1, count);
        expect(scale.domain).toEqual(domain);
        expect(values).toEqual(ticks(domain[0], domain[1], count));
      }),
      { numRuns: numRuns * 10 },
    );
  }, 600_000);
});
