/**
 * Gestures map one window to the next; what a reader feels is that the time under a finger or
 * a pointer stays under it, and that the window never leaves the data or gets narrower than a
 * day. Both time directions: a right-to-left axis is a reversed range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, clampWindow, gripWindow, timeAt, zoomAround } from '../../src/time/zoom-window.js';

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
  it.each(ranges)('the gripped time follows the pointer at the width asked for (range %d → %d)', (r0, r1) => {
    const range = [r0, r1] as const;
    const w = { start: Date.UTC(2008, 0, 1), end: Date.UTC(2012, 0, 1) };
    const time = timeAt(w, range, 600);
    const pan = gripWindow(base, range, { time, px: 500 }, w.end - w.start)!;
    near(pan.end - pan.start, w.end - w.start);
    near(timeAt(pan, range, 500), time);
    // Moving the pointer towards the start of the range shows later times.
    expect(pan.start > w.start).toBe(r1 > r0);
    // Half the width (fingers spread to twice their distance): the time stays under the midpoint.
    const pinch = gripWindow(base, range, { time, px: 500 }, (w.end - w.start) / 2)!;
    near(pinch.end - pinch.start, (w.end - w.start) / 2);
    near(timeAt(pinch, range, 500), time);
  });

  it('stops at the edge of the data', () => {
    const w = { start: base.start + DAY, end: base.start + DAY * 100 };
    const next = gripWindow(base, [0, 1000], { time: timeAt(w, [0, 1000], 100), px: 900 }, DAY * 99)!;
    expect(next).toEqual({ start: base.start, end: base.start + DAY * 99 });
  });

  it('holds the width between a day and the whole, keeping the gripped time in place', () => {
    const range = [0, 1000] as const;
    const time = Date.UTC(2010, 0, 1);
    const narrow = gripWindow(base, range, { time, px: 500 }, 1000)!;
    expect(narrow.end - narrow.start).toBe(DAY);
    near(timeAt(narrow, range, 500), time);
    expect(gripWindow(base, range, { time, px: 500 }, (base.end - base.start) * 3)).toBeUndefined();
  });

  it('any grip and width give a window inside the data, at least a day wide, or the whole view', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -200, max: 1400, noNaN: true }),
        fc.double({ min: 1, max: 1e13, noNaN: true }),
        (range, u, px, width) => {
          const time = base.start + u * (base.end - base.start);
          const next = gripWindow(base, range, { time, px }, width);
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
