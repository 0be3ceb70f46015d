/**
 * The built-in English and Arabic tables against Intl, value by value: run under Node's ICU in
 * the unit project and under Chromium's in the browser project, each returning every text on
 * which the table and Intl disagree (none when they agree).
 */
import fc from 'fast-check';
import { builtinDateFormat, builtinNumberFormat } from '../src/locale/builtin-format.js';
import type { Numbering } from '../src/locale/format.js';

const LANGUAGES = ['en', 'ar'] as const;
const NUMBERINGS: Numbering[] = ['auto', 'latn', 'arab'];

/** Every option shape a table covers: year, month, day precisions and the axis ticks. */
const SHAPES: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'short' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { month: 'short' },
  { month: 'long' },
  { month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { day: 'numeric', month: 'long' },
];

const YEARS = [1, 9, 99, 100, 999, 1000, 1899, 1975, 2003, 2011, 2014, 2024, 2099, 9999];
const DAYS = [1, 2, 9, 10, 15, 28, 29, 30, 31];

export interface Mismatch {
  what: string;
  table: string | undefined;
  intl: string;
}

function intlOptions(numbering: Numbering): Intl.DateTimeFormatOptions {
  return {
    timeZone: 'UTC',
    calendar: 'gregory',
    ...(numbering === 'auto' ? {} : { numberingSystem: numbering }),
  };
}

/** Every date shape, language and numbering over every month of a range of years and days. */
export function dateMismatches(): Mismatch[] {
  const out: Mismatch[] = [];
  for (const language of LANGUAGES) {
    for (const numbering of NUMBERINGS) {
      for (const shape of SHAPES) {
        const options = { ...intlOptions(numbering), ...shape };
        const table = builtinDateFormat(language, numbering, options);
        if (!table) {
          out.push({
            what: `${language} ${numbering} ${JSON.stringify(shape)} has no table`,
            table: undefined,
            intl: '',
          });
          continue;
        }
        const intl = new Intl.DateTimeFormat(language, options);
        for (const year of YEARS) {
          for (let month = 0; month < 12; month++) {
            for (const day of DAYS) {
              const at = new Date(0);
              at.setUTCFullYear(year, month, day);
              const time = at.getTime();
              const text = table(time);
              const expected = intl.format(time);
              if (text !== expected) {
                out.push({
                  what: `${language} ${numbering} ${JSON.stringify(shape)} ${at.toISOString()}`,
                  table: text,
                  intl: expected,
                });
              }
            }
          }
        }
      }
    }
  }
  return out;
}

/** Numbers that round, group, carry and change sign, and `runs` random doubles. */
export function numberMismatches(runs: number): Mismatch[] {
  const fixed = [
    0,
    -0,
    1,
    -1,
    7,
    12,
    999,
    1000,
    1234,
    12345,
    999999,
    1000000,
    1234567.891,
    -12.5,
    0.0005,
    0.0004,
    -0.0004,
    -0.0005,
    1.0005,
    2.0005,
    1.2345,
    0.1 + 0.2,
    0.9995,
    999.9995,
    9999.9999,
    12345.6785,
    1e-7,
    -1e-7,
    1e15,
    1e20,
    123456789012345680000,
    5e-324,
    3000,
    4500,
    160000,
    0.5,
    2.25,
  ];
  const values = [
    ...fixed,
    ...fc.sample(fc.double({ noNaN: true, min: -1e21, max: 1e21 }), { numRuns: runs, seed: 20 }),
    ...fc.sample(
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 10_000),
      { numRuns: runs, seed: 21 },
    ),
  ];
  const out: Mismatch[] = [];
  for (const language of LANGUAGES) {
    for (const numbering of NUMBERINGS) {
      const table = builtinNumberFormat(language, numbering)!;
      const intl = new Intl.NumberFormat(
        language,
        numbering === 'auto' ? {} : { numberingSystem: numbering },
      );
      for (const value of values) {
        const text = table(value);
        // Where the table declines, the formatters ask Intl: nothing to compare.
        if (text === undefined) continue;
        const expected = intl.format(value);
        if (text !== expected)
          out.push({ what: `${language} ${numbering} ${value}`, table: text, intl: expected });
      }
    }
  }
  return out;
}
