/**
 * Whole glyphs in the label boxes: Arabic letters reach further below their line than the font's
 * descent says (the dots under ي and ب), and a box that clips at its edge cuts them off, so that
 * «في» reads «فى». Each label's text must fit inside what the box lets be painted, in both
 * languages, on a wide page and on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { mount, q } from './helpers.js';

afterEach(() => document.body.replaceChildren());

const context = document.createElement('canvas').getContext('2d')!;

/** How far the text's ink reaches below the bottom of its font's line box (its content area). */
function inkBelowContent(label: HTMLElement): number {
  const style = getComputedStyle(label);
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const m = context.measureText(label.textContent!.trim());
  return m.actualBoundingBoxDescent - m.fontBoundingBoxDescent;
}

/** The lowest y at which the label's box still paints its content. */
function paintedBottom(label: HTMLElement): number {
  const style = getComputedStyle(label);
  const box = label.getBoundingClientRect();
  const inner = box.bottom - parseFloat(style.borderBottomWidth);
  const clipsAtEdge = style.overflowY === 'hidden' || /paint|strict|content/.test(style.contain);
  if (clipsAtEdge) return inner;
  if (style.overflowY !== 'clip') return Infinity;
  return inner + parseFloat(style.getPropertyValue('overflow-clip-margin') || '0');
}

/** The bottom of the label's last line of text, as the browser laid it out. */
function textBottom(label: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(label);
  return Math.max(...[...range.getClientRects()].map((r) => r.bottom));
}

describe('label boxes paint their glyphs whole', () => {
  for (const lang of ['ar', 'en']) {
    for (const width of [1280, 375]) {
      it(`the lowest ink of every label lies inside what its box paints (${lang}, ${width} px)`, async () => {
        const el: DrawdownTimeline = await mount({ lang }, width);
        const labels = q(el, '.label');
        expect(labels.length).toBeGreaterThan(4);
        for (const label of labels) {
          const ink = textBottom(label) + inkBelowContent(label);
          expect(ink, `${label.textContent!.trim()}: ink at ${ink}`).toBeLessThanOrEqual(
            paintedBottom(label) + 0.5,
          );
        }
      });
    }
  }
});
