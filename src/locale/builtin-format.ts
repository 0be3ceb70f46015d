/**
 * Gregorian dates and numbers for English and Arabic written without Intl, as Intl writes them.
 *
 * The first Intl object a fresh page creates starts ICU's locale data in the renderer, which
 * costs 20–50 ms of the first render on a slow machine (then well under a millisecond each).
 * The built-in story and most documents are English or Arabic, so their first frame is written
 * from these tables instead; every other language, calendar, option or value goes to Intl. The
 * tables are tested against Intl's own output over every month, precision and numbering.
 */

/** Digits asked for: `arab` for Arabic-Indic, anything else for Latin (both languages' default). */
type Digits = string | undefined;

/** One formatting function: the text, or undefined when the value is not one the table covers. */
export type BuiltinFormat = (value: number) => string | undefined;

const EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_SHORT = EN_LONG.map((name) => name.slice(0, 3));
// Arabic's short month is its full name.
const AR_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

type Language = 'en' | 'ar';

const tableLanguage = (language: string): Language | undefined =>
  language === 'en' || language === 'ar' ? language : undefined;

/** Latin digits, or Arabic-Indic ones (both languages write Latin digits unless asked). */
function digitsFor(numbering: Digits): (text: string) => string {
  if (numbering !== 'arab') return (text) => text;
  return (text) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + d.charCodeAt(0) - 48));
}

/** The option keys a table writes; any other key (weekday, hour, era, …) goes to Intl. */
const DATE_KEYS = new Set(['year', 'month', 'day', 'timeZone', 'calendar', 'numberingSystem']);

/**
 * A Gregorian UTC date format for `language`, or undefined when Intl must write it. Covers the
 * shapes the formatters use: a numeric year, a long or short month, a numeric day, alone or
 * together, between the years 1 and 9999.
 */
export function builtinDateFormat(
  language: string,
  numbering: Digits,
  options: Intl.DateTimeFormatOptions,
): BuiltinFormat | undefined {
  const lang = tableLanguage(language);
  if (!lang || options.timeZone !== 'UTC' || (options.calendar ?? 'gregory') !== 'gregory') return undefined;
  if (Object.keys(options).some((key) => !DATE_KEYS.has(key))) return undefined;
  const { year, month, day } = options;
  if ((year !== undefined && year !== 'numeric') || (day !== undefined && day !== 'numeric'))
    return undefined;
  if (month !== undefined && month !== 'long' && month !== 'short') return undefined;
  if (month === undefined && day !== undefined) return undefined;
  if (year === undefined && month === undefined) return undefined;
  const names = lang === 'ar' ? AR_MONTHS : month === 'long' ? EN_LONG : EN_SHORT;
  const digits = digitsFor(numbering);
  return (time) => {
    const at = new Date(time);
    const y = at.getUTCFullYear();
    if (!(y >= 1 && y <= 9999)) return undefined;
    const Y = digits(String(y));
    const M = names[at.getUTCMonth()]!;
    const D = digits(String(at.getUTCDate()));
    if (month === undefined) return Y;
    if (day === undefined) return year === undefined ? M : `${M} ${Y}`;
    if (lang === 'ar') return year === undefined ? `${D} ${M}` : `${D} ${M} ${Y}`;
    return year === undefined ? `${M} ${D}` : `${M} ${D}, ${Y}`;
  };
}

/**
 * A number as `Intl.NumberFormat(language)` writes it with its default options: grouped by
 * thousands, at most three fraction digits, rounded half away from zero from the shortest
 * decimal that reads back as the number (as ICU rounds). Undefined for other languages.
 */
export function builtinNumberFormat(language: string, numbering: Digits): BuiltinFormat | undefined {
  const lang = tableLanguage(language);
  if (!lang) return undefined;
  const arab = numbering === 'arab';
  const group = arab ? '\u066C' : ',';
  const point = arab ? '\u066B' : '.';
  // The sign carries a direction mark where Intl writes one.
  const minus = arab ? '\u061C-' : lang === 'ar' ? '\u200E-' : '-';
  const digits = digitsFor(numbering);
  return (value) => {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
    const [int, frac] = roundToThousandths(Math.abs(value));
    const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
    const text = frac ? `${grouped}.${frac}` : grouped;
    const negative = value < 0 || Object.is(value, -0);
    return (negative ? minus : '') + digits(text).replace(/[,.]/g, (c) => (c === ',' ? group : point));
  };
}

/** The integer digits and up to three fraction digits (no trailing zeros) of `abs` < 1e21. */
function roundToThousandths(abs: number): [string, string] {
  const text = String(abs);
  // Exponent notation below 1e21 means below 1e-6, which rounds to zero.
  if (text.includes('e')) return ['0', ''];
  const [int = '0', frac = ''] = text.split('.');
  if (frac.length <= 3) return [int, frac];
  let kept = BigInt(int + frac.slice(0, 3));
  if (frac.charCodeAt(3) >= 53) kept += 1n;
  const all = kept.toString().padStart(4, '0');
  return [all.slice(0, -3), all.slice(-3).replace(/0+$/, '')];
}
