/**
 * Validation and normalization: unknown input in, a usable model plus a list of problems out.
 * Nothing here throws on bad data. Each event, category and series is checked on its own so
 * that one bad event never hides its valid neighbours.
 */
import * as v from 'valibot';
import {
  eventAnchor,
  anchorTime,
  dateInterval,
  parsePartialDate,
  qualifiedInterval,
  type Interval,
  type PartialDate,
} from '../time/partial-date.js';
import {
  CategorySchema,
  DocumentSchema,
  EventSchema,
  MAX_TEXT_LENGTH,
  MediaSchema,
  SCHEMA_VERSION,
  SeriesAnnotationSchema,
  SeriesPointSchema,
  SeriesSchema,
  type EventInput,
  type LocalizedText,
  type MediaInput,
  type SeriesInput,
  type SourceInput,
  type TimelineDocument,
} from './document.js';
import type {
  Category,
  Media,
  Series,
  SeriesAnnotation,
  SeriesPoint,
  Shape,
  Source,
  TimelineEvent,
  TimelineModel,
  ValidationResult,
} from './model.js';
import { mediaKind, safeUrl } from './url.js';
import { isSafeColor } from './color.js';
import { entriesOf, itemOf, nearestKey } from './keys.js';
import { IssueList, MAX_ISSUES, shown } from './issues.js';
import { plainEvent } from './plain-event.js';
import type { Mutable } from '../types.js';

/**
 * Limits that keep hostile input to bounded work: every list in a document has one, so the work
 * grows with what is shown, never with a list's length (a sparse array can claim 50 million
 * items in a few bytes). Items past a list's limit are never read, and one warning says how many
 * there were.
 */
export const LIMITS = {
  /** Deepest nesting read; deeper values are dropped. */
  depth: 16,
  /** Events read; the rest are dropped with one warning. */
  events: 100_000,
  /** Categories read. */
  categories: 1_000,
  /** Series read. */
  series: 100,
  /** Points read per series. */
  points: 10_000,
  /** Notes read per series. */
  annotations: 1_000,
  /** Sources read per event. */
  sources: 100,
  /** Places read per event. */
  places: 100,
  /** Any other list (one the schema does not know is never read at all). */
  list: 1_000,
  /** Problems listed; past this one summary line is added. */
  issues: MAX_ISSUES,
} as const;

/** The limit of a list, by the key that holds it. */
function listLimit(key: string | number | undefined): number {
  switch (key) {
    case 'events':
    case 'categories':
    case 'series':
    case 'points':
    case 'annotations':
    case 'sources':
    case 'places':
      return LIMITS[key];
    default:
      return LIMITS.list;
  }
}

type AnySchema = v.GenericSchema<unknown, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The empty list most events have for sources and places: one, frozen, shared. */
const NONE: readonly never[] = Object.freeze([]);
const SHAPES: readonly Shape[] = ['circle', 'square', 'diamond', 'triangle', 'star'];

/** Joins a base path and a key the way people read JSON paths: `events[3].start`. */
function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** The JSON path of a stack of keys, built only when a problem is reported. */
function stackPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((path, key) => joinPath(path, key), '');
}

/**
 * Copies JSON-like input into fresh plain objects, leaving out prototype-polluting keys, cutting
 * over-long text, over-deep nesting and over-long lists, each reported with its path. Walked
 * along the schema in the same pass: a key the schema does not know is reported (with the
 * nearest known key) and not copied. The path is a stack of keys that becomes text only for a
 * report: a clean 10,000-event document builds no path strings.
 */
