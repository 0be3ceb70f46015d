/**
 * The sections and rows of the list view. Pure: the list's year headings, its key events' numbers and a
 * series table's disputed figures are counted here, not in templates. Only the list (a chunk of
 * its own in the single-file bundle) reads them, so they travel with it.
 */
import type { Series, SeriesPoint, TimelineEvent } from '../schema/model.js';
import { utcDay } from '../time/partial-date.js';
import { numbered } from './marks.js';
import { coreRanks } from './visible.js';

/** The events of one year of the list view, under that year's heading. */
export interface YearSection {
  /** The first instant of the year (UTC), for its heading. */
  readonly time: number;
  readonly events: readonly TimelineEvent[];
  /**
   * Each event's number on the chart, beside it in `events`: a key event's headline number
   * (1, 2, … in time order), undefined for the others. The list shows the chart's numbers and
   * no other, so that "2" is the same event in both views.
   */
  readonly numbers: readonly (number | undefined)[];
}

/** Events grouped by the year of their start, in time order. */
export function yearSections(events: readonly TimelineEvent[]): YearSection[] {
  const ranks = coreRanks(events);
  const sections: Array<
    YearSection & { year: number; events: TimelineEvent[]; numbers: (number | undefined)[] }
  > = [];
  for (const e of events) {
    const year = e.start.year;
    let last = sections[sections.length - 1];
    if (!last || last.year !== year)
      sections.push((last = { year, time: utcDay(year, 1, 1), events: [], numbers: [] }));
    last.events.push(e);
    last.numbers.push(numbered(e, ranks).number);
  }
  return sections;
}

/** One row of a series' table: a point, and whether another point gives the same date a different figure. */
export interface SeriesRow {
  readonly point: SeriesPoint;
  readonly disputed: boolean;
}

/** A series' points as table rows; several points on one date are a disputed figure, each kept. */
export function seriesRows(series: Series): SeriesRow[] {
  const perTime = new Map<number, number>();
  for (const p of series.points) perTime.set(p.time, (perTime.get(p.time) ?? 0) + 1);
  return series.points.map((point) => ({ point, disputed: (perTime.get(point.time) ?? 0) > 1 }));
}
