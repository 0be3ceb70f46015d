import { describe, expect, it, vi } from 'vitest';
import { layoutTimeline, type Layout, type LayoutInput } from '../../src/layout/layout.js';
import * as labels from '../../src/layout/labels.js';
import { validateDocument } from '../../src/schema/validate.js';
import { drawdownStory } from '../../src/data/drawdown.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';

// Every placement the layout asks for is counted, and made by the real placement.
vi.mock('../../src/layout/labels.js', async (original) => {
  const real = await original<typeof import('../../src/layout/labels.js')>();
  return { ...real, placeLabels: vi.fn(real.placeLabels) };
});
const placeLabels = vi.mocked(labels.placeLabels);

const story = validateDocument(drawdownStory).model;
const f = createFormatters({ language: 'en', numbering: 'latn' });

/** Widths at a font: px per character, a core label's bold a little wider. */
const widths = (px: number) => (text: string, bold?: boolean) => text.length * (bold ? px + 0.5 : px);

function layout(measure: LayoutInput['measure'], width: number, lang: 'en' | 'ar'): Layout {
  return layoutTimeline({
    model: structuredClone(story),
    width,
    timeDirection: lang === 'ar' ? 'rtl' : 'ltr',
    orientation: 'horizontal',
    labelText: (e) => resolveText(e.title, lang),
    measure,
    tickText: f.tick,
  });
}

/** The placements one fresh layout of the story asks for, each as what it was given. */
function placements(measure: LayoutInput['measure'], width: number, lang: 'en' | 'ar') {
  placeLabels.mockClear();
  layout(measure, width, lang);
  return { asked: placeLabels.mock.calls.map((call) => JSON.stringify(call)) };
}

describe('a story layout places each set of label requests once', () => {
  it('measures that ask for boxes already placed take that placement instead of placing again', () => {
    const counts: number[] = [];
    for (const px of [6, 7, 8, 9, 10]) {
      for (const width of [680, 900, 1280]) {
        for (const lang of ['en', 'ar'] as const) {
          const { asked } = placements(widths(px), width, lang);
          expect(asked.length).toBeGreaterThan(0);
          // No placement is asked for twice with the same requests, lanes and flags.
          expect(new Set(asked).size).toBe(asked.length);
          counts.push(asked.length);
        }
      }
    }
    // Headlines longer than several of the measures balance to the same boxes at each of them:
    // those layouts place fewer times than the others.
    expect(Math.min(...counts)).toBeLessThan(Math.max(...counts));
  });
});