function sanitize(
  value: unknown,
  keys: Array<string | number>,
  issues: IssueList,
  schema?: AnySchema,
): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT_LENGTH) return value;
    if (keys[keys.length - 1] === 'url') {
      // A link cut short goes somewhere else: it is kept whole or not at all.
      issues.add(stackPath(keys), `a link longer than ${MAX_TEXT_LENGTH} characters was left out`, 'warning');
      return undefined;
    }
    issues.add(stackPath(keys), `text longer than ${MAX_TEXT_LENGTH} characters was shortened`, 'warning');
    return `${value.slice(0, MAX_TEXT_LENGTH - 1)}…`;
  }
  if (value === null || typeof value !== 'object') return value;
  if (keys.length >= LIMITS.depth) {
    issues.add(stackPath(keys), `nested deeper than ${LIMITS.depth} levels; left out`);
    return undefined;
  }
  if (Array.isArray(value)) {
    const length = value.length;
    const limit = listLimit(keys[keys.length - 1]);
    if (length > limit) {
      issues.add(stackPath(keys), `only the first ${limit} of ${length} items are read`, 'warning');
    }
    const count = Math.min(length, limit);
    const item = itemOf(schema);
    const out: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      keys.push(i);
      out[i] = sanitize(value[i], keys, issues, item);
      keys.pop();
    }
    return out;
  }
  const entries = entriesOf(schema);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    keys.push(key);
    if (FORBIDDEN_KEYS.has(key)) {
      issues.add(stackPath(keys), `the key "${key}" is not allowed; ignored`, 'warning');
    } else if (entries && !Object.hasOwn(entries, key)) {
      // Past the listed problems a suggestion would be dropped anyway: none is looked for.
      const near = issues.full ? undefined : nearestKey(key, Object.keys(entries));
      issues.add(
        stackPath(keys),
        near ? `unknown key; did you mean "${near}"?` : 'unknown key; ignored',
        'warning',
      );
    } else {
      out[key] = sanitize((value as Record<string, unknown>)[key], keys, issues, entries?.[key]);
    }
    keys.pop();
  }
  return out;
}

/**
 * The document copied like `sanitize` does, except its list of events: events are read one by
 * one (see `readEvent`), so that the common ones are copied once, not twice, and the items past
 * the limit are never read.
 */
function sanitizeDocument(input: unknown, issues: IssueList): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return sanitize(input, [], issues);
  }
  const { events, ...rest } = input as Record<string, unknown>;
  const out = sanitize(rest, [], issues, DocumentSchema) as Record<string, unknown>;
  if (Array.isArray(events)) out.events = events;
  else if ('events' in input) out.events = sanitize(events, ['events'], issues);
  return out;
}

function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path = joinPath(path, typeof key === 'number' ? key : String(key));
  }
  return path;
}

/**
 * Reports a failed parse: the deepest, most specific messages, one per path (as warnings, with
 * what became of the value, when `outcome` is given).
 */
function report(
  base: string,
  found: readonly v.BaseIssue<unknown>[],
  issues: IssueList,
  outcome?: string,
): void {
  const seen = new Set<string>();
  for (const issue of found) {
    const path = issuePath(base, issue);
    if (seen.has(path)) continue;
    seen.add(path);
    if (outcome) issues.add(path, `${describe(issue)}; ${outcome}`, 'warning');
    else issues.add(path, describe(issue));
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined && issue.expected !== 'never') {
    return 'is required';
  }
  // Union issues carry their own, more useful message; plain type issues read
  // "Invalid type: Expected string but received 5", which is fine as it is.
  return issue.message;
}

function parseDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  // The schema has already checked every date string.
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function normalizeSource(input: SourceInput, path: string, issues: IssueList): Source {
  const { url, date, ...rest } = input;
  const source: Mutable<Source> = { ...rest };
  if (url !== undefined) {
    const safe = safeUrl(url);
    if (safe === undefined) {
      issues.add(
        joinPath(path, 'url'),
        'only http:, https: and relative links are shown; link left out',
        'warning',
      );
    } else source.url = safe;
  }
  if (date !== undefined) source.date = parseDate(date);
  return source;
}

/** An event's media, when its address may be shown; a refused address is reported. */
function normalizeMedia(input: MediaInput, path: string, issues: IssueList): Media | undefined {
  const url = safeUrl(input.url);
  if (url === undefined) {
    issues.add(
      joinPath(path, 'url'),
      'only http:, https: and relative image addresses are shown; the image is not shown',
      'warning',
    );
    return undefined;
  }
  return { ...input, kind: mediaKind(url), url };
}

/**
 * An event's media checked before the event: a bad image (no `alt`, a size that is not a number
 * of pixels) is reported and left out, and the event is kept without it.
 */
function withoutBadMedia(copy: unknown, index: number, issues: IssueList): unknown {
  if (copy === null || typeof copy !== 'object' || !('media' in copy)) return copy;
  const { media, ...rest } = copy as Record<string, unknown>;
  if (media === undefined) return rest;
  const result = v.safeParse(MediaSchema, media);
  if (result.success) return copy;
  report(joinPath(joinPath('events', index), 'media'), result.issues, issues, 'the image is not shown');
  return rest;
}

