import { describe, expect, it } from 'vitest';
import { reservedHeight } from '../../src/layout/reserve.js';
import { placeTooltip, TOOLTIP, tooltipHeight } from '../../src/layout/tooltip.js';
import { clearPlace } from '../../src/layout/clear-place.js';
import { sharedArea } from '../../src/layout/occupied.js';

const horizontal = {
  orientation: 'horizontal' as const,
  timeDirection: 'ltr' as const,
  width: 800,
  height: 400,
  axis: { x1: 0, y1: 200, x2: 800, y2: 200 },
};

describe('the room a loading chart reserves', () => {
  it('grows as the column narrows, and a phone reserves more than a desktop', () => {
    expect(reservedHeight(1280, 'horizontal')).toBe(reservedHeight(1000, 'horizontal'));
    expect(reservedHeight(680, 'horizontal')).toBeGreaterThan(reservedHeight(1000, 'horizontal'));
    expect(reservedHeight(320, 'vertical')).toBeGreaterThan(reservedHeight(375, 'vertical'));
    expect(reservedHeight(375, 'vertical')).toBeGreaterThan(reservedHeight(680, 'horizontal'));
  });
});

describe('tooltip placement', () => {
  it('opens under the axis in the horizontal chart, centred on its mark and inside the chart', () => {
    const box = placeTooltip(horizontal, { x: 400, y: 200 }, 80, 120);
    expect(box.y).toBeGreaterThan(200);
    expect(box.x + box.width / 2).toBeCloseTo(400, 0);
    const edge = placeTooltip(horizontal, { x: 790, y: 200 }, 80, 120);
    expect(edge.x + edge.width).toBeLessThanOrEqual(800);
  });

  it('opens above the mark when the chart ends under the axis', () => {
    const box = placeTooltip({ ...horizontal, height: 230 }, { x: 400, y: 200 }, 80, 120);
    expect(box.y + tooltipHeight(box.titleLines)).toBeLessThanOrEqual(200);
  });

  it('under a horizontal axis, keeps out of the figures track’s plot: where two lines have no room above it, the date and the title share one', () => {
    // Labels down to a few px over the axis (200), tick texts under it from 216 to 232; the
    // track's highest value written from 262.
    const labels = { x: 0, y: 0, width: 800, height: 186, text: true as const };
    const tick = { x: 0, y: 216, width: 800, height: 16, text: true as const };
    const series = {
      x0: 0,
      x1: 800,
      y: 278,
      bottom: 380,
      ticks: [
        { value: 100, y: 278, textTop: 262 },
        { value: 0, y: 380 },
      ],
    } as unknown as NonNullable<Parameters<typeof placeTooltip>[0]['series']>;
    const box = placeTooltip({ ...horizontal, series }, { x: 400, y: 200 }, 80, 120, [labels, tick]);
    const height = tooltipHeight(box.titleLines);
    expect(box.titleLines).toBe(0);
    expect(box.width).toBeGreaterThanOrEqual(80 + 120 + TOOLTIP.inlineGap + 2 * TOOLTIP.padding);
    expect(box.y).toBeGreaterThanOrEqual(232);
    expect(box.y + height).toBeLessThanOrEqual(262);
    // Without the track, two lines under the tick texts.
    const open = placeTooltip(horizontal, { x: 400, y: 200 }, 80, 120, [labels, tick]);
    expect(open.titleLines).toBe(1);
    expect(open.y).toBeGreaterThanOrEqual(232);
  });

  it('wraps a long title to lines within its widest box', () => {
    const box = placeTooltip(horizontal, { x: 400, y: 200 }, 80, 700);
    expect(box.width).toBe(260);
    expect(box.titleLines).toBe(3);
  });

  it('in the vertical chart opens on the side away from the labels when it fits', () => {
    const vertical = { ...horizontal, orientation: 'vertical' as const, width: 600, height: 1000 };
    const ltr = placeTooltip(vertical, { x: 400, y: 300 }, 80, 120);
    expect(ltr.x + ltr.width).toBeLessThanOrEqual(400);
    const rtl = placeTooltip({ ...vertical, timeDirection: 'rtl' }, { x: 200, y: 300 }, 80, 120);
    expect(rtl.x).toBeGreaterThanOrEqual(200);
  });
});

describe('a place clear of what the chart draws', () => {
  it('keeps the preferred place when it covers nothing', () => {
    expect(clearPlace({ x: 10, y: 10 }, 50, 20, { x: 0, y: 0 }, { width: 400, height: 300 }, [])).toEqual({
      x: 10,
      y: 10,
    });
  });

  it('moves to the nearest place that covers nothing, inside the room', () => {
    const taken = [
      { x: 0, y: 0, width: 400, height: 100 },
      { x: 0, y: 140, width: 150, height: 40 },
    ];
    const at = clearPlace({ x: 20, y: 60 }, 100, 30, { x: 60, y: 120 }, { width: 400, height: 300 }, taken);
    const box = { ...at, width: 100, height: 30 };
    expect(taken.every((t) => sharedArea(box, t) === 0)).toBe(true);
    expect(at.x + 100).toBeLessThanOrEqual(400);
    expect(at.y + 30).toBeLessThanOrEqual(300);
    // Between the two boxes, beside the target, rather than far below.
    expect(at.y).toBeGreaterThanOrEqual(100);
    expect(at.y).toBeLessThan(140);
  });

  it('covers as little as it can when nothing is clear', () => {
    const taken = [{ x: 0, y: 0, width: 300, height: 200 }];
    const at = clearPlace({ x: 0, y: 0 }, 100, 50, { x: 0, y: 0 }, { width: 320, height: 200 }, taken);
    expect(at.x).toBe(220);
  });
});
