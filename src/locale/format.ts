/**
 * Intl-backed formatting for one element language: dates that say their precision, numbers in
 * the requested digits, axis ticks, localized text resolution and reading direction.
 * Every date is formatted in UTC: a calendar date never moves with the viewer's zone.
 */
import type { LocalizedText } from '../schema/document.js';
import type { PartialDate, Qualifier } from '../time/partial-date.js';
import { DAY, dateInterval, qualifiedInterval, utcDay } from '../time/partial-date.js';
import { fill, stringsFor, type UiStrings } from './strings.js';
import { builtinDateFormat, builtinNumberFormat } from './builtin-format.js';

export type Numbering = 'auto' | 'latn' | 'arab';
export type CalendarName = 'gregory' | 'islamic-umalqura';
export type Direction = 'ltr' | 'rtl';
export type TickUnit = 'year' | 'month' | 'day';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The canonical form of a language tag, or undefined when Intl does not accept it. */
export function canonicalLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  // The two languages of the built-in story are already canonical: no Intl call on first render.
  if (tag === 'en' || tag === 'ar') return tag;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The reading direction a language is written in. */
export function languageDirection(tag: string): Direction {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}

/**
 * Picks the text for a language: the exact tag, then its base language, then the document's
 * language, then English, then whatever the text has.
 */
export function resolveText(
  text: LocalizedText | undefined,
  language: string,
  documentLanguage?: string,
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const lower = new Map(Object.entries(text).map(([k, v]) => [k.toLowerCase(), v]));
  const tag = language.toLowerCase();
  const candidates = [tag, tag.split('-')[0], documentLanguage?.toLowerCase(), 'en'];
  for (const c of candidates) {
    if (c !== undefined && lower.has(c)) return lower.get(c)!;
  }
  return lower.values().next().value ?? '';
}

export interface FormatOptions {
  language: string;
  numbering?: Numbering;
  calendar?: CalendarName;
}

export interface Formatters {
  readonly language: string;
  readonly direction: Direction;
  readonly strings: UiStrings;
  /** Resolves localized text for this language. */
  text(text: LocalizedText | undefined, documentLanguage?: string): string;
  /**
   * A partial date as words that keep its precision: "2014", "late Aug 2025", "by Sep 2025",
   * "Sep 27, 2024". One style for the whole story view (labels, tooltips, card, reference line,
   * list, figures), so a reader never compares two ways of writing one day.
   */
  date(date: PartialDate, qualifier?: Qualifier): string;
  /** The same in the Gregorian calendar (equal to `date` unless a Hijri calendar is in use). */
  gregorian(date: PartialDate, qualifier?: Qualifier): string;
  /** True when dates are shown in a calendar other than the Gregorian one. */
  readonly otherCalendar: boolean;
  /** A period: "2014 – 2017". */
  period(start: PartialDate, end: PartialDate, qualifier?: Qualifier): string;
  number(value: number): string;
  /**
   * An axis tick label for an instant, at the tick's unit; with its year when `first` (the first
   * tick of an axis, or the first in a new year), and on every January of a monthly axis.
   */
  tick(time: number, unit: TickUnit, first: boolean): string;
  /** The day of an instant in full, with its year, in the calendar in use: "January 1, 1975". */
  day(time: number): string;
}

const QUALIFIER_KEYS: Record<Qualifier, keyof UiStrings> = {
  about: 'qualifierAbout',
  early: 'qualifierEarly',
  mid: 'qualifierMid',
  late: 'qualifierLate',
  by: 'qualifierBy',
  before: 'qualifierBefore',
  after: 'qualifierAfter',
};

/** A value computed on first use. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

/**
 * Remembers a text function's answers: zoom frames write the same tick texts and counts again
 * and again, and each Intl call costs microseconds. Bounded, as a long session meets many.
 */
function remembered<A extends unknown[], V>(
  keyOf: (...args: A) => string | number,
  compute: (...args: A) => V,
): (...args: A) => V {
  const seen = new Map<string | number, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = seen.get(key);
    if (value === undefined) {
      if (seen.size >= 4_000) seen.clear();
      value = compute(...args);
      seen.set(key, value);
    }
    return value;
  };
}