function normalizeEvent(
  item: Valid<EventInput>,
  categories: ReadonlySet<string>,
  issues: IssueList,
): Mutable<TimelineEvent> | undefined {
  const input = item.value;
  const start = item.dates?.start ?? parseDate(input.start);
  const end = item.dates ? item.dates.end : input.end === undefined ? undefined : parseDate(input.end);
  const startSpan = dateInterval(start);
  const focus = qualifiedInterval(start, input.qualifier, startSpan);
  let span = startSpan;
  if (end) {
    const endSpan = dateInterval(end);
    // Rule: a period is rejected when its end's span closes before its start's span opens.
    // Overlapping precisions are fine: `2024` to `2024-03` ends inside the start year.
    if (endSpan.end <= startSpan.start) {
      issues.add(joinPath(pathOf(item), 'end'), `"${input.end}" is before the start "${input.start}"`);
      return undefined;
    }
    span = { start: startSpan.start, end: Math.max(endSpan.end, startSpan.end) };
  }
  let category = input.category;
  if (category !== undefined && !categories.has(category)) {
    issues.add(
      joinPath(pathOf(item), 'category'),
      `unknown category "${category}"; shown without one`,
      'warning',
    );
    category = undefined;
  }
  // Built field by field rather than with conditional spreads: this runs once per event, and
  // a 10,000-event document should not allocate a throwaway object for every optional field.
  const event: Mutable<TimelineEvent> = {
    id: input.id,
    index: 0,
    start,
    kind: end ? 'period' : 'point',
    span,
    focus,
    time: eventAnchor(focus, input.qualifier),
    title: input.title,
    importance: input.importance ?? 'core',
    sources: input.sources
      ? input.sources.map((s, i) =>
          normalizeSource(s, joinPath(joinPath(pathOf(item), 'sources'), i), issues),
        )
      : NONE,
    places: input.places ?? NONE,
  };
  if (end) event.end = end;
  if (input.qualifier) event.qualifier = input.qualifier;
  if (input.displayDate !== undefined) event.displayDate = input.displayDate;
  if (input.summary !== undefined) event.summary = input.summary;
  if (category !== undefined) event.category = category;
  if (input.media !== undefined) {
    const media = normalizeMedia(input.media, joinPath(pathOf(item), 'media'), issues);
    if (media) event.media = media;
  }
  return event;
}

/**
 * A series with its points and notes left unchecked, so that they are checked one by one: a bad
 * point is reported and left out, and the rest of the series is still drawn.
 */
const SeriesShell = v.object({
  ...SeriesSchema.entries,
  points: v.array(v.unknown()),
  annotations: v.optional(v.array(v.unknown())),
});

function readPoints(item: Valid<v.InferOutput<typeof SeriesShell>>, issues: IssueList): SeriesInput {
  const { points, annotations, ...rest } = item.value;
  const path = pathOf(item);
  const values = <T>(valid: Valid<T>[]) => valid.map((p) => p.value);
  return {
    ...rest,
    points: values(eachValid(points, joinPath(path, 'points'), SeriesPointSchema, issues)),
    ...(annotations
      ? {
          annotations: values(
            eachValid(annotations, joinPath(path, 'annotations'), SeriesAnnotationSchema, issues),
          ),
        }
      : {}),
  };
}

function normalizeSeries(input: SeriesInput, path: string, issues: IssueList): Series {
  const points: SeriesPoint[] = input.points.map((p, i) => {
    const date = parseDate(p.date);
    const pointPath = joinPath(joinPath(path, 'points'), i);
    return {
      date,
      time: anchorTime(date),
      ...(p.value !== undefined ? { value: p.value } : {}),
      ...(p.low !== undefined ? { low: p.low } : {}),
      ...(p.high !== undefined ? { high: p.high } : {}),
      approximate: p.approximate ?? false,
      ...(p.source ? { source: normalizeSource(p.source, joinPath(pointPath, 'source'), issues) } : {}),
    };
  });
  points.sort((a, b) => a.time - b.time);
  const annotations: SeriesAnnotation[] = (input.annotations ?? []).map((a, i) => {
    const date = parseDate(a.date);
    const notePath = joinPath(joinPath(path, 'annotations'), i);
    return {
      date,
      time: anchorTime(date),
      text: a.text,
      ...(a.source ? { source: normalizeSource(a.source, joinPath(notePath, 'source'), issues) } : {}),
    };
  });
  annotations.sort((a, b) => a.time - b.time);
  return {
    id: input.id,
    label: input.label,
    ...(input.unit !== undefined ? { unit: input.unit } : {}),
    points,
    annotations,
  };
}

/**
 * Model order: time, then span start, then id. Compared, not subtracted: until the sort is
 * optimized, each difference of two times is a heap number, and a sort of 10,000 events makes
 * hundreds of thousands of them.
 */
