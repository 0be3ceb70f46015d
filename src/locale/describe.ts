/**
 * Every composed text, each written once and used both to measure and to draw: event labels,
 * dates, accessible names, series figures; and the texts for assistive technology (the chart's
 * keys, an event's place in time order, each series told in words). Every word comes from the
 * strings table; the element and the templates only place the results.
 */
import type { Series, SeriesAnnotation, SeriesPoint, TimelineEvent, TimelineModel } from '../schema/model.js';
import { dateInterval, type Interval, type PartialDate } from '../time/partial-date.js';
import type { Formatters } from './format.js';
import { fill } from './strings.js';

/** A date with its precision, or a period, as the reader sees it. */
export function eventDate(e: TimelineEvent, f: Formatters): string {
  return e.end ? f.period(e.start, e.end, e.qualifier) : f.date(e.start, e.qualifier);
}

/** The date in the Gregorian calendar, shown beside a date written in another calendar. */
export function gregorianDate(e: TimelineEvent, f: Formatters): string {
  return e.end
    ? `${f.gregorian(e.start, e.qualifier)} – ${f.gregorian(e.end)}`
    : f.gregorian(e.start, e.qualifier);
}

/**
 * A date held on one line: its words (day, month, year) joined by no-break spaces, which the
 * browser and the layout's line breaking both keep together. A period may still break after its
 * dash, between its two dates.
 */
const held = (date: string, space = '\u00a0') => date.replace(/(?<!–) (?!–)/g, space);

/**
 * A core event's label: its date as the card and list write it, then its title ("Sep 27, 2024 — …").
 * The word that introduces the date ("by", "late") is held to it too, by a no-break space with a
 * word joiner (U+2060, unseen) after it: a line too narrow for the whole may set that word apart
 * (see `stackedLabels`), never the date's own words.
 */
export function coreLabelText(e: TimelineEvent, f: Formatters, language: string | undefined): string {
  const bare = f.date(e.start);
  const date = held(eventDate(e, f).replace(bare, held(bare)), '\u00a0\u2060');
  return fill(f.strings.coreLabel, { date, title: f.text(e.title, language) });
}

/**
 * An event's label on the chart: a core event's date and title, and a deadline's ("by Sep 2026 —
 * …"): a deadline's label names its date, which the axis may not tell (a compressed stretch has
 * few ticks). Another event's label is its title.
 */
export function labelText(e: TimelineEvent, f: Formatters, language: string | undefined): string {
  const text =
    e.importance === 'core' || e.qualifier === 'by'
      ? coreLabelText(e, f, language)
      : f.text(e.title, language);
  return joinDashed(text);
}

/**
 * A label's words joined by a hyphen or a dash ("US–Iraq", "al-Asad") stay on one line: a word
 * joiner (U+2060, unseen and unspoken) after the dash keeps the browser from breaking there, and
 * the layout's line breaking reads it the same way.
 */
function joinDashed(text: string): string {
  return text.replace(/(\p{L})([-–])(?=\p{L})/gu, '$1$2\u2060');
}

/** The document's title, or the words for an untitled one. */
export function documentTitle(model: TimelineModel | undefined, f: Formatters): string {
  return model?.title ? f.text(model.title, model.language) : f.strings.untitled;
}

/** What the live region says when an event is selected: its title and date. */
export function selectedWords(e: TimelineEvent, f: Formatters, language: string | undefined): string {
  return fill(f.strings.selectedAnnouncement, { title: f.text(e.title, language), date: eventDate(e, f) });
}

/** What the live region says when the window moves: its first and last day. */
export function windowWords(shown: Interval, f: Formatters): string {
  return fill(f.strings.rangeAnnouncement, { start: f.day(shown.start), end: f.day(shown.end) });
}

/** The accessible name of an event: date with precision, title, category. */
export function eventName(e: TimelineEvent, f: Formatters, model: TimelineModel): string {
  const category = model.categories.find((c) => c.id === e.category);
  const parts = [eventDate(e, f), f.text(e.title, model.language)];
  if (category) parts.push(f.text(category.label, model.language));
  return parts.join(' — ');
}

/** The accessible name of a cluster: how many events, from when to when. */
export function clusterName(count: number, span: Interval, f: Formatters): string {
  return fill(f.strings.clusterLabel, {
    count: f.number(count),
    start: f.day(span.start),
    end: f.day(span.end - 1),
  });
}

