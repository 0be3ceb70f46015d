/**
 * The plain-event reader is a shortcut past the schema, so it must never disagree with it:
 * whatever it accepts, the valibot schema accepts with the same output, and the document reads
 * the same whichever way an event went.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EventSchema, MAX_TEXT_LENGTH, type EventInput } from '../../src/schema/document.js';
import { plainEvent } from '../../src/schema/plain-event.js';
import { validateDocument } from '../../src/schema/validate.js';
import { DATE_PATTERN, readDate } from '../../src/time/partial-date.js';
import { syntheticDocument } from '../fixtures/synthetic.js';
import { Sparse, build, edgeDates, hostileDocument } from '../hostile.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);

/** Values near the edges of what each field takes, valid and not. */
const dates = fc.oneof(
  fc.constantFrom(
    '2024',
    '2024-02',
    '2024-02-29',
    '2023-02-29',
    '2024-13',
    '0000',
    ' 2024',
    '2024\n',
    '24-1-1',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);
const texts = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(MAX_TEXT_LENGTH)),
  fc.constant('x'.repeat(MAX_TEXT_LENGTH + 1)),
  fc.dictionary(fc.constantFrom('ar', 'en', 'x!'), fc.string({ maxLength: 5 })),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
);
const ids = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constant(''),
  fc.constant('i'.repeat(201)),
  fc.integer(),
);
const anything = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
);
const wide = fc.record(
  {
    id: ids,
    start: dates,
    end: dates,
    qualifier: fc.oneof(
      fc.constantFrom('about', 'early', 'mid', 'late', 'by', 'before', 'after', 'circa'),
      anything,
    ),
    title: texts,
    summary: texts,
    displayDate: texts,
    category: texts,
    importance: fc.oneof(fc.constantFrom('core', 'context', 'Core'), anything),
    sources: fc.constantFrom([], [{ name: 'Reuters' }]),
    places: fc.constantFrom([], [{ name: 'Baghdad' }]),
    extra: anything,
    ['__proto__']: anything,
  },
  { requiredKeys: [] },
);
/** Mostly good events of the plain shape, with the edge values mixed in now and then. */
const usually = <T, U>(good: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: other, weight: 1 });
const plainish = fc.record(
  {
    id: usually(fc.string({ minLength: 1, maxLength: 8 }), ids),
    start: usually(fc.constantFrom('1999', '2024-02', '2024-02-29'), dates),
    end: usually(fc.constantFrom('2030', '2024-03-31'), dates),
    qualifier: usually(fc.constantFrom('about', 'late'), anything),
    title: usually(fc.string({ maxLength: 20 }), texts),
    summary: usually(fc.string({ maxLength: 20 }), texts),
    displayDate: usually(fc.string({ maxLength: 20 }), texts),
    category: usually(fc.string({ maxLength: 3 }), texts),
    importance: usually(fc.constantFrom('core', 'context'), anything),
  },
  { requiredKeys: ['id', 'start', 'title'] },
);
const events = fc.oneof(plainish, wide);

/**
 * The events of a hostile document, as its plan places them (never the claimed millions of
 * holes), each also without its lists and misspelt keys: the plain shape, with hostile text.
 */
const hostileEvents = hostileDocument.map((plan) =>
  (plan.events instanceof Sparse ? plan.events.entries : []).flatMap(([, event]) => {
    const built = build(event);
    if (built === null || typeof built !== 'object' || Array.isArray(built)) return [built];
    const plain = Object.fromEntries(
      Object.entries(built).filter(([key]) => !['sources', 'places', 'sumary'].includes(key)),
    );
    return [built, plain];
  }),
);

/** A list of events with every one sent the schema's way (see below). */
const viaSchema = (list: readonly unknown[]) =>
  // `places: []` sends an event the schema's way (the shortcut declines places) and changes
  // nothing else: the model gives every event a list of places anyway.
  list.map((e) =>
    e && typeof e === 'object' && !Array.isArray(e) && !('places' in e) ? { ...e, places: [] } : e,
  );

