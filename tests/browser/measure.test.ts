/**
 * Text widths come from a canvas, once per text. A canvas keeps the shaping of every text it
 * has measured, so the measurer moves to a new canvas every few hundred texts: swapping
 * documents or zooming through many labels in a long-lived page must not grow Blink's heap
 * without bound.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  vi.restoreAllMocks();
});

describe('TextMeasurer', () => {
  it('measures like a canvas and asks it once per text', () => {
    countCanvases();
    const measurer = new TextMeasurer();
    const context = new Original(1, 1).getContext('2d')!;
    context.font = FONT;
    expect(measurer.width('انسحاب القوات', FONT)).toBeCloseTo(context.measureText('انسحاب القوات').width, 5);
    expect(measurer.width('Withdrawal', FONT)).toBeGreaterThan(measurer.width('W', FONT));
    expect(measurer.width('انسحاب القوات', FONT)).toBeCloseTo(context.measureText('انسحاب القوات').width, 5);
    expect(made).toBe(1);
  });

  it('moves to a new canvas every 500 texts, so an old one and its shaping can go', () => {
    countCanvases();
    const measurer = new TextMeasurer();
    const first = measurer.width('Summit 0', FONT);
    for (let i = 1; i < 500; i++) measurer.width(`Summit ${i}`, FONT);
    expect(made).toBe(1);
    // Two documents later its widths are forgotten, and measured again, on the next canvas once
    // the first has done 500.
    measurer.nextDocument();
    measurer.nextDocument();
    expect(measurer.width('Summit 0', FONT)).toBe(first);
    expect(made).toBe(2);
    for (let i = 0; i < 1000; i++) measurer.width(`Offensive ${i}`, FONT);
    expect(made).toBe(4);
  });

  it('keeps the widths of the document before for the next one, and forgets those two documents back', () => {
    const measurer = new TextMeasurer();
    // Every width the canvas gives, counted.
    const asked = vi.spyOn(OffscreenCanvasRenderingContext2D.prototype, 'measureText');
    expect(measurer.width('Surge', FONT)).toBe(measurer.width('Surge', FONT));
    measurer.width('Drawdown', FONT);
    expect(asked).toHaveBeenCalledTimes(2);
    // The same document set again (a copy of it): nothing is measured anew.
    measurer.nextDocument();
    measurer.width('Surge', FONT);
    expect(asked).toHaveBeenCalledTimes(2);
    // A document later, 'Surge' was used by the one before and is still known; 'Drawdown' was
    // not, and is measured again.
    measurer.nextDocument();
    measurer.width('Surge', FONT);
    expect(asked).toHaveBeenCalledTimes(2);
    measurer.width('Drawdown', FONT);
    expect(asked).toHaveBeenCalledTimes(3);
  });
});