/** Creates the formatters for one language; cheap enough to rebuild when the language changes. */
export function createFormatters(options: FormatOptions): Formatters {
  const language = options.language;
  const strings = stringsFor(language);
  const base: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    calendar: 'gregory',
    ...(options.numbering && options.numbering !== 'auto' ? { numberingSystem: options.numbering } : {}),
  };
  // Arabic-Indic digits are right-to-left numbers to the bidi algorithm: in left-to-right words
  // the ", " between two of them takes their direction, and "Sep ٢٧, ٢٠٢٤" is shown with its day
  // and year swapped ("٢٠٢٤ ,٢٧"), a range "٢٠١٤ – ٢٠١٧" backwards. A left-to-right mark after
  // each run of them keeps what stands between in the words' own order.
  const inOrder =
    options.numbering === 'arab' && languageDirection(language) === 'ltr'
      ? (text: string) => text.replace(/[\u0660-\u0669\u066b\u066c]+/g, '$&\u200e')
      : (text: string) => text;
  // English and Arabic Gregorian dates and numbers come from built-in tables where they cover
  // the value: a first frame that creates no Intl object does not pay for starting ICU.
  const make = (o: Intl.DateTimeFormatOptions) => {
    const options = { ...base, ...o };
    const table = builtinDateFormat(language, options.numberingSystem, options);
    const intl = lazy(() => new Intl.DateTimeFormat(language, options));
    return { format: (time: number) => inOrder(table?.(time) ?? intl().format(time)) };
  };
  const hijri = options.calendar === 'islamic-umalqura';
  const makeHijri = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...base, calendar: 'islamic-umalqura', ...o });
  // Each formatter is built on first use: building one loads locale data and costs
  // milliseconds, and most views need only two or three of these.
  const hijriYear = lazy(() => makeHijri({ year: 'numeric' }));
  const hijriMonth = lazy(() => makeHijri({ year: 'numeric', month: 'long' }));
  const hijriDay = lazy(() => makeHijri({ year: 'numeric', month: 'long', day: 'numeric' }));
  const yearFormat = lazy(() => make({ year: 'numeric' }));
  // Months are written short ("Sep 27, 2024", "Aug 2014"), as a chart's labels need; Arabic's
  // short month is its full name.
  const monthFormat = lazy(() => make({ year: 'numeric', month: 'short' }));
  const dayFormat = lazy(() => make({ year: 'numeric', month: 'short', day: 'numeric' }));
  const longDay = lazy(() => make({ year: 'numeric', month: 'long', day: 'numeric' }));
  const tickMonth = lazy(() => make({ month: 'short' }));
  const tickMonthYear = lazy(() => make({ month: 'short', year: 'numeric' }));
  const tickDay = lazy(() => make({ day: 'numeric', month: 'short' }));
  const tickDayYear = lazy(() => make({ day: 'numeric', month: 'short', year: 'numeric' }));
  const ticks: Record<string, (time: number) => string> = {};
  const numberFormat = lazy(
    () =>
      new Intl.NumberFormat(language, {
        ...(options.numbering && options.numbering !== 'auto' ? { numberingSystem: options.numbering } : {}),
      }),
  );
  const numberTable = builtinNumberFormat(language, options.numbering);

  const plainDate = (date: PartialDate): string => {
    const at = utcDay(date.year, date.month ?? 1, date.day ?? 1);
    if (date.precision === 'year') return yearFormat().format(at);
    if (date.precision === 'month') return monthFormat().format(at);
    return dayFormat().format(at);
  };

  const gregorian = (d: PartialDate, qualifier?: Qualifier): string => {
    const words = plainDate(d);
    return qualifier ? fill(strings[QUALIFIER_KEYS[qualifier]], { date: words }) : words;
  };

  /**
   * A Gregorian span does not fall on Hijri boundaries, so it is written as the Hijri range it
   * covers ("1435–1436 AH"); early/mid/late become the exact days of their third.
   */
  const hijriDate = (d: PartialDate, qualifier?: Qualifier): string => {
    const third = qualifier === 'early' || qualifier === 'mid' || qualifier === 'late';
    const span = third ? qualifiedInterval(d, qualifier) : dateInterval(d);
    const last = span.end - DAY;
    const format = (
      third || d.precision === 'day' ? hijriDay : d.precision === 'month' ? hijriMonth : hijriYear
    )();
    const words = inOrder(
      last <= span.start ? format.format(span.start) : format.formatRange(span.start, last),
    );
    return qualifier && !third ? fill(strings[QUALIFIER_KEYS[qualifier]], { date: words }) : words;
  };

  /**
   * A Gregorian period within one year names its year once, at its end, as a reader writes it:
   * "Dec 21 – Dec 27, 1968", "Mar – Dec 1982", "Apr 20 – Dec 1950". A qualified start, a year
   * precision or a period across years keeps each end whole.
   */
  const gregorianPeriod = (start: PartialDate, end: PartialDate, qualifier?: Qualifier): string => {
    if (qualifier || start.year !== end.year || start.precision === 'year' || end.precision === 'year')
      return `${gregorian(start, qualifier)} – ${plainDate(end)}`;
    const at = utcDay(start.year, start.month ?? 1, start.day ?? 1);
    return `${(start.precision === 'day' ? tickDay : tickMonth)().format(at)} – ${plainDate(end)}`;
  };

  const date = hijri ? hijriDate : gregorian;
  return {
    language,
    direction: languageDirection(language),
    strings,
    text: (text, documentLanguage) => resolveText(text, language, documentLanguage),
    date,
    gregorian,
    otherCalendar: hijri,
    period: (start, end, qualifier) =>
      hijri ? `${date(start, qualifier)} – ${date(end)}` : gregorianPeriod(start, end, qualifier),
    day: remembered(
      (time: number) => time,
      (time: number) => (hijri ? inOrder(hijriDay().format(time)) : longDay().format(time)),
    ),
    number: remembered(
      (value: number) => value,
      (value) => inOrder(numberTable?.(value) ?? numberFormat().format(value)),
    ),
    // Remembered by kind (the unit, and whether the year is written), then by time: no key is
    // composed from the time, and an axis asks for each of its texts several times a frame.
    tick: (time, unit, first) =>
      (ticks[unit + first] ??= remembered(
        (t: number) => t,
        (t) => {
          if (unit === 'year') return yearFormat().format(t);
          if (unit === 'month') {
            const january = new Date(t).getUTCMonth() === 0;
            return (first || january ? tickMonthYear : tickMonth)().format(t);
          }
          return (first ? tickDayYear : tickDay)().format(t);
        },
      ))(time),
  };
}