/** The figures track's heading: "Figures (troops)". */
export function seriesHeading(model: TimelineModel, f: Formatters): string {
  const unit = model.series[0]?.unit;
  return unit ? `${f.strings.seriesLabel} (${f.text(unit, model.language)})` : f.strings.seriesLabel;
}

/**
 * The reference date's words: "As of the report, <date>". Readers meet the story long after that
 * day, and the rule stands among marks of their own dates: the words name the report, so that
 * the date is not read as a nearby mark's. The date is kept on one line: where the words wrap,
 * they wrap before it.
 */
export function referenceWords(f: Formatters, date: PartialDate): string {
  return fill(f.strings.asOf, { date: held(f.date(date)) });
}

/** What a text on the series track says: a series' title, a note, or a figure. */
export interface SeriesTextContent {
  readonly kind: 'title' | 'value' | 'estimate' | 'note';
  readonly series: Series;
  readonly note?: SeriesAnnotation;
  readonly point?: SeriesPoint;
  /** A note told under the track, away from its line and its date: it names both. */
  readonly wrap?: number;
}

/** Between the parts of a series text: an estimate's figure and its source. */
export const PART_SEPARATOR = ' · ';

/**
 * The parts of a text on the series track, each isolated when drawn: a title or a note; a figure;
 * an estimate's figure and its source (a disputed figure always names who gives it). Told under
 * the track, a note or an estimate first names its series and its date.
 */
export function seriesTextParts(t: SeriesTextContent, f: Formatters, lang: string | undefined): string[] {
  const label = f.text(t.series.label, lang);
  if (t.kind === 'title') return [label];
  // A figure with its hedge ("about 2,500") and a date are held on one line, as a label's date is.
  const value = t.point && held(seriesValue(t.point, f));
  const parts =
    t.kind === 'note'
      ? [f.text(t.note!.text, lang)]
      : t.kind === 'estimate' && t.point!.source
        ? [value!, f.text(t.point!.source.name, lang)]
        : [value!];
  // Told under the track, away from its line and its date: it names both.
  return t.wrap === undefined ? parts : [label, held(f.date((t.note ?? t.point)!.date)), ...parts];
}

/** A text on the series track as one string, as it is measured. */
export function seriesText(t: SeriesTextContent, f: Formatters, lang: string | undefined): string {
  return seriesTextParts(t, f, lang).join(PART_SEPARATOR);
}

/** A figure as the reader sees it: "about 2,500", "more than 3,000", "2,000–2,500". */
export function seriesValue(p: SeriesPoint, f: Formatters): string {
  if (p.value !== undefined) {
    return fill(p.approximate ? f.strings.approximately : '{value}', { value: f.number(p.value) });
  }
  if (p.low !== undefined && p.high !== undefined) {
    return fill(f.strings.range, { low: f.number(p.low), high: f.number(p.high) });
  }
  if (p.low !== undefined) return fill(f.strings.moreThan, { value: f.number(p.low) });
  return fill(f.strings.lessThan, { value: f.number(p.high ?? 0) });
}

/** The arrow keys that move forward and back in time, as `{forward}` and `{back}`. */
function arrows(f: Formatters, forward: 'right' | 'left' | 'down'): { forward: string; back: string } {
  const s = f.strings;
  return forward === 'right'
    ? { forward: s.keyRight, back: s.keyLeft }
    : forward === 'left'
      ? { forward: s.keyLeft, back: s.keyRight }
      : { forward: s.keyDown, back: s.keyUp };
}

/** The chart's keys; `forward` names the arrow that moves forward in time as drawn. */
export function keyboardHelp(f: Formatters, forward: 'right' | 'left' | 'down'): string {
  return fill(f.strings.keyboardHelp, arrows(f, forward));
}

/** The series track's keys; `forward` names the arrow that moves forward in time on the track. */
export function seriesKeysHelp(f: Formatters, forward: 'right' | 'left', several: boolean): string {
  const keys = fill(f.strings.seriesKeys, arrows(f, forward));
  return several ? `${keys} ${f.strings.seriesSwitch}` : keys;
}

/** "3 of 12": an event's place in time order. */
export function positionText(index: number, count: number, f: Formatters): string {
  return fill(f.strings.position, { index: f.number(index + 1), count: f.number(count) });
}

