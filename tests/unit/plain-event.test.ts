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
import { syntheticDocument } from '../fixtures/synthetic.js';

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
        // `places: []` sends an event the schema's way (the shortcut declines places) and
        // changes nothing else: the model gives every event a list of places anyway.
        const direct = validateDocument({ events: list });
        const viaSchema = validateDocument({
          events: list.map((e) =>
            e && typeof e === 'object' && !('places' in e) ? { ...e, places: [] } : e,
          ),
        });
        expect(direct.model).toStrictEqual(viaSchema.model);
        expect(direct.issues.map((i) => `${i.path} ${i.message}`)).toStrictEqual(
          viaSchema.issues.map((i) => `${i.path} ${i.message}`),
        );
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
  });
});
