/**
 * What each field of the document means, for the published JSON Schema (editors show these as
 * hover text and completions). Keyed by the runtime schemas themselves, and typed so that every
 * field of a schema needs its sentence: a field added to a schema without one does not compile.
 * Read only at build time; the element's bundle does not include this module.
 */
import {
  CategorySchema,
  DocumentSchema,
  EventSchema,
  PlaceSchema,
  SeriesAnnotationSchema,
  SeriesPointSchema,
  SeriesSchema,
  SourceSchema,
} from './document.js';

type Fields<S> = S extends { readonly entries: infer E } ? { readonly [K in keyof E]: string } : never;

/** Field descriptions by the object schema they belong to. */
export const FIELD_DESCRIPTIONS = new Map<unknown, Readonly<Record<string, string>>>();

function describe<S>(schema: S, fields: Fields<S>): void {
  FIELD_DESCRIPTIONS.set(schema, fields as Readonly<Record<string, string>>);
  // A piped object schema is converted through the object at the head of its pipe.
  const head = (schema as { pipe?: readonly unknown[] }).pipe?.[0];
  if (head) FIELD_DESCRIPTIONS.set(head, fields as Readonly<Record<string, string>>);
}

const TEXT =
  'a string in the document\'s `language`, or an object of language tags to text: {"ar": "…", "en": "…"}';
const DATE = 'a partial date: YYYY, YYYY-MM or YYYY-MM-DD (years 0001–9999), naming its whole span in UTC';

describe(DocumentSchema, {
  $schema: 'The URL of this JSON Schema, for editors.',
  version: 'The document format version; only 1 exists.',
  title: `The timeline's title, shown as its caption; ${TEXT}.`,
  description: `The dek under the title and the chart's accessible long description; ${TEXT}.`,
  language: 'The language of plain-string text in the document, a BCP 47 tag such as "ar" or "en".',
  referenceDate: `The date the story was reported: resolves relative wording such as "last year", drawn as "As of …"; ${DATE}.`,
  source:
    "Where the document's facts come from (one source, or a list), shown in the footer and linked when a URL is given.",
  credit: `Who made the graphic or gathered the data, shown in the footer ("Graphic: …"); ${TEXT}.`,
  categories: 'Kinds of events, each with a label, an optional colour and a shape, shown in the legend.',
  events: 'The dated events, in any order; each needs a unique id, a start and a title.',
  series: 'Quantitative series (such as troop numbers) drawn on a track under the events.',
});

describe(EventSchema, {
  id: 'A unique id (1–200 characters): used for selection, deep links and `data-id`.',
  start: `When the event starts, or happened; ${DATE}.`,
  end: `When a period ends (its span must not close before the start's opens); ${DATE}.`,
  qualifier:
    'How the date is hedged: early, mid, late (a third of the span), about, by (a deadline), before or after.',
  displayDate: `The source's own wording of the date ("the end of last August"), shown beside the computed date; ${TEXT}.`,
  title: `The event's headline; ${TEXT}.`,
  summary: `A sentence or two on what happened; ${TEXT}.`,
  category: "The id of one of the document's categories; an unknown id is dropped with a warning.",
  importance:
    '"core" events are the story\'s headlines and are always labelled; "context" events are background.',
  sources: 'Who says so: outlets, documents or speakers, with quotes, links and dates.',
  places: 'Where it happened, by name and optional coordinates.',
});

describe(SourceSchema, {
  name: `The outlet, document or organisation; ${TEXT}.`,
  speaker: `The person quoted, when there is one; ${TEXT}.`,
  quote: `The speaker's own words; ${TEXT}.`,
  url: 'An http(s) or relative link; any other scheme is dropped with a warning and the name shown as text.',
  date: `When the source said it; ${DATE}.`,
});

describe(PlaceSchema, {
  name: `The place's name; ${TEXT}.`,
  lat: 'Latitude in degrees, -90 to 90.',
  lon: 'Longitude in degrees, -180 to 180.',
});

describe(CategorySchema, {
  id: 'The id events name in their `category`.',
  label: `The category's name in the legend; ${TEXT}.`,
  color: "A CSS colour for its marks; the theme's palette (--drawdown-category-1…6) is used when absent.",
  shape: 'The mark drawn for its events, so that colour is never the only difference.',
});

describe(SeriesSchema, {
  id: 'A unique id for the series.',
  label: `The series' name; ${TEXT}.`,
  unit: `What is counted ("troops"); ${TEXT}.`,
  points:
    'The figures by date. Several points on one date are a disputed figure, drawn as a range, never averaged.',
  annotations: 'Notes on the track at a date, such as an announced change.',
});

describe(SeriesPointSchema, {
  date: `The date of the figure; ${DATE}.`,
  value: 'The figure, when there is one.',
  low: 'The lower estimate; alone it reads "more than …".',
  high: 'The upper estimate; alone it reads "fewer than …".',
  approximate: 'The figure is approximate ("about 2,500").',
  source: 'Who gives this figure.',
});

describe(SeriesAnnotationSchema, {
  date: `Where the note stands on the track; ${DATE}.`,
  text: `The note; ${TEXT}.`,
  source: 'Who says so.',
});
