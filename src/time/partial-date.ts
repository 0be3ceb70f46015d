/**
 * Partial calendar dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and the UTC intervals they stand for.
 *
 * A partial date names a calendar span, not an instant: `2014` is the whole of 2014 and
 * `2025-08` the whole of August 2025. Every interval is computed in UTC so that a calendar day
 * is the same span for every viewer, whatever their time zone.
 */

export type Precision = 'year' | 'month' | 'day';

export type Qualifier = 'about' | 'early' | 'mid' | 'late' | 'by' | 'before' | 'after';

export const QUALIFIERS: readonly Qualifier[] = ['about', 'early', 'mid', 'late', 'by', 'before', 'after'];

/** The supported years. Four-digit ISO years without a sign; year 0 has no calendar meaning here. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export interface PartialDate {
  readonly year: number;
  /** 1–12 when the precision is `month` or `day`. */
  readonly month?: number;
  /** 1–31 when the precision is `day`. */
  readonly day?: number;
  readonly precision: Precision;
  /** The canonical ISO text, e.g. `2025-08`. */
  readonly iso: string;
}

/** A half-open span `[start, end)` in UTC epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; message: string };

/** The form of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the calendar is checked apart). */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** One UTC day in milliseconds: dates here are UTC calendar days, which have no leap seconds or DST. */
export const DAY = 86_400_000;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * UTC epoch milliseconds of a calendar day (month 1–12), by integer arithmetic on the proleptic
 * Gregorian calendar: no Date object, so years 1–99 stay literal (`Date.UTC` would read them as
 * 1900–1999) and parsing 10,000 dates costs no Date allocations.
 */
export function utcDay(year: number, month: number, day: number): number {
  // Count from March so that the leap day falls at the end of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719,468 days lie between 0000-03-01 and 1970-01-01.
  return (era * 146_097 + dayOfEra - 719_468) * DAY;
}

/**
 * Parses a partial ISO date strictly: zero-padded parts, real months and real days.
 * `2024-02-30`, `2024-13-01`, `2024-9-7` and `24-09-27` are rejected, never rolled over.
 */
export function parsePartialDate(input: unknown): ParseResult {
  if (typeof input === 'number' && Number.isInteger(input)) {
    // Spreadsheets and hand-written JSON often give a bare year as a number.
    return parsePartialDate(String(input).padStart(4, '0'));
  }
  if (typeof input !== 'string') {
    return { ok: false, message: `expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"` };
  }
  const read = readDate(input.trim());
  return typeof read === 'string' ? { ok: false, message: read } : { ok: true, value: read };
}

/**
 * The date a text names when it is written exactly as `parsePartialDate` writes it back (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`, no surrounding spaces), or why it names none. Read character by
 * character: the form (`DATE_PATTERN`), then the years supported, then the month, then the
 * calendar day. No trimmed copy and no result object: a large document's dates pass through here
 * one by one.
 */
export function readDate(text: string): PartialDate | string {
  const length = text.length;
  const year = strictDigits(text, 0, 4);
  const month = length > 4 ? strictDigits(text, 5, 7) : 1;
  const day = length > 7 ? strictDigits(text, 8, 10) : 1;
  const shown = length > 40 ? `${text.slice(0, 40)}…` : text;
  if (
    (length !== 4 && length !== 7 && length !== 10) ||
    (length > 4 && text[4] !== '-') ||
    (length > 7 && text[7] !== '-') ||
    // NaN (a character that is no ASCII digit) is not >= 0.
    !(year + month + day >= 0)
  ) {
    return `"${shown}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return `"${shown}": years ${MIN_YEAR}–${MAX_YEAR} are supported`;
  if (month < 1 || month > 12) return `"${shown}" has no month ${text.slice(5, 7)}`;
  if (day < 1 || day > daysInMonth(year, month)) return `"${shown}" is not a calendar date`;
  if (length === 4) return { year, precision: 'year', iso: text };
  if (length === 7) return { year, month, precision: 'month', iso: text };
  return { year, month, day, precision: 'day', iso: text };
}

/** The number written by the digits of `text` from `from` to `to` (no match array, no substrings), or NaN when a character is not one of 0–9. */
function strictDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The whole calendar span a partial date names. */
export function dateInterval(date: PartialDate): Interval {
  const { year, month, day } = date;
  if (month === undefined) {
    return { start: utcDay(year, 1, 1), end: utcDay(year + 1, 1, 1) };
  }
  if (day === undefined) {
    const start = utcDay(year, month, 1);
    return { start, end: start + daysInMonth(year, month) * DAY };
  }
  const start = utcDay(year, month, day);
  return { start, end: start + DAY };
}

/**
 * The part of a date's span a qualifier points at. `early`, `mid` and `late` take a third of
 * the span on calendar boundaries (January–April, May–August, September–December of a year;
 * days 1–10, 11–20 and 21 to the end of a month); other qualifiers keep the whole span.
 */
export function qualifiedInterval(
  date: PartialDate,
  qualifier?: Qualifier,
  whole: Interval = dateInterval(date),
): Interval {
  if (qualifier !== 'early' && qualifier !== 'mid' && qualifier !== 'late') return whole;
  const third = qualifier === 'early' ? 0 : qualifier === 'mid' ? 1 : 2;
  if (date.precision === 'year') {
    const from = utcDay(date.year, 1 + third * 4, 1);
    const to = third === 2 ? whole.end : utcDay(date.year, 5 + third * 4, 1);
    return { start: from, end: to };
  }
  if (date.precision === 'month') {
    const from = whole.start + third * 10 * DAY;
    const to = third === 2 ? whole.end : whole.start + (third + 1) * 10 * DAY;
    return { start: from, end: to };
  }
  return whole;
}

/**
 * The single instant that stands for a dated thing on the axis: the middle of its qualified
 * span, the end of a deadline (`by`) or of an `after`, the start of a `before`.
 */
export function anchorTime(date: PartialDate, qualifier?: Qualifier): number {
  return anchorOf(qualifiedInterval(date, qualifier), qualifier);
}

/**
 * Where an event stands on the axis, from its qualified span: the end of a deadline (`by`) or of
 * an `after`, else the start. A date known only to its month or year is drawn as its band from
 * the start, never at a made-up day in its middle.
 */
export function eventAnchor(span: Interval, qualifier?: Qualifier): number {
  return qualifier === 'by' || qualifier === 'after' ? span.end : span.start;
}

/** `anchorTime` of a date whose qualified span is known. */
export function anchorOf(span: Interval, qualifier?: Qualifier): number {
  if (qualifier === 'by' || qualifier === 'after') return span.end;
  if (qualifier === 'before') return span.start;
  return span.start + (span.end - span.start) / 2;
}

/** Compares partial dates by the start of their spans, then by precision (coarser first). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return dateInterval(a).start - dateInterval(b).start || a.iso.length - b.iso.length;
}
