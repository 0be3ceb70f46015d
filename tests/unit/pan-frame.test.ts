import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type Layout } from '../../src/layout/layout.js';
import { panFrame } from '../../src/layout/pan-frame.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { validateDocument } from '../../src/schema/validate.js';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const f = createFormatters({ language: 'en', numbering: 'latn' });
const YEAR = 365.25 * 86_400_000;

const { model } = validateDocument({
  events: Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    start: `${1990 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}`,
    ...(i % 7 === 0 ? { end: `${1991 + (i % 30)}` } : {}),
    title: `Event ${i}`,
    importance: i % 4 ? 'context' : 'core',
  })),
});

function at(
  start: number,
  years: number,
  orientation: 'horizontal' | 'vertical',
  dir: 'ltr' | 'rtl',
  keep?: Layout['placement'],
): Layout {
  return layoutTimeline({
    model,
    ...(keep ? { keep } : {}),
    width: 1000,
    orientation,
    timeDirection: dir,
    window: { start, end: start + years * YEAR },
    labelText: (e) => resolveText(e.title, 'en'),
    measure: (t) => t.length * 7,
    tickText: f.tick,
  });
}

const horizontal = (o: string) => o === 'horizontal';
const along = (l: Layout, m: { x: number; y: number }) => (l.orientation === 'horizontal' ? m.x : m.y);

describe('the pan frame', () => {
  it('puts every mark back in place: drawn position + shift = layout position', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1988, max: 2020, noNaN: true }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        fc.constantFrom('horizontal', 'vertical'),
        fc.constantFrom('ltr', 'rtl'),
        (year, years, orientation, dir) => {
          const l = at((year - 1970) * YEAR, years, orientation as 'horizontal', dir as 'ltr');
          const { layout: drawn, shift } = panFrame(l);
          l.events.forEach((m, i) => {
            const d = drawn.events[i]!;
            expect(d.event).toBe(m.event);
            expect(along(drawn, d) + shift).toBeCloseTo(along(l, m), 1);
            if (m.label) expect(along(drawn, d.label!) + shift).toBeCloseTo(along(l, m.label), 1);
            // A marker's band and lines are drawn relative to it; an offscreen band stands alone.
            const origin = m.offscreen ? { x: shift, y: shift } : { x: d.x + shift, y: d.y + shift };
            const [o, band, was] = horizontal(orientation)
              ? [origin.x, d.band.x, m.band.x]
              : [origin.y, d.band.y, m.band.y];
            expect(band + o).toBeCloseTo(was, 1);
            if (m.leader) {
              const [a, b] = horizontal(orientation)
                ? [d.leader!.x1, m.leader.x1]
                : [d.leader!.y1, m.leader.y1];
              expect(a + o).toBeCloseTo(b, 1);
            }
            // Across the time axis nothing moves.
            expect(orientation === 'horizontal' ? d.y : d.x).toBe(orientation === 'horizontal' ? m.y : m.x);
          });
          l.ticks.forEach((t, i) => {
            const d = drawn.ticks[i]!;
            const pos = orientation === 'horizontal' ? [d.textX, t.textX] : [d.textY, t.textY];
            expect(pos[0]! + shift).toBeCloseTo(pos[1]!, 1);
          });
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20261129 },
    );
  }, 120_000);

  it('a pan leaves the drawn numbers of the marks that stay in view exactly as they were', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        const start = (1995 - 1970) * YEAR + 0.3 * YEAR;
        // As the element pans: each layout keeps the placement of the one before.
        const a = panFrame(at(start, 8, orientation, dir));
        const b = panFrame(at(start + 0.01 * 8 * YEAR, 8, orientation, dir, a.layout.placement));
        expect(b.shift).not.toBe(a.shift);
        const byId = new Map(a.layout.events.map((m) => [m.event.id, m]));
        let same = 0;
        for (const m of b.layout.events) {
          const before = byId.get(m.event.id);
          // Marks cut by the window's edges change with it; the others hold still.
          if (!before || m.offscreen || before.offscreen) continue;
          const inside = m.event.span.start > start + 0.5 * YEAR && m.event.span.end < start + 7.5 * YEAR;
          if (!inside) continue;
          expect(along(b.layout, m)).toBe(along(a.layout, before));
          expect(m.band).toEqual(before.band);
          same++;
        }
        expect(same).toBeGreaterThan(20);
      }
    }
  });
});
