/**
 * The common event, read without the general machinery. Most events of a large document are
 * plain: an id, dates, a title in one language, perhaps a qualifier, category and importance,
 * every text short. Such an event is checked field by field and copied once. Anything else (a
 * text in several languages, sources, places, an unknown or forbidden key, a value of the wrong
 * type, a date that does not parse, an over-long text) returns `undefined` and goes the full
 * way: the sanitizing copy, then the valibot schema, which remains the one definition of the
 * document and words every problem. Whatever this accepts, the schema accepts with the same
 * output: tests/unit/plain-event.test.ts checks that on generated events, valid and not.
 */
import { QUALIFIERS, readDate, type PartialDate } from '../time/partial-date.js';
import { IMPORTANCE, MAX_ID_LENGTH, MAX_TEXT_LENGTH, type EventInput } from './document.js';
import type { Mutable } from '../types.js';

const text = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;

/**
 * The date a text names, when it is one the schema takes. parsePartialDate would also forgive
 * surrounding spaces, which the schema's pattern does not: only a text that is already the date's
 * canonical form is read here.
 */
function date(value: unknown): PartialDate | undefined {
  const read = typeof value === 'string' && readDate(value);
  return typeof read === 'object' ? read : undefined;
}

/** A plain event as the schema would give it, and its dates already read. */
export interface PlainEvent {
  readonly event: EventInput;
  readonly start: PartialDate;
  readonly end: PartialDate | undefined;
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export function plainEvent(item: unknown): PlainEvent | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const input = item as Record<string, unknown>;
  const { id, start, title } = input;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  const startDate = date(start);
  if (!startDate || !text(title)) return undefined;
  const out: Mutable<EventInput> = { id, start: start as string, title };
  let endDate: PartialDate | undefined;
  // for-in, not Object.keys: no array per event. An inherited enumerable key is not one of the
  // event's fields and sends the event the schema's way, like any unknown key.
  for (const key in input) {
    const value = input[key];
    switch (key) {
      case 'id':
      case 'start':
      case 'title':
        break;
      case 'end':
        endDate = date(value);
        if (!endDate) return undefined;
        out.end = value as string;
        break;
      case 'qualifier':
        if (!oneOf(QUALIFIERS, value)) return undefined;
        out.qualifier = value;
        break;
      case 'importance':
        if (!oneOf(IMPORTANCE, value)) return undefined;
        out.importance = value;
        break;
      case 'summary':
      case 'displayDate':
      case 'category':
        if (!text(value)) return undefined;
        out[key] = value;
        break;
      default:
        return undefined;
    }
  }
  return { event: out, start: startDate, end: endDate };
}
