/**
 * The event document schema, version 1: one runtime schema from which the TypeScript types are
 * inferred and the published JSON Schema is generated. valibot is used because its schemas are
 * plain data checked by plain functions (no `eval`, so a strict CSP holds) and tree-shake down
 * to the few validators used here.
 */
import * as v from 'valibot';
import { DATE_PATTERN, QUALIFIERS, parsePartialDate } from '../time/partial-date.js';

export const SCHEMA_VERSION = 1;

export const IMPORTANCE = ['core', 'context'] as const;

/** Longest text kept from a document; longer text is cut with an ellipsis and reported. */
export const MAX_TEXT_LENGTH = 2_000;

/** BCP 47 language tag, loosely: `ar`, `en`, `ar-IQ`, `zh-Hant-TW`. */
const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "ar" or "en-GB"'),
);

/** Text in one language, or in several: `"…"` or `{ "ar": "…", "en": "…" }`. */
export const LocalizedTextSchema = v.union(
  [v.string(), v.record(LanguageTag, v.string())],
  'expected text, or an object of language tags to text such as {"ar": "…", "en": "…"}',
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked as a real calendar date. */
export const PartialDateSchema = v.pipe(
  v.string('expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'),
  v.regex(DATE_PATTERN, (issue) => describeDateProblem(issue.input)),
  v.check(
    (text) => parsePartialDate(text).ok,
    (issue) => describeDateProblem(issue.input),
  ),
);

function describeDateProblem(input: unknown): string {
  const parsed = parsePartialDate(input);
  return parsed.ok ? 'invalid date' : parsed.message;
}

/** Longest id. */
export const MAX_ID_LENGTH = 200;

const Id = v.pipe(
  v.string('expected an id (text)'),
  v.minLength(1, 'an id cannot be empty'),
  v.maxLength(MAX_ID_LENGTH, `an id is at most ${MAX_ID_LENGTH} characters`),
);

export const SourceSchema = v.object({
  /** Outlet, document or organisation. */
  name: LocalizedTextSchema,
  /** The person quoted, when there is one. */
  speaker: v.optional(LocalizedTextSchema),
  quote: v.optional(LocalizedTextSchema),
  /** `http:`/`https:` or relative; any other scheme is dropped with a warning. */
  url: v.optional(v.string()),
  date: v.optional(PartialDateSchema),
});

export const PlaceSchema = v.object({
  name: LocalizedTextSchema,
  lat: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180))),
});

/** Largest width or height (px) an image may declare. */
export const MAX_MEDIA_SIZE = 10_000;

const MediaSize = v.pipe(
  v.number(),
  v.integer('expected a whole number of pixels'),
  v.minValue(1, 'expected at least 1 pixel'),
  v.maxValue(MAX_MEDIA_SIZE, `expected at most ${MAX_MEDIA_SIZE} pixels`),
);

/**
 * One image for an event. `alt` is required: an image without it is reported and not shown.
 * `width` and `height` (the image's own pixels) reserve its space before it loads. A video or
 * social-media address is shown as a link, never embedded.
 */
export const MediaSchema = v.object({
  /** `http:`/`https:` or relative; any other scheme is dropped with a warning. */
  url: v.pipe(v.string('expected a URL'), v.minLength(1, 'a URL cannot be empty')),
  /** What the image shows, for readers who cannot see it. */
  alt: LocalizedTextSchema,
  caption: v.optional(LocalizedTextSchema),
  /** Photographer or agency. */
  credit: v.optional(LocalizedTextSchema),
  width: v.optional(MediaSize),
  height: v.optional(MediaSize),
});

export const CategorySchema = v.object({
  id: Id,
  label: LocalizedTextSchema,
  /**
   * A CSS colour (`#7a1f1f`, `rebeccapurple`, `rgb(…)`); anything that is not only a colour
   * (`url(…)`, `var(…)`, `image-set(…)`) is dropped with a warning and the theme's palette used.
   */
  color: v.optional(v.string()),
  /** The mark drawn for events of this category, so colour is never the only difference. */
  shape: v.optional(v.picklist(['circle', 'square', 'diamond', 'triangle', 'star'])),
});

