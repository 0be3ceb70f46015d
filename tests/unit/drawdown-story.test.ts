import { describe, it, expect } from 'vitest';
import { drawdownStory } from '../../src/data/drawdown.js';
import { validateDocument } from '../../src/schema/validate.js';
import { CORE_IDS } from '../fixtures/story.js';

/** The fields of the schema that hold `LocalizedText`. */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'displayDate',
  'label',
  'unit',
  'name',
  'speaker',
  'quote',
  'description',
]);

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Every localized text in a document, with its JSON path. */
function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const found: Array<{ path: string; text: unknown }> = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (TEXT_KEYS.has(key)) found.push({ path: childPath, text: child });
    else found.push(...localizedTexts(child, childPath));
  }
  return found;
}

describe('the built-in drawdown story', () => {
  it('the drawdown story validates with zero problems', () => {
    const { issues } = validateDocument(drawdownStory);
    expect(issues).toEqual([]);
  });

  it('every text of the story has Arabic and English', () => {
    const texts = localizedTexts(drawdownStory);
    expect(texts.length).toBeGreaterThan(50);
    for (const { path, text } of texts) {
      expect(typeof text, path).toBe('object');
      const { ar, en } = text as { ar?: unknown; en?: unknown };
      expect(typeof ar === 'string' && ar.trim().length > 0, `${path}.ar`).toBe(true);
      expect(typeof en === 'string' && en.trim().length > 0, `${path}.en`).toBe(true);
      expect(ar as string, `${path}.ar`).toMatch(ARABIC_LETTER);
    }
  });

  it('every event about a mission is filed under agreements and missions, in both languages', () => {
    // A mission milestone drawn as a troop mark reads as an event of another kind: the 2021 end of
    // the combat mission stood as a green dot beside the red squares of the other mission events.
    const missions = drawdownStory.events.filter(
      (e) => typeof e.title === 'object' && /mission/i.test(e.title.en ?? ''),
    );
    expect(missions.length).toBeGreaterThanOrEqual(3);
    for (const e of missions) {
      expect(e.category, e.id).toBe('agreement');
      expect(typeof e.title === 'object' && e.title.ar, e.id).toMatch(/مهم/);
    }
  });

  it('the credit says which exact dates come from the statements, not that every core event has one', () => {
    // 2014 and late August 2025 are a year and a month in the source: only the agreement, the
    // deadline and the report have exact dates, from the joint statement and the Pentagon's.
    const credit = drawdownStory.credit as { ar: string; en: string };
    expect(credit.en).toMatch(/exact dates of the agreement and the deadline, and the report’s date/);
    expect(credit.en).not.toMatch(/their exact dates/);
    expect(credit.ar).toMatch(/التاريخان الدقيقان للاتفاق وللموعد النهائي، وتاريخ التقرير/);
  });

  it('the four core events of the article are in the story', () => {
    const { model } = validateDocument(drawdownStory);
    for (const id of CORE_IDS) {
      const event = model.events.find((e) => e.id === id);
      expect(event, id).toBeDefined();
      expect(event?.importance, id).toBe('core');
    }
  });

  it('the disputed Iraq troop figure is two estimates, not an average', () => {
    const { model } = validateDocument(drawdownStory);
    const iraq = model.series.find((s) => s.id === 'us-troops-iraq');
    expect(iraq).toBeDefined();
    const disputed = (iraq?.points ?? []).filter((p) => p.date.iso === '2025-09-30');
    expect(disputed).toHaveLength(2);
    const reported = disputed.find((p) => p.value !== undefined);
    const iraqi = disputed.find((p) => p.value === undefined);
    expect(reported?.value).toBe(2500);
    expect(iraqi?.low).toBe(3000);
    expect(iraqi?.high).toBeUndefined();
    expect(disputed.some((p) => p.value === 2750)).toBe(false);
  });

  it('the dek dates the announced reduction, not its start, alike in both languages', () => {
    const dek = drawdownStory.description as { ar: string; en: string };
    // The source says the reduction has begun and that it was announced in September 2025; it
    // gives no day or month on which it began.
    expect(dek.ar).not.toContain('بدء تقليص');
    expect(dek.ar).toContain('الذي أُعلن في سبتمبر 2025');
    expect(dek.en).toContain('announced in September 2025');
  });

  it('events come out sorted by time', () => {
    const { model } = validateDocument(drawdownStory);
    const times = model.events.map((e) => e.time);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    }
    const order = model.events.map((e) => e.id);
    const at = (id: string): number => order.indexOf(id);
    expect(at('isis-expansion')).toBeGreaterThanOrEqual(0);
    expect(at('isis-expansion')).toBeLessThan(at('agreement'));
    expect(at('agreement')).toBeLessThan(at('bases-announcement'));
    expect(at('bases-announcement')).toBeLessThan(at('mission-end'));
  });
});
