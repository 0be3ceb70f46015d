import { describe, expect, it } from 'vitest';
import { styles } from '../../src/components/drawdown-timeline/drawdown-timeline.styles.js';

/** Every `--drawdown-*: light-dark(light, dark)` token of the element's styles. */
function tokens(): Map<string, { light: string; dark: string }> {
  const found = new Map<string, { light: string; dark: string }>();
  for (const m of styles.cssText.matchAll(
    /(--drawdown-[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\s*\)/gi,
  )) {
    found.set(m[1]!, { light: m[2]!, dark: m[3]! });
  }
  return found;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = [
  '--drawdown-color-text',
  '--drawdown-color-muted',
  '--drawdown-color-now',
  '--drawdown-color-estimate',
  '--drawdown-color-error',
  '--drawdown-color-link',
];
const MARKS = [
  '--drawdown-color-axis',
  '--drawdown-color-focus',
  '--drawdown-color-series',
  '--drawdown-color-series-2',
  '--drawdown-color-series-3',
  '--drawdown-category-1',
  '--drawdown-category-2',
  '--drawdown-category-3',
  '--drawdown-category-4',
  '--drawdown-category-5',
  '--drawdown-category-6',
];

describe('colour tokens (WCAG 2.2 AA)', () => {
  const all = tokens();
  const background = all.get('--drawdown-color-background')!;

  it('every colour token has a light and a dark value', () => {
    expect(background).toBeDefined();
    for (const name of [...TEXT, ...MARKS]) expect(all.has(name), name).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`text colours reach 4.5:1 against the ${scheme} background`, () => {
      for (const name of TEXT) {
        expect(contrast(all.get(name)![scheme], background[scheme]), name).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`marks, lines and the focus ring reach 3:1 against the ${scheme} background`, () => {
      for (const name of MARKS) {
        expect(contrast(all.get(name)![scheme], background[scheme]), name).toBeGreaterThanOrEqual(3);
      }
    });

    it(`error text reaches 4.5:1 on the ${scheme} message background`, () => {
      const message = all.get('--drawdown-color-message-background')![scheme];
      expect(contrast(all.get('--drawdown-color-error')![scheme], message)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