export const EventSchema = v.object({
  id: Id,
  start: PartialDateSchema,
  end: v.optional(PartialDateSchema),
  qualifier: v.optional(v.picklist(QUALIFIERS, `expected one of: ${QUALIFIERS.join(', ')}`)),
  /** The source's own wording of the date ("last year"), shown beside the computed date. */
  displayDate: v.optional(LocalizedTextSchema),
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  category: v.optional(v.string()),
  importance: v.optional(v.picklist(IMPORTANCE, 'expected "core" or "context"')),
  sources: v.optional(v.array(SourceSchema)),
  places: v.optional(v.array(PlaceSchema)),
  /** One image, shown in the card and the list. */
  media: v.optional(MediaSchema),
});

/** A figure: `Infinity` and 300-digit numbers are no observation anyone made. */
const FiniteNumber = v.pipe(
  v.number(),
  v.finite('expected a finite number'),
  v.check((n) => Math.abs(n) < 1e15, 'expected a number below 10^15 in size'),
);

export const SeriesPointSchema = v.pipe(
  v.object({
    date: PartialDateSchema,
    /** A single figure (finite). */
    value: v.optional(FiniteNumber),
    /** Estimate bounds; a missing bound is open ("more than 3,000" has only `low`). */
    low: v.optional(FiniteNumber),
    high: v.optional(FiniteNumber),
    /** The figure is approximate ("about 2,500"). */
    approximate: v.optional(v.boolean()),
    source: v.optional(SourceSchema),
  }),
  v.check(
    (p) => p.value !== undefined || p.low !== undefined || p.high !== undefined,
    'a point needs a value, or a low and/or high estimate',
  ),
  v.check((p) => p.low === undefined || p.high === undefined || p.low <= p.high, 'low is greater than high'),
);

/** A note on the track at a date, e.g. an announced change ("about 20% fewer troops"). */
export const SeriesAnnotationSchema = v.object({
  date: PartialDateSchema,
  text: LocalizedTextSchema,
  source: v.optional(SourceSchema),
});

export const SeriesSchema = v.object({
  id: Id,
  label: LocalizedTextSchema,
  unit: v.optional(LocalizedTextSchema),
  points: v.array(SeriesPointSchema),
  annotations: v.optional(v.array(SeriesAnnotationSchema)),
});

/** Where the story is: a span from `start` to an optional `end`. */
export const FocusSchema = v.object({ start: PartialDateSchema, end: v.optional(PartialDateSchema) });

export const DocumentSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.optional(v.literal(SCHEMA_VERSION, `only version ${SCHEMA_VERSION} is supported`)),
  title: v.optional(LocalizedTextSchema),
  /** The accessible long description of the whole timeline. */
  description: v.optional(LocalizedTextSchema),
  /** Language of plain-string text in the document. */
  language: v.optional(LanguageTag),
  /**
   * The date the story was reported: resolves relative wording such as "last year", and is drawn
   * as "As of …"; what lies after it is drawn as scheduled as of that date.
   */
  referenceDate: v.optional(PartialDateSchema),
  /**
   * Where the story is: this span gets most of the chart's width, and the years around it are
   * drawn compressed behind a marked axis break. `end` defaults to the end of the data.
   */
  focus: v.optional(FocusSchema),
  /** Where the document's facts come from (one source, or a list): shown in the footer, linked when a URL is given. */
  source: v.optional(
    v.union(
      [SourceSchema, v.array(SourceSchema)],
      'expected a source ({"name": …, "url": …}) or a list of sources',
    ),
  ),
  /** Who made the graphic or gathered the data, shown in the footer ("Graphic: …"). */
  credit: v.optional(LocalizedTextSchema),
  categories: v.optional(v.array(CategorySchema)),
  events: v.array(EventSchema),
  series: v.optional(v.array(SeriesSchema)),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
export type PlaceInput = v.InferOutput<typeof PlaceSchema>;
export type CategoryInput = v.InferOutput<typeof CategorySchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type SeriesPointInput = v.InferOutput<typeof SeriesPointSchema>;
export type SeriesInput = v.InferOutput<typeof SeriesSchema>;
/** A timeline document as written by people and tools (JSON). */
export type TimelineDocument = v.InferOutput<typeof DocumentSchema>;