/** One observation told in words: a single figure, or the estimates that disagree on a date. */
export interface Observation {
  readonly time: number;
  readonly text: string;
  readonly disputed: boolean;
}

/** The series told in words: a summary, and each observation with the notes that belong to it. */
export interface SeriesWords {
  readonly label: string;
  readonly summary: string;
  readonly observations: readonly string[];
  /** The instant of each observation, in the same order. */
  readonly times: readonly number[];
}

export function describeSeries(series: Series, f: Formatters, lang: string | undefined): SeriesWords {
  const label = f.text(series.label, lang);
  const unit = series.unit ? ` ${f.text(series.unit, lang)}` : '';
  const figure = (p: SeriesPoint) => {
    const source = p.source ? f.text(p.source.name, lang) : '—';
    return fill(f.strings.observation, {
      value: `${seriesValue(p, f)}${unit}`,
      date: f.date(p.date),
      source,
    });
  };
  // Points on one date are one observation: one figure, or estimates that disagree.
  const groups: SeriesPoint[][] = [];
  for (const p of series.points) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.time === p.time) last.push(p);
    else groups.push([p]);
  }
  const observations: Observation[] = groups.map((group) =>
    group.length === 1
      ? { time: group[0]!.time, text: figure(group[0]!), disputed: false }
      : {
          time: group[0]!.time,
          disputed: true,
          text: fill(f.strings.disputedObservation, {
            date: f.date(group[0]!.date),
            estimates: group
              .map((p) =>
                fill('{value}{unit} ({source})', {
                  value: seriesValue(p, f),
                  unit,
                  source: p.source ? f.text(p.source.name, lang) : '—',
                }),
              )
              .join('; '),
          }),
        },
  );
  const notes = new Map<number, string[]>();
  for (const note of series.annotations) {
    const at = noteOwner(note, observations);
    if (at < 0) continue;
    notes.set(at, [...(notes.get(at) ?? []), fill(f.strings.seriesNote, { text: f.text(note.text, lang) })]);
  }
  const texts = observations.map((o, i) => [o.text, ...(notes.get(i) ?? [])].join('. '));
  let min = Infinity;
  let max = -Infinity;
  for (const p of series.points) {
    for (const v of [p.value, p.low, p.high]) {
      if (v === undefined) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  const first = texts[0];
  const last = texts[texts.length - 1];
  const summary =
    first === undefined || last === undefined
      ? label
      : fill(f.strings.seriesSummary, {
          label,
          count: f.number(observations.length),
          start: f.date(series.points[0]!.date),
          end: f.date(series.points[series.points.length - 1]!.date),
          min: `${f.number(min)}${unit}`,
          max: `${f.number(max)}${unit}`,
          first,
          last,
        });
  return { label, summary, observations: texts, times: observations.map((o) => o.time) };
}

/**
 * The observation a note belongs to: the latest one inside the note's span (a note dated
 * September 2025 belongs to the figure of 30 September 2025), else the latest before it, else
 * the first. -1 when there is none.
 */
function noteOwner(note: SeriesAnnotation, observations: readonly Observation[]): number {
  const span = dateInterval(note.date);
  let owner = observations.length > 0 ? 0 : -1;
  for (let i = 0; i < observations.length; i++) if (observations[i]!.time < span.end) owner = i;
  return owner;
}

/**
 * What went wrong with the data, as the message area tells a reader first: a failed `src`
 * request (a short note for readers, its HTTP status for authors (`debug`); the network; or its
 * timeout of `seconds`); else data that could not be read at all; else the count of errors for
 * authors, a short note for readers, each saying whether any event (`none`: not one) is shown.
 */
export function messageHeadline(
  f: Formatters,
  failure: { readonly status: number; readonly timedOut?: boolean | undefined } | undefined,
  seconds: number,
  unreadable: boolean,
  errors: number,
  debug: boolean,
  none = false,
): string {
  if (failure) {
    if (failure.timedOut) return fill(f.strings.timeoutError, { seconds: f.number(seconds) });
    if (failure.status <= 0) return f.strings.networkError;
    return debug ? fill(f.strings.httpError, { status: failure.status }) : f.strings.loadError;
  }
  if (unreadable) return f.strings.parseError;
  if (debug) return fill(none ? f.strings.problemsNone : f.strings.problems, { count: f.number(errors) });
  return none ? f.strings.dataNoneNote : f.strings.dataNote;
}
