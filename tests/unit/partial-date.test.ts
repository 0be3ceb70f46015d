import { describe, expect, it } from 'vitest';
import {
  anchorTime,
  dateInterval,
  parsePartialDate,
  qualifiedInterval,
  utcDay,
  type PartialDate,
} from '../../src/time/partial-date.js';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('partial dates', () => {
  it('counts calendar days exactly as Date does, for every month of years 1–9999', () => {
    const reference = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date.getTime();
    };
    let mismatches = 0;
    for (let y = 1; y <= 9999; y++) {
      for (let m = 1; m <= 12; m++) {
        if (utcDay(y, m, 1) !== reference(y, m, 1)) mismatches++;
        const last = m === 2 ? (reference(y, 3, 1) - reference(y, 2, 1)) / 86_400_000 : 28;
        if (utcDay(y, m, last) !== reference(y, m, last)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
    expect(iso(utcDay(1, 1, 1))).toBe('0001-01-01');
    expect(iso(utcDay(2024, 2, 29))).toBe('2024-02-29');
    expect(iso(utcDay(1900, 3, 1))).toBe('1900-03-01');
  });

  it('reads year, month and day precision', () => {
    expect(parsed('2014').precision).toBe('year');
    expect(parsed('2025-08').precision).toBe('month');
    expect(parsed('2025-09-30')).toMatchObject({ year: 2025, month: 9, day: 30, precision: 'day' });
  });

  it.each([
    ['2024-02-30', 'is not a calendar date'],
    ['2023-02-29', 'is not a calendar date'],
    ['2024-13-01', 'has no month'],
    ['2024-00', 'has no month'],
    ['2024-9-7', 'YYYY'],
    ['24-09-27', 'YYYY'],
    ['2024-O1', 'YYYY'],
    ['soon', 'YYYY'],
    ['0000', 'years 1–9999'],
    ['+12024', 'YYYY'],
    ['', 'YYYY'],
  ])('rejects %s rather than rolling it over', (text, message) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('accepts 29 February in leap years only', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
    expect(parsePartialDate('1900-02-29').ok).toBe(false);
  });

  it('a year-precision date spans the whole year in UTC', () => {
    const span = dateInterval(parsed('2014'));
    expect(iso(span.start)).toBe('2014-01-01');
    expect(iso(span.end)).toBe('2015-01-01');
  });

  it('a month-precision date spans exactly that month', () => {
    const span = dateInterval(parsed('2024-02'));
    expect(iso(span.start)).toBe('2024-02-01');
    expect(iso(span.end)).toBe('2024-03-01');
  });

  it('years before 100 stay literal (no 1900s shift)', () => {
    expect(new Date(dateInterval(parsed('0050')).start).getUTCFullYear()).toBe(50);
  });

  it('"late August" is the last third of the month', () => {
    const span = qualifiedInterval(parsed('2025-08'), 'late');
    expect(iso(span.start)).toBe('2025-08-21');
    expect(iso(span.end)).toBe('2025-09-01');
  });

  it('"early 2014" is January to April', () => {
    const span = qualifiedInterval(parsed('2014'), 'early');
    expect(iso(span.start)).toBe('2014-01-01');
    expect(iso(span.end)).toBe('2014-05-01');
  });

  it('a deadline ("by September 2025") stands at the end of September', () => {
    expect(iso(anchorTime(parsed('2025-09'), 'by'))).toBe('2025-10-01');
  });

  it('a plain date stands at the middle of its span', () => {
    expect(iso(anchorTime(parsed('2025-09-30')))).toBe('2025-09-30');
    expect(iso(anchorTime(parsed('2014')))).toBe('2014-07-02');
  });
});
