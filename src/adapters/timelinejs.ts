/**
 * TimelineJS3 JSON to a timeline document. TimelineJS is the format most newsrooms already
 * have timelines in, so its documents are converted rather than rejected. Conversion is
 * lossy on purpose: times of day, backgrounds and embeds have no place in the document and are
 * left out (an image becomes the event's `media`; any other media address becomes a source
 * link); HTML becomes plain text because data never becomes markup.
 *
 * The result is a raw document: the caller still runs `validateDocument` on it. Problems the
 * later validation could not place (a CSV line, a TimelineJS field) are reported here.
 */
import { SCHEMA_VERSION } from '../schema/document.js';
import type {
  CategoryInput,
  EventInput,
  MediaInput,
  SourceInput,
  TimelineDocument,
} from '../schema/document.js';
import { isImageUrl, safeUrl } from '../schema/url.js';
import { IssueList, shown } from '../schema/issues.js';
import { field, isRecord, type AdapterResult } from './read.js';
import { IdPool, periodProblem } from './convert.js';
import { plainText, excerpt } from './html-text.js';
import { slugify } from '../locale/slug.js';
import { MAX_YEAR, MIN_YEAR, daysInMonth, parsePartialDate, type PartialDate } from '../time/partial-date.js';

// ---------------------------------------------------------------------------------------------
// Dates

type Part = { ok: true; value: number | undefined } | { ok: false; message: string };

function readPart(raw: unknown, unit: 'year' | 'month' | 'day'): Part {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: undefined };
    if (!/^[+-]?\d{1,9}$/.test(text)) return { ok: false, message: `${shown(text)} is not a ${unit}` };
    return { ok: true, value: Number(text) };
  }
  if (typeof raw === 'number' && Number.isInteger(raw)) return { ok: true, value: raw };
  return { ok: false, message: `${shown(raw)} is not a ${unit}` };
}

/** True when a TimelineJS date is absent: sheets export an empty end date as `{year: ""}`. */
function isBlankDate(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === '') return true;
  if (!isRecord(raw)) return false;
  return (['year', 'month', 'day'] as const).every((key) => {
    const part = readPart(field(raw, key), key);
    return part.ok && part.value === undefined;
  });
}

type DateResult = { ok: true; value: PartialDate } | { ok: false; message: string };

/**
 * A TimelineJS date object to a partial date at exactly the precision given. Impossible parts
 * are refused rather than passed to `Date`, which would roll 31 April over into 1 May.
 */
