/**
 * TimelineJS3 JSON to a timeline document. TimelineJS is the format most newsrooms already
 * have timelines in, so its documents are converted rather than rejected. Conversion is
 * lossy on purpose: times of day, backgrounds and embedded media have no place in the
 * document and are left out; HTML becomes plain text because data never becomes markup.
 *
 * The result is a raw document: the caller still runs `validateDocument` on it. Problems the
 * later validation could not place (a CSV line, a TimelineJS field) are reported here.
 */
import { SCHEMA_VERSION } from '../schema/document.js';
import type { CategoryInput, EventInput, SourceInput, TimelineDocument } from '../schema/document.js';
import type { ValidationIssue } from '../schema/model.js';
import { safeUrl } from '../schema/url.js';
import { IssueList } from '../schema/issues.js';
import { field, isRecord } from './read.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  dateInterval,
  daysInMonth,
  parsePartialDate,
  type PartialDate,
} from '../time/partial-date.js';

export interface AdapterResult {
  document: TimelineDocument;
  issues: ValidationIssue[];
}

// ---------------------------------------------------------------------------------------------
// Reading unknown values

/** Shows a value in a message without ever calling a custom `toString`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `"${String(value)}"`;
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

// ---------------------------------------------------------------------------------------------
// HTML to plain text

/** Tags that separate words when rendered, so `a<br>b` reads "a b", not "ab". */
const BREAKING_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is code or an embed, never readable text. */
const HIDDEN_CONTENT: ReadonlyMap<string, RegExp> = new Map([
  ['script', /<\/script[\s/>]/gi],
  ['style', /<\/style[\s/>]/gi],
  ['iframe', /<\/iframe[\s/>]/gi],
  ['template', /<\/template[\s/>]/gi],
]);

// A Map, not an object literal: a lookup of "constructor" must not find Object's.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['middot', '·'],
  ['bull', '•'],
  ['deg', '°'],
  ['times', '×'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
]);

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Index just past the `>` that closes a tag whose name starts at `from`, or -1 when the tag
 * never closes. A quote opens an attribute value only after `=`, as in HTML, so an apostrophe
 * in a malformed tag (`<b don't>`) does not swallow the rest of the text.
 */
function tagEnd(html: string, from: number): number {
  let previous = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (c === '>') return i + 1;
    if ((c === '"' || c === "'") && previous === '=') {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
      previous = c;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') previous = c;
  }
  return -1;
}

/**
 * Plain text from an HTML fragment, without a DOM (the adapters run in workers and on servers,
 * and parsing into a live DOM would load images and run handlers). Tags go, hidden content
 * (scripts, styles, embeds) goes with them, an unclosed tag swallows the rest of the text as it
 * would in a browser, entities are decoded once after the tags are gone (so `&lt;b&gt;` stays
 * the visible text "<b>"), and whitespace collapses as rendered HTML would show it.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) break;
      i = close + 3;
      continue;
    }
    const next = html.charAt(lt + 1);
    if (!/[A-Za-z/!?]/.test(next)) {
      // "a < b" is text, not a tag.
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end === -1) break;
    const head = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, Math.min(end, lt + 40)));
    const name = head?.[2]?.toLowerCase() ?? '';
    if (BREAKING_TAGS.has(name)) out += ' ';
    i = end;
    const closer = head?.[1] === '' ? HIDDEN_CONTENT.get(name) : undefined;
    if (closer) {
      closer.lastIndex = end;
      const found = closer.exec(html);
      if (!found) break;
      i = found.index;
    }
  }
  // NBSP is kept: "10&nbsp;km" should not break between the number and its unit.
  return decodeEntities(out)
    .replace(/[\t\n\v\f\r \u2028\u2029]+/g, ' ')
    .trim();
}

/** Plain text from a TimelineJS text field; numbers are accepted since sheets produce them. */
function plainText(value: unknown): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = htmlToText(value);
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  return text === '' ? undefined : text;
}

/** The start of a text, cut at a character boundary, for use as a missing headline. */
function excerpt(text: string, length = 80): string {
  // Each code point is at most two UTF-16 units, so this slice holds more than `length` of
  // them whenever the whole text does.
  const chars = Array.from(text.slice(0, length * 2 + 1));
  if (chars.length <= length) return text;
  return `${chars.slice(0, length).join('').trimEnd()}…`;
}

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

/**
 * The validator's rule for periods, checked here too so that a CSV user is told the line
 * rather than the position of the event in the converted document.
 */
export function periodProblem(start: PartialDate, end: PartialDate): string | undefined {
  return dateInterval(end).end <= dateInterval(start).start
    ? `the end "${end.iso}" is before the start "${start.iso}"`
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// Ids

/**
 * Lowercase words joined by dashes. Letters of every script are kept so Arabic groups get ids;
 * only the Latin-family accents (U+0300–U+036F) are dropped, because in other scripts a
 * combining mark can be part of the letter (Arabic أ is ا with a hamza).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Hands out ids that are unique within one document, suffixing `-2`, `-3`… on collisions. */
export class IdPool {
  private readonly used = new Set<string>();
  // The next suffix to try per base, so many copies of one id stay linear work.
  private readonly next = new Map<string, number>();

  reserve(id: string): void {
    this.used.add(id);
  }

  claim(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
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
    const source = this.media(field(value, 'media'), path);
    return {
      id: this.id(field(value, 'unique_id'), `${kind}-${index}`, path),
      start: start.iso,
      ...(end ? { end: end.iso } : {}),
      ...(displayDate !== undefined ? { displayDate } : {}),
      title,
      ...(summary !== undefined && summary !== title ? { summary } : {}),
      ...(category !== undefined ? { category } : {}),
      ...(kind === 'era' ? { importance: 'context' as const } : {}),
      ...(source ? { sources: [source] } : {}),
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

  private media(media: unknown, path: string): SourceInput | undefined {
    const url = field(media, 'url');
    if (typeof url !== 'string' || url.trim() === '') return undefined;
    const trimmed = url.trim();
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
    return { name: plainText(field(media, 'credit')) ?? 'Media', url: trimmed };
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
