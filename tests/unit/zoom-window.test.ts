/**
 * Gestures map one window to the next; what a reader feels is that the time under a finger or
 * a pointer stays under it, and that the window never leaves the data or gets narrower than a
 * day. Both time directions: a right-to-left axis is a reversed range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, clampWindow, gripWindow, timeAt, zoomAround } from '../../src/layout/zoom-window.js';

const DAY = MIN_WINDOW_MS;
const base = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) };
const ranges = [
  [40, 1240],
  [1240, 40],
] as const;
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
/** Times within a millisecond: the arithmetic runs on doubles near 10^12. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1);

describe('timeAt', () => {
  it.each(ranges)('maps the range ends to the window ends (range %d → %d)', (r0, r1) => {
    const w = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2012, 0, 1) };
    expect(timeAt(w, [r0, r1], r0)).toBe(w.start);
    expect(timeAt(w, [r0, r1], r1)).toBe(w.end);
    expect(timeAt(w, [r0, r1], (r0 + r1) / 2)).toBe(Date.UTC(2011, 0, 1));
  });
});

describe('clampWindow', () => {
  it('widens a window narrower than a day around its middle', () => {
    const noon = Date.UTC(2010, 5, 1, 12);
    expect(clampWindow({ start: noon - 1000, end: noon + 1000 }, base)).toEqual({
      start: noon - DAY / 2,
      end: noon + DAY / 2,
    });
  });

  it('slides a window back inside the base window, keeping its width', () => {
    const w = clampWindow({ start: base.end - DAY * 10, end: base.end + DAY * 10 }, base)!;
    expect(w).toEqual({ start: base.end - DAY * 20, end: base.end });
  });

  it('reads a window that covers the whole base window as no zoom at all', () => {
    expect(clampWindow({ start: base.start - DAY, end: base.end + DAY }, base)).toBeUndefined();
    expect(clampWindow(base, base)).toBeUndefined();
  });
});

describe('zoomAround', () => {
  it.each(ranges)('keeps the time under the pointer under it (range %d → %d)', (r0, r1) => {
    const range = [r0, r1] as const;
    const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2016, 0, 1) };
    const px = 300;
    const at = timeAt(w, range, px);
    const next = zoomAround(w, base, at, 2)!;
    expect(next.end - next.start).toBeCloseTo((w.end - w.start) / 2, -1);
    near(timeAt(next, range, px), at);
  });

  it('stops at a day wide without sliding away from the pointer', () => {
    const at = Date.UTC(2010, 5, 1, 6);
    const w = { start: at - DAY, end: at + DAY };
    const next = zoomAround(w, base, at, 100)!;
    expect(next.end - next.start).toBe(DAY);
    near(next.start, at - DAY / 2);
    // Zooming in further changes nothing.
    expect(zoomAround(next, base, at, 2)).toEqual(next);
  });

  it('zooming out past the whole returns the unzoomed view', () => {
    const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2016, 0, 1) };
    expect(zoomAround(w, base, Date.UTC(2010, 0, 1), 0.1)).toBeUndefined();
  });
});

describe('gripWindow', () => {
  it.each(ranges)(
    'one grip pans: the gripped time follows the pointer, the width stays (range %d → %d)',
    (r0, r1) => {
      const range = [r0, r1] as const;
      const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2012, 0, 1) };
      const time = timeAt(w, range, 600);
      const next = gripWindow(w, base, range, { time, px: 500 })!;
      near(next.end - next.start, w.end - w.start);
      near(timeAt(next, range, 500), time);
      // Moving the pointer towards the start of the range shows later times.
      expect(next.start > w.start).toBe(r1 > r0);
    },
  );

  it('one grip stops at the edge of the data', () => {
    const w = { start: base.start + DAY, end: base.start + DAY * 100 };
    const next = gripWindow(w, base, [0, 1000], { time: timeAt(w, [0, 1000], 100), px: 900 })!;
    expect(next).toEqual({ start: base.start, end: base.start + DAY * 99 });
  });

  it.each(ranges)('two grips pinch: both times stay under their fingers (range %d → %d)', (r0, r1) => {
    const range = [r0, r1] as const;
    const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2012, 0, 1) };
    const a = { time: timeAt(w, range, 400), px: 300 };
    const b = { time: timeAt(w, range, 600), px: 700 };
    const next = gripWindow(w, base, range, a, b)!;
    near(timeAt(next, range, a.px), a.time);
    near(timeAt(next, range, b.px), b.time);
    // The fingers moved apart: zoomed in by their ratio.
    near(next.end - next.start, (w.end - w.start) / 2);
  });

  it('crossed fingers pan with the first instead of turning time around', () => {
    const range = [0, 1000] as const;
    const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2012, 0, 1) };
    const a = { time: timeAt(w, range, 400), px: 600 };
    const b = { time: timeAt(w, range, 600), px: 400 };
    const next = gripWindow(w, base, range, a, b)!;
    near(next.end - next.start, w.end - w.start);
    near(timeAt(next, range, a.px), a.time);
  });

  it('a pinch held at a day keeps the midpoint between the fingers in place', () => {
    const range = [0, 1000] as const;
    const mid = Date.UTC(2010, 0, 1);
    const w = { start: mid - DAY, end: mid + DAY };
    const a = { time: timeAt(w, range, 450), px: 100 };
    const b = { time: timeAt(w, range, 550), px: 900 };
    const next = gripWindow(w, base, range, a, b)!;
    expect(next.end - next.start).toBe(DAY);
    near(timeAt(next, range, 500), (a.time + b.time) / 2);
  });

  it('any gesture gives a window inside the data, at least a day wide, or the whole view', () => {
    const px = fc.double({ min: -200, max: 1400, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        px,
        px,
        px,
        px,
        fc.boolean(),
        (range, u, v, pa, qa, pb, qb, pinch) => {
          const span = base.end - base.start;
          const start = base.start + Math.min(u, v) * span;
          const w = clampWindow({ start, end: base.start + Math.max(u, v) * span }, base) ?? base;
          const a = { time: timeAt(w, range, pa), px: qa };
          const b = pinch ? { time: timeAt(w, range, pb), px: qb } : undefined;
          const next = gripWindow(w, base, range, a, b);
          if (!next) return;
          expect(next.start).toBeGreaterThanOrEqual(base.start);
          expect(next.end).toBeLessThanOrEqual(base.end);
          expect(next.end - next.start).toBeGreaterThanOrEqual(DAY - 1);
        },
      ),
      { numRuns },
    );
  });
});