/** Texts near dates: digits and hyphens in every arrangement, spaces, other digits, anything. */
const dateLike = fc.oneof(
  fc
    .array(fc.constantFrom('0', '1', '2', '9', '-', ' ', '\u0660', '+', 'x'), { maxLength: 11 })
    .map((chars) => chars.join('')),
  fc.integer({ min: -20_000, max: 20_000 }).map((year) => String(year).padStart(4, '0')),
  edgeDates,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

describe('plainEvent', () => {
  it('accepts only what the schema accepts, with the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(events, (event) => {
        const plain = plainEvent(event);
        if (!plain) return;
        accepted++;
        const parsed = v.safeParse(EventSchema, event);
        expect(parsed.success).toBe(true);
        const output = parsed.output as EventInput;
        expect(plain.event).toStrictEqual(output);
        expect(plain.start.iso).toBe(output.start);
        expect(plain.end?.iso).toBe(output.end);
      }),
      { numRuns },
    );
    // The generator must reach the shortcut, or the property says nothing.
    expect(accepted).toBeGreaterThan(0);
  });

  it('reads a date exactly when the schema takes it and writes it back unchanged', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const read = readDate(text);
        // An oracle apart from the reader: the schema's pattern and Date's calendar.
        const [y = 0, m = 1, d = 1] = text.split('-').map(Number);
        const day = new Date(0);
        day.setUTCFullYear(y, m - 1, d);
        const real =
          DATE_PATTERN.test(text) &&
          y >= 1 &&
          y <= 9999 &&
          day.getUTCFullYear() === y &&
          day.getUTCMonth() === m - 1 &&
          day.getUTCDate() === d;
        if (!real) expect(typeof read).toBe('string');
        else
          expect(read).toStrictEqual({
            year: y,
            ...(text.length > 4 ? { month: m } : {}),
            ...(text.length > 7 ? { day: d } : {}),
            precision: text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day',
            iso: text,
          });
      }),
      { numRuns: numRuns * 5 },
    );
    for (const text of ['2024-02-29', '2000-02-29', '1900-02-28', '0001', '9999-12-31', '2023-09-30']) {
      expect(readDate(text)).toMatchObject({ iso: text });
    }
    for (const text of ['2023-02-29', '1900-02-29', '0000', '10000', '2024-9-07', ' 2024', '２０２４']) {
      expect(typeof readDate(text)).toBe('string');
    }
  });

  it('takes from hostile documents only the events the schema takes, with the same output', () => {
    let accepted = 0;
    let declined = 0;
    fc.assert(
      fc.property(hostileEvents, (list) => {
        for (const event of list) {
          const plain = plainEvent(event);
          if (!plain) {
            declined++;
            continue;
          }
          accepted++;
          // Only what the shortcut took: the schema alone would walk every hole of a sparse list.
          const parsed = v.safeParse(EventSchema, event);
          expect(parsed.success).toBe(true);
          expect(plain.event).toStrictEqual(parsed.output);
        }
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(declined).toBeGreaterThan(0);
  });

  it('gives a hostile document the problems the schema words, whichever way its events go', () => {
    fc.assert(
      fc.property(hostileEvents, (list) => {
        const direct = validateDocument({ events: list });
        const schema = validateDocument({ events: viaSchema(list) });
        expect(direct.model).toStrictEqual(schema.model);
        expect(direct.issues).toStrictEqual(schema.issues);
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
  });

  it('takes the common events of a large document', () => {
    const doc = syntheticDocument(1000, 3);
    const taken = doc.events.filter((e) => plainEvent(e) !== undefined).length;
    expect(taken).toBe(doc.events.length);
  });

  it('leaves an own __proto__ key, sources and text in two languages to the schema', () => {
    const base = { id: 'a', start: '2024', title: 'T' };
    expect(
      plainEvent(JSON.parse('{"id":"a","start":"2024","title":"T","__proto__":{"x":1}}')),
    ).toBeUndefined();
    expect(plainEvent({ ...base, sources: [{ name: 'AP' }] })).toBeUndefined();
    expect(plainEvent({ ...base, title: { ar: 'ت', en: 'T' } })).toBeUndefined();
    expect(plainEvent({ ...base, summary: undefined })).toBeUndefined();
    expect(plainEvent(base)?.event).toEqual(base);
  });

  it('reads a document the same whichever way its events go', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 8 }), (list) => {
        const direct = validateDocument({ events: list });
        const schema = validateDocument({ events: viaSchema(list) });
        expect(direct.model).toStrictEqual(schema.model);
        expect(direct.issues.map((i) => `${i.path} ${i.message}`)).toStrictEqual(
          schema.issues.map((i) => `${i.path} ${i.message}`),
        );
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
  });
});
