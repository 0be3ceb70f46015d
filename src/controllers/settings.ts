/**
 * The element's settings as its attributes give them, each read in one place: a value that is not
 * one of the documented ones falls back to the documented default with one console warning (per
 * element and attribute, however often it is read).
 */
import type { Orientation } from '../layout/layout.js';
import type { CalendarName, Numbering } from '../locale/format.js';
import { DEFAULT_TIMEOUT_SECONDS } from './loader.js';

export type TimeDirectionSetting = 'reading' | 'ltr' | 'rtl';
export type OrientationSetting = 'auto' | Orientation;
export type ViewSetting = 'chart' | 'list';
export type ThemeSetting = 'light' | 'dark' | 'auto';

/** Below this width (px), `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 600;

/** The attributes as set, before checking. */
export interface SettingsInput {
  readonly theme: ThemeSetting;
  readonly numbering: Numbering;
  readonly calendar: CalendarName;
  readonly orientation: OrientationSetting;
  readonly timeDirection: TimeDirectionSetting;
  readonly view: ViewSetting;
  readonly headingLevel: number;
  readonly timeout: number;
  /** Space-separated series ids; `none` hides the track. */
  readonly series?: string | undefined;
  /** Space-separated category ids. */
  readonly categories?: string | undefined;
}

/**
 * The settings in force: each one of the documented values; the heading level 1–6 and the level
 * of the headings under it (one deeper, at most 6); the timeout in seconds.
 */
export type Settings = Omit<SettingsInput, 'timeout'> & {
  readonly subheadingLevel: number;
  readonly timeoutSeconds: number;
  /** The series `series` keeps (none for `none`); undefined for all. */
  readonly seriesIds?: readonly string[];
  /** The categories `categories` keeps; undefined for all. */
  readonly categoryIds?: ReadonlySet<string>;
};

/** Reports a problem once per key: `warn('lang', '…')` a second time says nothing. */
export type Warn = (key: string, message: string) => void;

/** A warner that remembers what it said, for one element's life. */
export function warnOnce(): Warn {
  const warned = new Set<string>();
  return (key, message) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`<drawdown-timeline>: ${message}`);
  };
}

/**
 * The documented value `value` names, in any case (HTML's enumerated attributes are
 * case-insensitive, and a CMS writes `Dark` as readily as `dark`); else the fallback, with a warning.
 */
function oneOf<T extends string>(warn: Warn, name: string, value: T, allowed: readonly T[], fallback: T): T {
  const known = allowed.find((a) => a === String(value).toLowerCase());
  if (known) return known;
  warn(name, `${name}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

export function resolveSettings(input: SettingsInput, warn: Warn): Settings {
  const { headingLevel, timeout } = input;
  const series = idList(input.series);
  const categories = idList(input.categories);
  const levelOk = headingLevel >= 1 && headingLevel <= 6;
  if (!levelOk) warn('heading-level', `heading-level="${headingLevel}" is not 1–6; using 3.`);
  const level = levelOk ? Math.round(headingLevel) : 3;
  const timeoutOk = Number.isFinite(timeout) && timeout > 0;
  if (!timeoutOk) {
    warn(
      'timeout',
      `timeout="${timeout}" is not a positive number of seconds; using ${DEFAULT_TIMEOUT_SECONDS}.`,
    );
  }
  return {
    theme: oneOf(warn, 'theme', input.theme, ['light', 'dark', 'auto'], 'light'),
    numbering: oneOf(warn, 'numbering', input.numbering, ['auto', 'latn', 'arab'], 'auto'),
    calendar: oneOf(warn, 'calendar', input.calendar, ['gregory', 'islamic-umalqura'], 'gregory'),
    orientation: oneOf(warn, 'orientation', input.orientation, ['auto', 'horizontal', 'vertical'], 'auto'),
    timeDirection: oneOf(warn, 'time-direction', input.timeDirection, ['reading', 'ltr', 'rtl'], 'reading'),
    view: oneOf(warn, 'view', input.view, ['chart', 'list'], 'chart'),
    headingLevel: level,
    subheadingLevel: Math.min(level + 1, 6),
    timeoutSeconds: timeoutOk ? timeout : DEFAULT_TIMEOUT_SECONDS,
    series: input.series,
    categories: input.categories,
    ...(series ? { seriesIds: series.includes('none') ? [] : series } : {}),
    ...(categories ? { categoryIds: new Set(categories) } : {}),
  };
}

/** The ids a space-separated attribute lists, or undefined when it lists none. */
function idList(value: string | undefined): string[] | undefined {
  return value?.trim() ? value.trim().split(/\s+/) : undefined;
}

/** The orientation drawn at a width: the setting's, or by width when it is `auto`. */
export function orientationAt(setting: OrientationSetting, width: number): Orientation {
  if (setting !== 'auto') return setting;
  return width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
}

/** Which way time runs in the horizontal chart: the setting's, or the reading direction's. */
export function timeRunning(setting: TimeDirectionSetting, reading: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  return setting === 'reading' ? reading : setting;
}