function byTime(a: TimelineEvent, b: TimelineEvent): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start < b.span.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One item that passed its schema, and where it was in the document: its path is made only
 * when a problem is reported. A plain event brings its dates already read.
 */
interface Valid<T> {
  readonly value: T;
  readonly list: string;
  readonly index: number;
  readonly dates?: { readonly start: PartialDate; readonly end: PartialDate | undefined };
}

const pathOf = (item: Valid<unknown>) => joinPath(item.list, item.index);

/**
 * Parses each item of an array on its own; invalid items are reported and left out. `read`
 * prepares an item for the schema (events come uncopied; see `plainEvent`) or takes a plain
 * one straight away.
 */
function eachValid<T>(
  items: unknown,
  path: string,
  schema: v.GenericSchema<unknown, T>,
  issues: IssueList,
  limit = Infinity,
  read?: (item: unknown, index: number) => Valid<T> | { copy: unknown },
): Valid<T>[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    issues.add(path, 'expected a list');
    return [];
  }
  if (items.length > limit) {
    issues.add(path, `only the first ${limit} of ${items.length} items are shown`, 'warning');
  }
  const out: Valid<T>[] = [];
  const count = Math.min(items.length, limit);
  const before = issues.count;
  for (let i = 0; i < count; i++) {
    if (issues.count - before >= LIMITS.issues) {
      // A list this broken is no document anyone meant: reading the rest is work for nothing.
      const rest = count - i;
      issues.add(
        path,
        `stopped after ${LIMITS.issues} problems; ${rest} more items were not read`,
        'error',
        true,
      );
      break;
    }
    const item = read ? read(items[i], i) : { copy: items[i] };
    if ('value' in item) {
      out.push(item);
      continue;
    }
    const result = v.safeParse(schema, item.copy);
    if (result.success) out.push({ value: result.output, list: path, index: i });
    else report(joinPath(path, i), result.issues, issues);
  }
  return out;
}

/** An event as it comes: plain ones are taken as they are, the rest are copied for the schema. */
function readEvent(issues: IssueList) {
  return (item: unknown, index: number): Valid<EventInput> | { copy: unknown } => {
    const plain = plainEvent(item);
    return plain
      ? { value: plain.event, list: 'events', index, dates: plain }
      : { copy: withoutBadMedia(sanitize(item, ['events', index], issues, EventSchema), index, issues) };
  };
}

function uniqueIds<T extends { id: string }>(items: Valid<T>[], issues: IssueList): Valid<T>[] {
  // A loop, one look-up per id: a document's events all pass through here.
  const seen = new Set<string>();
  const out: Valid<T>[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = item.value.id;
    const size = seen.size;
    if (seen.add(id).size > size) out.push(item);
    else issues.add(joinPath(pathOf(item), 'id'), `duplicate id "${id}"; this item was left out`);
  }
  return out;
}

const EMPTY_MODEL: TimelineModel = { version: SCHEMA_VERSION, categories: [], events: [], series: [] };

/**
 * Validates a document (or a bare array of events) and normalizes it into a model.
 * Never throws; problems come back with their JSON paths.
 */
export function validateDocument(input: unknown): ValidationResult {
  const issues = new IssueList();
  let keyOrder: string[] = [];
  try {
    const document = Array.isArray(input) ? { events: input } : input;
    if (document !== null && typeof document === 'object') keyOrder = Object.keys(document);
    const model = readModel(document, issues);
    return { model, issues: issues.done(keyOrder) };
  } catch (error) {
    // A page's `data` can be a Proxy, revoked or with traps that throw, or an object whose
    // getters throw: whatever reading it throws becomes a problem, never an exception.
    const failed = new IssueList();
    failed.add('', `the data could not be read: ${errorText(error)}`);
    return { model: EMPTY_MODEL, issues: [...failed.done(), ...issues.done(keyOrder)] };
  }
}

/** A thrown value as text; reading it can throw too (a Proxy thrown as an error). */
function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'reading it threw an error';
  }
}

