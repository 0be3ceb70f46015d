/**
 * Text widths come from a canvas, once per text. A canvas keeps the shaping of every text it
 * has measured, so a new document must start on a new canvas: swapping documents in a
 * long-lived page otherwise grows Blink's heap without bound.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextMeasurer } from '../../src/components/drawdown-timeline/measure.js';

const FONT = "600 13px 'Noto Sans', 'Noto Sans Arabic', sans-serif";
const Original = globalThis.OffscreenCanvas;
let made = 0;

function countCanvases(): void {
  made = 0;
  globalThis.OffscreenCanvas = class extends Original {
    constructor(width: number, height: number) {
      super(width, height);
      made++;
    }
  };
}

afterEach(() => {
  globalThis.OffscreenCanvas = Original;
});

describe('TextMeasurer', () => {
  it('measures like a canvas and asks it once per text', () => {
    countCanvases();
    const measurer = new TextMeasurer();
    const context = new Original(1, 1).getContext('2d')!;
    context.font = FONT;
    expect(measurer.width('انسحاب القوات', FONT)).toBeCloseTo(context.measureText('انسحاب القوات').width, 5);
    expect(measurer.width('Withdrawal', FONT)).toBeGreaterThan(measurer.width('W', FONT));
    expect(made).toBe(1);
  });

  it('starts a new canvas after clear(), so the old one and its shaping caches can go', () => {
    countCanvases();
    const measurer = new TextMeasurer();
    const before = measurer.width('Summit 1', FONT);
    measurer.clear();
    expect(measurer.width('Summit 1', FONT)).toBe(before);
    expect(made).toBe(2);
  });
});