function readDate(raw: unknown): DateResult {
  if (!isRecord(raw)) {
    return { ok: false, message: `expected a date such as {"year": 1969, "month": 7}, not ${shown(raw)}` };
  }
  const year = readPart(field(raw, 'year'), 'year');
  const month = readPart(field(raw, 'month'), 'month');
  const day = readPart(field(raw, 'day'), 'day');
  if (!year.ok) return year;
  if (!month.ok) return month;
  if (!day.ok) return day;
  if (year.value === undefined) return { ok: false, message: 'a date needs a year' };
  if (year.value < MIN_YEAR || year.value > MAX_YEAR) {
    return {
      ok: false,
      message: `year ${shown(year.value)} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`,
    };
  }
  let iso = String(year.value).padStart(4, '0');
  if (month.value !== undefined) {
    if (month.value < 1 || month.value > 12)
      return { ok: false, message: `${shown(month.value)} is not a month` };
    iso += `-${String(month.value).padStart(2, '0')}`;
  }
  if (day.value !== undefined) {
    if (month.value === undefined) return { ok: false, message: 'a day is given without a month' };
    if (day.value < 1 || day.value > daysInMonth(year.value, month.value)) {
      return { ok: false, message: `${shown(day.value)} is not a day of ${iso}` };
    }
    iso += `-${String(day.value).padStart(2, '0')}`;
  }
  const parsed = parsePartialDate(iso);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

// ---------------------------------------------------------------------------------------------
// Conversion

/** One TimelineJS object and where it came from, in the words the issues should use. */
export interface Located {
  value: unknown;
  path: string;
}

export interface TimelineJsParts {
  title?: Located;
  events: readonly Located[];
  eras: readonly Located[];
  /**
   * How a field inside an item is addressed in issues. JSON has `events[2].start_date`; a CSV
   * row has only its line, so the CSV reader returns the item's path unchanged.
   */
  at: (path: string, key: string) => string;
}

const ERA_CATEGORY = 'era';
const MAX_ID_LENGTH = 180;

class Converter {
  readonly issues = new IssueList();
  private readonly ids = new IdPool();
  private readonly categoryIds = new IdPool();
  private readonly groups = new Map<string, string>();
  readonly categories: CategoryInput[] = [];

  constructor(private readonly at: TimelineJsParts['at']) {}

  reserveEraCategory(): void {
    this.categoryIds.reserve(ERA_CATEGORY);
  }

  /** Converts one event or era; undefined (with an error reported) when it cannot be shown. */
  item({ value, path }: Located, index: number, kind: 'event' | 'era'): EventInput | undefined {
    if (!isRecord(value)) {
      this.issues.add(path, `expected an ${kind} object, not ${shown(value)}`);
      return undefined;
    }
    let ok = true;
    const fail = (key: string, message: string): void => {
      this.issues.add(this.at(path, key), message);
      ok = false;
    };

    const rawStart = field(value, 'start_date');
    let start: PartialDate | undefined;
    if (isBlankDate(rawStart)) fail('start_date', 'is required');
    else {
      const read = readDate(rawStart);
      if (read.ok) start = read.value;
      else fail('start_date', read.message);
    }

    const rawEnd = field(value, 'end_date');
    let end: PartialDate | undefined;
    if (!isBlankDate(rawEnd)) {
      const read = readDate(rawEnd);
      if (read.ok) end = read.value;
      else fail('end_date', read.message);
    } else if (kind === 'era') fail('end_date', 'an era needs an end date');
    if (start && end) {
      const problem = periodProblem(start, end);
      if (problem) fail('end_date', problem);
    }

    const text = field(value, 'text');
    const headline = plainText(field(text, 'headline'));
    const summary = plainText(field(text, 'text'));
    let title = headline;
    if (title === undefined && summary !== undefined) {
      title = excerpt(summary);
      this.issues.add(
        this.at(path, 'text.headline'),
        'no headline; the start of the text is used as the title',
        'warning',
      );
    }
    if (title === undefined) fail('text', 'needs a headline or a text');

    if (!ok || !start || title === undefined) return undefined;

    const displayDate = plainText(field(value, 'display_date')) ?? plainText(field(rawStart, 'display_date'));
    const category = kind === 'era' ? ERA_CATEGORY : this.category(field(value, 'group'));
    const media = this.media(field(value, 'media'), path, title);
    return {
      id: this.id(field(value, 'unique_id'), `${kind}-${index}`, path),
      start: start.iso,
      ...(end ? { end: end.iso } : {}),
      ...(displayDate !== undefined ? { displayDate } : {}),
      title,
      ...(summary !== undefined && summary !== title ? { summary } : {}),
      ...(category !== undefined ? { category } : {}),
      ...(kind === 'era' ? { importance: 'context' as const } : {}),
      ...(media && 'name' in media ? { sources: [media] } : {}),
      ...(media && 'alt' in media ? { media } : {}),
    };
  }

  private id(raw: unknown, fallback: string, path: string): string {
    const given = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    const base = given === '' ? fallback : given.slice(0, MAX_ID_LENGTH);
    const id = this.ids.claim(base);
    if (given !== '' && id !== base) {
      this.issues.add(
        this.at(path, 'unique_id'),
        `duplicate id ${shown(base)}; renamed ${shown(id)}`,
        'warning',
      );
    }
    return id;
  }

  /** A TimelineJS group becomes a category: its name is the label, a slug of it the id. */
  private category(raw: unknown): string | undefined {
    const name = plainText(raw);
    if (name === undefined) return undefined;
    const known = this.groups.get(name);
    if (known !== undefined) return known;
    const id = this.categoryIds.claim(slugify(name) || 'group');
    this.groups.set(name, id);
    this.categories.push({ id, label: name });
    return id;
  }

  /**
   * TimelineJS media: an image (by its extension or a known image host) becomes the event's
   * image, with its caption and credit; any other web address stays a source link.
   */
  private media(media: unknown, path: string, headline: string): MediaInput | SourceInput | undefined {
    const url = field(media, 'url');
    if (typeof url !== 'string' || url.trim() === '') return undefined;
    const trimmed = url.trim();
    const caption = plainText(field(media, 'caption'));
    const credit = plainText(field(media, 'credit'));
    if (isImageUrl(trimmed) && safeUrl(trimmed) !== undefined) {
      let alt = plainText(field(media, 'alt'));
      if (alt === undefined) {
        alt = caption ?? headline;
        this.issues.add(
          this.at(path, 'media.alt'),
          `no alt text; the ${caption !== undefined ? 'caption' : 'headline'} describes the image`,
          'warning',
        );
      }
      return {
        url: trimmed,
        alt,
        ...(caption !== undefined ? { caption } : {}),
        ...(credit !== undefined ? { credit } : {}),
      };
    }
    // TimelineJS media is often embed markup (<iframe>, <blockquote>) or a data: URL; only a
    // plain web address can become a link.
    if (!/^https?:\/\//i.test(trimmed) || safeUrl(trimmed) === undefined) {
      this.issues.add(
        this.at(path, 'media.url'),
        'only http: and https: media links are kept; link left out',
        'warning',
      );
      return undefined;
    }
    return { name: credit ?? 'Media', url: trimmed };
  }
}

/**
 * The conversion shared by the JSON and CSV readers. They differ only in where items come from
 * and how a problem's place is named.
 */
export function convertTimelineJs(parts: TimelineJsParts): AdapterResult {
  const converter = new Converter(parts.at);
  if (parts.eras.length > 0) converter.reserveEraCategory();
  const events: EventInput[] = [];
  parts.events.forEach((item, index) => {
    const event = converter.item(item, index, 'event');
    if (event) events.push(event);
  });
  let hasEra = false;
  parts.eras.forEach((item, index) => {
    const era = converter.item(item, index, 'era');
    if (era) {
      events.push(era);
      hasEra = true;
    }
  });
  const categories = hasEra
    ? [...converter.categories, { id: ERA_CATEGORY, label: 'Era' }]
    : converter.categories;

  const titleText = parts.title ? field(parts.title.value, 'text') : undefined;
  const title = plainText(field(titleText, 'headline'));
  const description = plainText(field(titleText, 'text'));
  if (parts.title && title === undefined && description === undefined) {
    converter.issues.add(parts.title.path, 'the title slide has no headline or text; ignored', 'warning');
  }

  const document: TimelineDocument = {
    version: SCHEMA_VERSION,
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    events,
  };
  return { document, issues: converter.issues.done() };
}

function located(list: unknown, name: string, issues: IssueList): Located[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.add(name, 'expected a list');
    return [];
  }
  return list.map((value: unknown, i) => ({ value, path: `${name}[${i}]` }));
}

/** Converts a TimelineJS3 JSON document. Never throws; problems come back with their paths. */
export function fromTimelineJs(input: unknown): AdapterResult {
  if (!isRecord(input)) {
    return {
      document: { version: SCHEMA_VERSION, events: [] },
      issues: [
        {
          path: '',
          message: 'expected a TimelineJS3 document: an object with "events"',
          severity: 'error',
        },
      ],
    };
  }
  const shape = new IssueList();
  const events = located(field(input, 'events'), 'events', shape);
  const eras = located(field(input, 'eras'), 'eras', shape);
  const title = field(input, 'title');
  const result = convertTimelineJs({
    ...(title !== undefined ? { title: { value: title, path: 'title' } } : {}),
    events,
    eras,
    at: (path, key) => `${path}.${key}`,
  });
  return { document: result.document, issues: [...shape.done(), ...result.issues] };
}