function readModel(input: unknown, issues: IssueList): TimelineModel {
  const raw = sanitizeDocument(input, issues);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.add('', 'expected a timeline document (an object with "events") or a list of events');
    return EMPTY_MODEL;
  }
  const doc = raw as Record<string, unknown>;
  if (doc.version !== undefined && doc.version !== SCHEMA_VERSION) {
    issues.add('version', `only version ${SCHEMA_VERSION} is supported, not ${shown(doc.version)}`);
    return EMPTY_MODEL;
  }
  if (!('events' in doc)) issues.add('events', 'is required; the timeline is empty', 'warning');

  // Document-level fields are checked one by one so that a bad title does not cost the events.
  const header: Record<string, unknown> = {};
  for (const key of [
    'title',
    'description',
    'language',
    'referenceDate',
    'focus',
    'source',
    'credit',
  ] as const) {
    if (doc[key] === undefined) continue;
    const result = v.safeParse(DocumentSchema.entries[key], doc[key]);
    if (result.success) header[key] = result.output;
    else report(key, result.issues, issues);
  }

  const categories: Category[] = uniqueIds(
    eachValid(doc.categories, 'categories', CategorySchema, issues),
    issues,
  ).map((item, i) => {
    const { value } = item;
    let color = value.color;
    if (color !== undefined && !isSafeColor(color)) {
      issues.add(
        joinPath(pathOf(item), 'color'),
        `${shown(color)} is not a CSS colour; the theme's colour is used`,
        'warning',
      );
      color = undefined;
    }
    return {
      id: value.id,
      label: value.label,
      ...(color !== undefined ? { color: color.trim() } : {}),
      shape: value.shape ?? SHAPES[i % SHAPES.length]!,
    };
  });
  const categoryIds = new Set(categories.map((c) => c.id));

  const events: Mutable<TimelineEvent>[] = [];
  const read = eachValid(doc.events, 'events', EventSchema, issues, LIMITS.events, readEvent(issues));
  const unique = uniqueIds(read, issues);
  for (let i = 0; i < unique.length; i++) {
    const event = normalizeEvent(unique[i]!, categoryIds, issues);
    if (event) events.push(event);
  }
  events.sort(byTime);
  // The events' extent is found in the pass that numbers them.
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    e.index = i;
    if (e.span.start < start) start = e.span.start;
    if (e.span.end > end) end = e.span.end;
  }

  const series = uniqueIds(eachValid(doc.series, 'series', SeriesShell, issues), issues).map((item) =>
    normalizeSeries(readPoints(item, issues), pathOf(item), issues),
  );

  const referenceDate =
    header.referenceDate === undefined ? undefined : parseDate(header.referenceDate as string);
  const source = header.source as SourceInput | SourceInput[] | undefined;
  const sources = (Array.isArray(source) ? source : source ? [source] : []).map((s, i) =>
    normalizeSource(s, Array.isArray(source) ? joinPath('source', i) : 'source', issues),
  );
  const model: TimelineModel = {
    version: SCHEMA_VERSION,
    ...(header.title !== undefined ? { title: header.title as TimelineModel['title'] } : {}),
    ...(header.description !== undefined
      ? { description: header.description as TimelineModel['description'] }
      : {}),
    ...(header.language !== undefined ? { language: header.language as string } : {}),
    ...(referenceDate ? { referenceDate } : {}),
    ...(sources.length ? { sources } : {}),
    ...(header.credit !== undefined ? { credit: header.credit as LocalizedText } : {}),
    categories,
    events,
    series,
  };
  const extent = computeExtent(model, start, end);
  const focus = readFocus(header.focus as TimelineDocument['focus'], extent, issues);
  return { ...model, ...(extent ? { extent } : {}), ...(focus ? { focus } : {}) };
}

/**
 * The focus as an interval: from the start of its first date to the end of its last (the end of
 * the data when it gives none). A focus that ends before it starts, or lies outside the data, is
 * dropped with a warning: the chart is then drawn on one even scale.
 */
function readFocus(
  focus: TimelineDocument['focus'],
  extent: Interval | undefined,
  issues: IssueList,
): Interval | undefined {
  if (!focus || !extent) return undefined;
  const start = dateInterval(parseDate(focus.start)).start;
  const end = focus.end === undefined ? extent.end : dateInterval(parseDate(focus.end)).end;
  if (end <= start) {
    issues.add('focus.end', 'the focus ends before it starts; ignored', 'warning');
    return undefined;
  }
  if (end <= extent.start || start >= extent.end) {
    issues.add('focus', 'the focus lies outside the events; ignored', 'warning');
    return undefined;
  }
  return { start, end };
}

/** The span of the data: the events' (from `start` to `end`), the series' and the reference date's. */
function computeExtent(model: TimelineModel, start: number, end: number): TimelineModel['extent'] {
  for (const s of model.series) {
    for (const p of s.points) {
      const span = dateInterval(p.date);
      if (span.start < start) start = span.start;
      if (span.end > end) end = span.end;
    }
  }
  if (model.referenceDate) {
    const span = dateInterval(model.referenceDate);
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return Number.isFinite(start) ? { start, end } : undefined;
}
