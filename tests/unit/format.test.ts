import { describe, expect, it } from 'vitest';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { parsePartialDate, type PartialDate } from '../../src/time/partial-date.js';
import { registerStrings, stringsFor } from '../../src/locale/strings.js';

const d = (text: string): PartialDate => {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('dates in words keep their precision', () => {
  const en = createFormatters({ language: 'en', numbering: 'latn' });
  const ar = createFormatters({ language: 'ar', numbering: 'latn' });

  it('in English', () => {
    expect(en.date(d('2014'))).toBe('2014');
    expect(en.date(d('2025-08'), 'late')).toBe('late Aug 2025');
    expect(en.date(d('2025-09'), 'by')).toBe('by Sep 2025');
    expect(en.date(d('2025-09-30'))).toBe('Sep 30, 2025');
  });

  it('in Arabic', () => {
    expect(ar.date(d('2025-08'), 'late')).toBe('أواخر أغسطس 2025');
    expect(ar.date(d('2025-09'), 'by')).toBe('بحلول سبتمبر 2025');
    expect(ar.date(d('2014'), 'about')).toBe('نحو 2014');
  });

  it('a period within one year names its year once, at its end; across years, or qualified, each end whole', () => {
    expect(en.period(d('1968-12-21'), d('1968-12-27'))).toBe('Dec 21 – Dec 27, 1968');
    expect(en.period(d('1982-03'), d('1982-12'))).toBe('Mar – Dec 1982');
    expect(en.period(d('1950-04-20'), d('1950-12'))).toBe('Apr 20 – Dec 1950');
    expect(ar.period(d('1968-12-21'), d('1968-12-27'))).toBe('21 ديسمبر – 27 ديسمبر 1968');
    expect(en.period(d('1953-10-03'), d('1954-01'))).toBe('Oct 3, 1953 – Jan 1954');
    expect(en.period(d('2014'), d('2017'))).toBe('2014 – 2017');
    expect(en.period(d('1971-03'), d('1971-06'), 'about')).toBe('about Mar 1971 – Jun 1971');
  });

  it('Arabic-Indic digits when asked for', () => {
    const arab = createFormatters({ language: 'ar', numbering: 'arab' });
    expect(arab.date(d('2014'))).toBe('٢٠١٤');
    expect(arab.number(2500)).toBe('٢٬٥٠٠');
  });

  it('Arabic-Indic digits in left-to-right words each end in a left-to-right mark, so they keep their order', () => {
    const enArab = createFormatters({ language: 'en', numbering: 'arab' });
    const LRM = '\u200e';
    expect(enArab.date(d('2024-09-27'))).toBe(`Sep ٢٧${LRM}, ٢٠٢٤${LRM}`);
    expect(enArab.period(d('2014'), d('2017'))).toBe(`٢٠١٤${LRM} – ٢٠١٧${LRM}`);
    expect(enArab.number(3000)).toBe(`٣٬٠٠٠${LRM}`);
    expect(enArab.tick(Date.UTC(2025, 0, 1), 'month', true)).toBe(`Jan ٢٠٢٥${LRM}`);
    expect(
      createFormatters({ language: 'en', numbering: 'arab', calendar: 'islamic-umalqura' }).date(
        d('2024-09-27'),
      ),
    ).toMatch(new RegExp(`^[^\u0660-\u0669]*([\u0660-\u0669]+${LRM}[^\u0660-\u0669]*)+$`));
    // Right-to-left words order such numbers themselves: no mark is added.
    expect(createFormatters({ language: 'ar', numbering: 'arab' }).date(d('2024-09-27'))).not.toContain(LRM);
  });

  it('a calendar date is never shifted by the time zone (formatted in UTC)', () => {
    expect(en.date(d('2014-01-01'))).toBe('Jan 1, 2014');
  });

  it('an instant as a whole day, with its year (what clusters and the zoom announcement say)', () => {
    expect(en.day(Date.UTC(1975, 0, 1))).toBe('January 1, 1975');
    expect(ar.day(Date.UTC(2025, 8, 30))).toBe('30 سبتمبر 2025');
    const hijriEn = createFormatters({ language: 'en', calendar: 'islamic-umalqura' });
    expect(hijriEn.day(Date.UTC(2025, 8, 30))).toBe('Rabiʻ II 8, 1447 AH');
  });
});

describe('localized text', () => {
  it('picks the exact tag, then the base language, then English', () => {
    const text = { ar: 'عربي', en: 'English', 'ar-IQ': 'عراقي' };
    expect(resolveText(text, 'ar-IQ')).toBe('عراقي');
    expect(resolveText(text, 'ar-EG')).toBe('عربي');
    expect(resolveText(text, 'fr')).toBe('English');
    expect(resolveText({ de: 'Deutsch' }, 'fr')).toBe('Deutsch');
  });
});

describe('UI strings', () => {
  it('Arabic and English have every key', () => {
    const en = stringsFor('en');
    const ar = stringsFor('ar');
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(ar[key], key).toBeTruthy();
    }
    expect(ar.loading).not.toBe(en.loading);
  });

  it('a registered language falls back to English for missing keys', () => {
    registerStrings('xx-test', { loading: 'Chargement…' });
    const s = stringsFor('xx-test');
    expect(s.loading).toBe('Chargement…');
    expect(s.empty).toBe(stringsFor('en').empty);
  });
});

describe('the Hijri calendar', () => {
  const hijri = createFormatters({ language: 'ar', numbering: 'latn', calendar: 'islamic-umalqura' });
  const hijriEn = createFormatters({ language: 'en', calendar: 'islamic-umalqura' });

  it('a Gregorian year is written as the Hijri years it covers', () => {
    expect(hijri.date(d('2014'))).toBe('1435–1436 هـ');
  });

  it('a day is one Hijri date, and the Gregorian date is still available alongside', () => {
    expect(hijriEn.date(d('2025-09-30'))).toBe('Rabiʻ II 8, 1447 AH');
    expect(hijriEn.gregorian(d('2025-09-30'))).toBe('Sep 30, 2025');
    expect(hijriEn.otherCalendar).toBe(true);
  });

  it('"late August 2025" becomes the exact Hijri days of that third', () => {
    // Intl puts thin spaces around the range dash.
    expect(hijriEn.date(d('2025-08'), 'late').replace(/\s/g, ' ')).toBe('Safar 27 – Rabiʻ I 8, 1447 AH');
  });

  it('a deadline keeps its wording around the Hijri range', () => {
    expect(hijri.date(d('2025-09'), 'by')).toMatch(/^بحلول .*1447 هـ$/);
  });
});

describe('regional Arabic', () => {
  it('ar-IQ uses the Levantine month names, ar the ones the article uses', () => {
    const iq = createFormatters({ language: 'ar-IQ', numbering: 'latn' });
    const ar = createFormatters({ language: 'ar', numbering: 'latn' });
    expect(iq.date(d('2025-08'))).toBe('آب 2025');
    expect(ar.date(d('2025-08'))).toBe('أغسطس 2025');
  });

  it('numbering pins the digits whatever the region defaults to', () => {
    expect(createFormatters({ language: 'ar-EG', numbering: 'latn' }).number(3000)).toBe('3,000');
    expect(createFormatters({ language: 'ar', numbering: 'arab' }).number(3000)).toBe('٣٬٠٠٠');
    expect(createFormatters({ language: 'ar-EG', numbering: 'auto' }).number(3000)).toBe('٣٬٠٠٠');
  });
});
