import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type Layout, type LayoutInput } from '../../src/layout/layout.js';
import { validateDocument } from '../../src/schema/validate.js';
import { drawdownStory } from '../../src/data/drawdown.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';

/** Runs per property: 1,000 in `npm test`, 10,000 in `npm run fuzz`. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const story = validateDocument(drawdownStory).model;
const f = createFormatters({ language: 'en', numbering: 'latn' });
const YEAR = 365.25 * 86_400_000;

/** Widths at a font: px per character, a core label's bold a little wider. */
const widths = (px: number) => (text: string, bold?: boolean) => text.length * (bold ? px + 0.5 : px);

function layout(
  measure: LayoutInput['measure'],
  width: number,
  lang: 'en' | 'ar',
  from?: number,
  years = 4,
): Layout {
  return layoutTimeline({
    model: structuredClone(story),
    width,
    timeDirection: lang === 'ar' ? 'rtl' : 'ltr',
    orientation: 'horizontal',
    ...(from === undefined ? {} : { window: { start: from, end: from + years * YEAR } }),
    labelText: (e) => resolveText(e.title, lang),
    measure,
    tickText: f.tick,
  });
}

/** What the label placement decides: each label's box, and the lanes. */
const labels = (l: Layout) => ({
  boxes: l.events.map((m) => [m.event.id, m.label && { ...m.label }]),
  lanes: [...l.placement.lanes],
  laneCount: l.placement.laneCount,
  measures: l.placement.measures,
});

describe('story label placement kept with its widths', () => {
  it('a chart laying out again with the same widths places its labels as a fresh layout does', () => {
    // One widths function for the whole run, as a chart keeps one while its fonts stay: every
    // layout in the sequence is checked against one made with widths never used before.
    const kept = [widths(7), widths(8)];
    const start = Date.UTC(2007, 0, 1);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            font: fc.integer({ min: 0, max: 1 }),
            width: fc.constantFrom(680, 900, 1248, 1280),
            lang: fc.constantFrom('en' as const, 'ar' as const),
            from: fc.option(fc.integer({ min: 0, max: 16 }), { nil: undefined }),
            years: fc.integer({ min: 2, max: 20 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (steps) => {
          for (const { font, width, lang, from, years } of steps) {
            const at = from === undefined ? undefined : start + from * YEAR;
            const again = layout(kept[font]!, width, lang, at, years);
            const fresh = layout(widths(7 + font), width, lang, at, years);
            expect(labels(again)).toEqual(labels(fresh));
          }
        },
      ),
      { numRuns: Math.max(20, FUZZ_RUNS / 50) },
    );
  }, 60_000);

  it('widths at another font place the labels afresh', () => {
    const same = widths(7);
    const narrow = layout(same, 900, 'en');
    const wide = layout(widths(9), 900, 'en');
    expect(labels(layout(same, 900, 'en'))).toEqual(labels(narrow));
    expect(labels(wide)).not.toEqual(labels(narrow));
  });
});
