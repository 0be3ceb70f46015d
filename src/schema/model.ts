/**
 * The normalized, typed model every later stage reads: events sorted by time, dates turned
 * into UTC intervals that keep their precision, text still localized (it is resolved per
 * element language at render time).
 */
import type { Interval, PartialDate, Qualifier } from '../time/partial-date.js';
import type { LocalizedText } from './document.js';

export type Importance = 'core' | 'context';
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

export interface Source {
  readonly name: LocalizedText;
  readonly speaker?: LocalizedText;
  readonly quote?: LocalizedText;
  /** Only `http:`, `https:` or relative URLs survive normalization. */
  readonly url?: string;
  readonly date?: PartialDate;
}

export interface Place {
  readonly name: LocalizedText;
  readonly lat?: number;
  readonly lon?: number;
}

/** An event's image, or a link when the address is a video or a social-media post. */
export interface Media {
  /** `image` is drawn with `<img>`; `link` (video, social media) is only ever a link. */
  readonly kind: 'image' | 'link';
  /** Only `http:`, `https:` or relative URLs survive normalization. */
  readonly url: string;
  readonly alt: LocalizedText;
  readonly caption?: LocalizedText;
  readonly credit?: LocalizedText;
  readonly width?: number;
  readonly height?: number;
}

export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
  readonly color?: string;
  readonly shape: Shape;
}

export interface TimelineEvent {
  readonly id: string;
  /** Position in the sorted model. */
  readonly index: number;
  readonly start: PartialDate;
  readonly end?: PartialDate;
  readonly qualifier?: Qualifier;
  /** A point (one date) or a period (start and end). */
  readonly kind: 'point' | 'period';
  /** The whole span the dates name, from the start of `start` to the end of `end` (or `start`). */
  readonly span: Interval;
  /** The part of the span the qualifier points at (equal to `span` without early/mid/late). */
  readonly focus: Interval;
  /** The instant that stands for the event on the axis and orders events. */
  readonly time: number;
  readonly displayDate?: LocalizedText;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly category?: string;
  readonly importance: Importance;
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly media?: Media;
}

export interface SeriesPoint {
  readonly date: PartialDate;
  readonly time: number;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly approximate: boolean;
  readonly source?: Source;
}

export interface Series {
  readonly id: string;
  readonly label: LocalizedText;
  readonly unit?: LocalizedText;
  /** Sorted by time; several points on one date are disputed estimates of one observation. */
  readonly points: readonly SeriesPoint[];
  /** Notes on the track, sorted by time. */
  readonly annotations: readonly SeriesAnnotation[];
}

export interface SeriesAnnotation {
  readonly date: PartialDate;
  readonly time: number;
  readonly text: LocalizedText;
  readonly source?: Source;
}

export interface TimelineModel {
  readonly version: number;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly language?: string;
  readonly referenceDate?: PartialDate;
  /** Where the story is (from the start of its first date to the end of its last). */
  readonly focus?: Interval;
  /** The document's own sources, for the footer. */
  readonly sources?: readonly Source[];
  readonly credit?: LocalizedText;
  readonly categories: readonly Category[];
  readonly events: readonly TimelineEvent[];
  readonly series: readonly Series[];
  /** The span covered by every event, series point and the reference date; undefined when empty. */
  readonly extent?: Interval;
}

export type Severity = 'error' | 'warning';

/** A problem found in the input, with the JSON path where it was found. */
export interface ValidationIssue {
  /** e.g. `events[3].start`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
  /** `error`: the item was left out; `warning`: the item was kept, the value repaired or dropped. */
  readonly severity: Severity;
}

export interface ValidationResult {
  readonly model: TimelineModel;
  readonly issues: readonly ValidationIssue[];
}
