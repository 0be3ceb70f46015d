import { describe, expect, it } from 'vitest';
import { builtinDateFormat, builtinNumberFormat } from '../../src/locale/builtin-format.js';
import { dateMismatches, numberMismatches } from '../intl-tables.js';

describe('English and Arabic are written without Intl exactly as Intl writes them', () => {
  it('every month at every date precision, tick shape and numbering equals Intl', () => {
    expect(dateMismatches()).toEqual([]);
  });

  it('numbers round, group and sign as Intl does, in Latin and Arabic-Indic digits', () => {
    expect(numberMismatches(3000)).toEqual([]);
  });

  it('Arabic-Indic digits and separators are used only when asked for', () => {
    expect(builtinNumberFormat('ar', 'arab')!(-1234.5)).toBe('\u061C-١٬٢٣٤٫٥');
    expect(builtinNumberFormat('ar', 'auto')!(-1234.5)).toBe('\u200E-1,234.5');
    const day = Date.UTC(2014, 8, 7);
    const options = { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(builtinDateFormat('ar', 'arab', options)!(day)).toBe('٧ سبتمبر ٢٠١٤');
    expect(builtinDateFormat('en', 'latn', options)!(day)).toBe('September 7, 2014');
  });

  it('other languages, calendars, options and years are left to Intl', () => {
    const utc = { timeZone: 'UTC', year: 'numeric' } as const;
    expect(builtinDateFormat('fr', 'auto', utc)).toBeUndefined();
    expect(builtinDateFormat('en-GB', 'auto', utc)).toBeUndefined();
    expect(builtinDateFormat('ar', 'auto', { ...utc, calendar: 'islamic-umalqura' })).toBeUndefined();
    expect(builtinDateFormat('en', 'auto', { ...utc, weekday: 'long' })).toBeUndefined();
    expect(builtinDateFormat('en', 'auto', { year: 'numeric' })).toBeUndefined();
    expect(builtinDateFormat('en', 'auto', { ...utc, year: '2-digit' })).toBeUndefined();
    expect(builtinDateFormat('en', 'auto', utc)!(Date.UTC(10_000, 0, 1))).toBeUndefined();
    expect(builtinNumberFormat('de', 'auto')).toBeUndefined();
    expect(builtinNumberFormat('en', 'auto')!(Infinity)).toBeUndefined();
    expect(builtinNumberFormat('en', 'auto')!(1e21)).toBeUndefined();
  });
});
