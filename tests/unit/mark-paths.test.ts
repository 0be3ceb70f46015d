import { describe, expect, it } from 'vitest';
import { layoutTimeline, type Layout } from '../../src/layout/layout.js';
import { markAt, markPaths } from '../../src/layout/mark-paths.js';
import { METRICS } from '../../src/layout/metrics.js';
import { panFrame } from '../../src/layout/pan-frame.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { validateDocument } from '../../src/schema/validate.js';
import type { TimelineModel } from '../../src/schema/model.js';
import { syntheticDocument } from '../fixtures/synthetic.js';

const f = createFormatters({ language: 'en', numbering: 'latn' });

/** `count` events a few days apart from 2000, in three categories, one in ten core. */
function model(count: number): TimelineModel {
  return validateDocument({
    categories: [
      { id: 'a', label: 'A', shape: 'circle' },
      { id: 'b', label: 'B', shape: 'diamond' },
      { id: 'c', label: 'C', shape: 'square' },
    ],
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2000, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
      category: 'abc'[i % 3],
      importance: i % 10 ? 'context' : 'core',
    })),
  }).model!;
}

function frame(
  m: TimelineModel,
  orientation: 'horizontal' | 'vertical',
  years?: readonly [number, number],
): Layout {
  return panFrame(
    layoutTimeline({
      model: m,
      ...(years ? { window: { start: Date.UTC(years[0], 0, 1), end: Date.UTC(years[1], 0, 1) } } : {}),
      width: orientation === 'horizontal' ? 1200 : 420,
      orientation,
      timeDirection: 'ltr',
      labelText: (e) => resolveText(e.title, 'en'),
      measure: (t) => t.length * 7,
      tickText: f.tick,
    }),
  ).layout;
}

const plain = (layout: Layout) =>
  layout.events.filter(
    (m) => !m.offscreen && !m.label && m.event.importance !== 'core' && m.event.kind !== 'period',
  );

describe('plain marks as paths', () => {
  it('a view with few unlabelled context marks draws each as an element (no paths)', () => {
    const m = model(40);
    const layout = frame(m, 'horizontal');
    expect(plain(layout).length).toBeLessThanOrEqual(METRICS.pathMarks);
    expect(markPaths(layout, m.categories, () => false)).toBeUndefined();
  });

  // A vertical view labels or clusters its marks (it has a row for each label): only a
  // horizontal one holds more than a hundred unlabelled marks.
  for (const orientation of ['horizontal'] as const)
    it(`a dense view draws every plain mark as one subpath of its category's path, and a point finds the mark under it (${orientation})`, () => {
      // Seven of seventy-five years of 2,000 events: a couple of hundred marks in view.
      const m = validateDocument(syntheticDocument(2000, 3)).model!;
      const layout = frame(m, orientation, [1985, 1992]);
      const marks = plain(layout);
      expect(marks.length).toBeGreaterThan(METRICS.pathMarks);
      const paths = markPaths(layout, m.categories, (e) => e.index % 5 === 0)!;
      expect(paths.groups.map((g) => g.key).sort()).toEqual(['a', 'b', 'c']);
      expect([...paths.ids].sort()).toEqual(marks.map((x) => x.event.id).sort());
      for (const g of paths.groups) {
        const members = marks.filter((x) => x.event.category === g.key);
        const moves = (d: string) => (d.match(/M/g) ?? []).length;
        // Hollow (after the reference date) and filled markers, one subpath each.
        expect(moves(g.markers) + moves(g.scheduled)).toBe(members.length);
        expect(moves(g.scheduled)).toBe(members.filter((x) => x.event.index % 5 === 0).length);
      }
      expect((paths.hits.match(/M/g) ?? []).length).toBe(marks.length);
      // Computed once per layout.
      expect(markPaths(layout, m.categories, () => false)).toBe(paths);
      // Each drawn mark's centre finds a mark drawn there; a point far from every mark, none.
      for (const x of layout.events.filter((e) => !e.offscreen)) {
        const found = layout.events.find((e) => e.event.id === markAt(paths, x.x, x.y))!;
        expect(found, x.event.id).toBeDefined();
        expect(Math.hypot(found.x - x.x, found.y - x.y), x.event.id).toBe(0);
      }
      const first = layout.events.find((e) => !e.offscreen)!;
      expect(markAt(paths, first.x - 5000, first.y - 5000)).toBeUndefined();
      // Off a centre, the nearest centre within the target.
      const near = marks[Math.floor(marks.length / 2)]!;
      const off = orientation === 'horizontal' ? [near.x, near.y + 3] : [near.x + 3, near.y];
      const hit = layout.events.find((e) => e.event.id === markAt(paths, off[0]!, off[1]!))!;
      const distance = Math.hypot(hit.x - off[0]!, hit.y - off[1]!);
      for (const x of layout.events.filter((e) => !e.offscreen))
        expect(Math.hypot(x.x - off[0]!, x.y - off[1]!)).toBeGreaterThanOrEqual(distance);
    });
});
