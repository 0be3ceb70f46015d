import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  orientationAt,
  resolveSettings,
  timeRunning,
  warnOnce,
  type SettingsInput,
} from '../../src/controllers/settings.js';

const defaults: SettingsInput = {
  theme: 'light',
  numbering: 'auto',
  calendar: 'gregory',
  orientation: 'auto',
  timeDirection: 'reading',
  view: 'chart',
  headingLevel: 3,
  timeout: 30,
};

/** An attribute as a page may write it: any string, whatever the property's type says. */
const garbage = <T>(value: string | number) => value as T;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings in force', () => {
  it('are the attributes as set when each is one of the documented values, without a warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const input: SettingsInput = {
      theme: 'dark',
      numbering: 'arab',
      calendar: 'islamic-umalqura',
      orientation: 'vertical',
      timeDirection: 'rtl',
      view: 'list',
      headingLevel: 2,
      timeout: 5,
    };
    const { timeout, ...rest } = input;
    expect(resolveSettings(input, warnOnce())).toEqual({
      ...rest,
      subheadingLevel: 3,
      timeoutSeconds: timeout,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('list the series and categories kept as ids, none of the series for "none", and all when empty', () => {
    const kept = resolveSettings(
      { ...defaults, series: ' troops  bases ', categories: 'war talks' },
      warnOnce(),
    );
    expect(kept.seriesIds).toEqual(['troops', 'bases']);
    expect([...kept.categoryIds!]).toEqual(['war', 'talks']);
    expect(resolveSettings({ ...defaults, series: 'none' }, warnOnce()).seriesIds).toEqual([]);
    const all = resolveSettings({ ...defaults, series: '  ', categories: '' }, warnOnce());
    expect(all.seriesIds).toBeUndefined();
    expect(all.categoryIds).toBeUndefined();
  });

  it('fall back to each documented default, naming the attribute and the value in one warning each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const settings = resolveSettings(
      {
        theme: garbage('sepia'),
        numbering: garbage('roman'),
        calendar: garbage('julian'),
        orientation: garbage('diagonal'),
        timeDirection: garbage('up'),
        view: garbage('grid'),
        headingLevel: 9,
        timeout: -1,
      },
      warnOnce(),
    );
    const { timeout, ...documented } = defaults;
    expect(settings).toEqual({ ...documented, subheadingLevel: 4, timeoutSeconds: timeout });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    for (const said of [
      'theme="sepia"',
      'numbering="roman"',
      'calendar="julian"',
      'orientation="diagonal"',
      'time-direction="up"',
      'view="grid"',
      'heading-level="9"',
      'timeout="-1"',
    ]) {
      expect(
        messages.filter((m) => m.includes(said)),
        said,
      ).toHaveLength(1);
    }
    expect(messages).toHaveLength(8);
  });

  it('warn once per attribute however often they are resolved, and again for another element', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const input = { ...defaults, view: garbage<'chart'>('grid'), timeout: Number.NaN };
    const once = warnOnce();
    for (let i = 0; i < 5; i++) resolveSettings(input, once);
    expect(warn).toHaveBeenCalledTimes(2);
    resolveSettings(input, warnOnce());
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('round a fractional heading level and keep the levels 1 to 6', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const once = warnOnce();
    expect(resolveSettings({ ...defaults, headingLevel: 5.6 }, once).headingLevel).toBe(6);
    expect(resolveSettings({ ...defaults, headingLevel: 1 }, once).headingLevel).toBe(1);
    expect(resolveSettings({ ...defaults, headingLevel: 1 }, once).subheadingLevel).toBe(2);
    expect(resolveSettings({ ...defaults, headingLevel: 6 }, once).subheadingLevel).toBe(6);
    expect(resolveSettings({ ...defaults, headingLevel: 0 }, warnOnce()).subheadingLevel).toBe(4);
    expect(resolveSettings({ ...defaults, headingLevel: 0 }, warnOnce()).headingLevel).toBe(3);
  });

  it('lay a chart out vertically below 600 px when the orientation is auto, and as set otherwise', () => {
    expect(orientationAt('auto', 599)).toBe('vertical');
    expect(orientationAt('auto', 600)).toBe('horizontal');
    expect(orientationAt('horizontal', 320)).toBe('horizontal');
    expect(orientationAt('vertical', 1200)).toBe('vertical');
  });

  it('run time with the reading direction unless the time direction names one', () => {
    expect(timeRunning('reading', 'rtl')).toBe('rtl');
    expect(timeRunning('reading', 'ltr')).toBe('ltr');
    expect(timeRunning('ltr', 'rtl')).toBe('ltr');
    expect(timeRunning('rtl', 'ltr')).toBe('rtl');
  });
});
