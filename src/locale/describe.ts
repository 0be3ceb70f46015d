/**
 * Composed texts for assistive technology: the chart's keys, an event's place in time order,
 * and each series told in words (its summary, and each observation with its date, source and
 * notes). Every word comes from the strings table; the element only places the results.
 */
import type { Series, SeriesAnnotation, SeriesPoint } from '../schema/model.js';
import { dateInterval } from '../time/partial-date.js';
import type { Formatters } from './format.js';
import { fill } from './strings.js';

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
