import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { documentJsonSchema, RUNTIME_RULES } from '../../src/schema/json-schema.js';
import { validateDocument } from '../../src/schema/validate.js';
import { drawdownStory } from '../../src/data/drawdown.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const schema = documentJsonSchema(version);
const ajv = new Ajv2020({ strict: false, allErrors: false });
const schemaAccepts = ajv.compile(schema);

type Json = Record<string, unknown>;

/** Every object schema in the JSON Schema, with its path. */
function objectSchemas(node: unknown, path = '#'): Array<{ path: string; node: Json }> {
  if (!node || typeof node !== 'object') return [];
  const found: Array<{ path: string; node: Json }> = [];
  const n = node as Json;
  if (n.type === 'object' && n.properties) found.push({ path, node: n });
  for (const [key, value] of Object.entries(n)) {
    if (Array.isArray(value)) value.forEach((v, i) => found.push(...objectSchemas(v, `${path}/${key}/${i}`)));
    else if (value && typeof value === 'object') found.push(...objectSchemas(value, `${path}/${key}`));
  }
  return found;
}

describe('the JSON Schema', () => {
  it('has a versioned $id and lists the rules only the runtime checks', () => {
    expect(schema.$id).toBe(
      `https://unpkg.com/drawdown-timeline@${version}/dist/drawdown-timeline.schema.json`,
    );
    for (const rule of RUNTIME_RULES) expect(schema.description).toContain(rule);
  });

  it('describes every field and refuses unknown keys in every object', () => {
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(5);
    for (const { path, node } of objects) {
      expect(node.additionalProperties, path).toBe(false);
      for (const [key, field] of Object.entries(node.properties as Record<string, Json>)) {
        expect(typeof field.description === 'string' && field.description.length > 10, `${path}.${key}`).toBe(
          true,
        );
      }
    }
  });

  it('accepts the built-in story', () => {
    expect(schemaAccepts(drawdownStory), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it('refuses what a pattern can refuse: months outside 01–12, days outside 01–31, year 0000, loose forms', () => {
    for (const date of [
      '2024-13',
      '2024-00',
      '2024-01-32',
      '2024-01-00',
      '0000',
      '2024-9-7',
      '24-09-27',
      '2024-1',
    ]) {
      expect(schemaAccepts({ events: [{ id: 'a', start: date, title: 'A' }] }), date).toBe(false);
      expect(
        validateDocument({ events: [{ id: 'a', start: date, title: 'A' }] }).issues.length,
        date,
      ).toBeGreaterThan(0);
    }
    for (const date of ['0001', '2024', '2024-02', '2024-02-29', '9999-12-31'])
      expect(schemaAccepts({ events: [{ id: 'a', start: date, title: 'A' }] }), date).toBe(true);
  });

  it('refuses a series point without a figure and an unknown key', () => {
    const point = (p: Json) => ({ events: [], series: [{ id: 's', label: 'S', points: [p] }] });
    expect(schemaAccepts(point({ date: '2024' }))).toBe(false);
    expect(schemaAccepts(point({ date: '2024', low: 3000 }))).toBe(true);
    expect(schemaAccepts({ events: [{ id: 'a', start: '2024', title: 'A', sumary: 'typo' }] })).toBe(false);
  });
});

/** Values a field may be given: valid ones, and the mistakes people and tools make. */
const dates = fc.constantFrom(
  '2024',
  '2024-02',
  '2024-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-13',
  '2024-00',
  '2024-01-32',
  '0000',
  '0001',
  '9999-12-31',
  '2024-9-7',
  '24-09-27',
  '2024-09-27T10:00',
  ' 2024',
  '',
);
const text = fc.oneof(
  fc.constantFrom('A', 'ﺍﻟﻌﺮﺍﻕ', ''),
  fc.constant({ ar: 'نص', en: 'text' }),
  fc.constant({ 'not a tag!': 'x' }),
  fc.constant(7),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const ids = fc.constantFrom('a', 'b', 'c', '', 'x'.repeat(201));
const unknownKey = fc.option(fc.constantFrom('sumary', 'titel', 'extra'), { nil: undefined, freq: 3 });

function withoutUndefined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const source = fc
  .record({
    name: text,
    quote: maybe(text),
    url: maybe(fc.constantFrom('https://example.org/a', '/relative', 'javascript:alert(1)', 12)),
    date: maybe(dates),
    extra: unknownKey,
  })
  .map(({ extra, ...s }) => withoutUndefined(extra ? { ...s, [extra]: 'x' } : s));

const event = fc
  .record({
    id: ids,
    start: dates,
    end: maybe(dates),
    title: text,
    summary: maybe(text),
    qualifier: maybe(fc.constantFrom('early', 'mid', 'late', 'about', 'by', 'before', 'after', 'around')),
    importance: maybe(fc.constantFrom('core', 'context', 'major')),
    category: maybe(fc.constantFrom('forces', 'politics', 'nowhere')),
    sources: maybe(fc.array(source, { maxLength: 2 })),
    places: maybe(
      fc.array(
        fc.record({
          name: text,
          lat: maybe(fc.constantFrom(33.3, 91, -90)),
          lon: maybe(fc.constantFrom(44.4, 181)),
        }),
        { maxLength: 1 },
      ),
    ),
    extra: unknownKey,
  })
  .map(({ extra, places, ...e }) =>
    withoutUndefined({
      ...e,
      ...(places ? { places: places.map(withoutUndefined) } : {}),
      ...(extra ? { [extra]: 'x' } : {}),
    }),
  );

const point = fc
  .record({
    date: dates,
    value: maybe(fc.constantFrom(2500, 0, -1)),
    low: maybe(fc.constantFrom(3000, 100)),
    high: maybe(fc.constantFrom(2000, 5000)),
    approximate: maybe(fc.boolean()),
  })
  .map(withoutUndefined);

const series = fc
  .record({ id: ids, label: text, unit: maybe(text), points: fc.array(point, { maxLength: 3 }) })
  .map(withoutUndefined);

const category = fc
  .record({
    id: fc.constantFrom('forces', 'politics', 'forces'),
    label: text,
    shape: maybe(fc.constantFrom('circle', 'star', 'hexagon')),
    color: maybe(fc.constantFrom('#1f6feb', 'rebeccapurple')),
  })
  .map(withoutUndefined);

const documentArb = fc
  .record({
    version: maybe(fc.constantFrom(1, 2)),
    title: maybe(text),
    description: maybe(text),
    language: maybe(fc.constantFrom('ar', 'en', 'ar-IQ', 'not a tag')),
    referenceDate: maybe(dates),
    categories: maybe(fc.array(category, { maxLength: 2 })),
    events: fc.array(event, { maxLength: 4 }),
    series: maybe(fc.array(series, { maxLength: 2 })),
    extra: unknownKey,
  })
  .map(({ extra, ...d }) => withoutUndefined(extra ? { ...d, [extra]: 'x' } : d));

describe('the JSON Schema and the runtime agree', () => {
  it('every document the JSON Schema refuses draws at least one problem from the runtime', () => {
    let refused = 0;
    fc.assert(
      fc.property(documentArb, (doc) => {
        if (schemaAccepts(doc)) return true;
        refused++;
        const { issues } = validateDocument(structuredClone(doc));
        return issues.length > 0;
      }),
      { numRuns: RUNS, seed: 19 },
    );
    // The generator makes mistakes often enough that the property is tested, not skipped.
    expect(refused).toBeGreaterThan(RUNS / 4);
  });

  it('a document the JSON Schema accepts may still break a rule only the runtime checks, and then the runtime says so', () => {
    const doc = {
      events: [
        { id: 'a', start: '2024', title: 'First' },
        { id: 'a', start: '2024-03', title: 'Duplicate' },
        { id: 'b', start: '2024-02-30', title: 'Feb 30' },
        { id: 'c', start: '2025', end: '2024', title: 'Backwards' },
      ],
      series: [{ id: 's', label: 'S', points: [{ date: '2024', low: 5, high: 1 }] }],
    };
    expect(schemaAccepts(doc)).toBe(true);
    const paths = validateDocument(doc).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['events[1].id', 'events[2].start', 'events[3].end', 'series[0].points[0]']),
    );
  });
});
