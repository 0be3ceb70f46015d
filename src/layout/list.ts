/**
 * The sections and rows of the list view. Pure: the list's year headings, its numbering and a
 * series table's disputed figures are counted here, not in templates. Only the list (a chunk of
 * its own in the single-file bundle) reads them, so they travel with it.
 */
import type { Series, SeriesPoint, TimelineEvent } from '../schema/model.js';
import { utcDay } from '../time/partial-date.js';

/** The events of one year of the list view, under that year's heading. */
export interface YearSection {
  /** The first instant of the year (UTC), for its heading. */
  readonly time: number;
  readonly events: readonly TimelineEvent[];
  /** The number of the section's first event in the whole list (from 1). */
  readonly first: number;
}

/** Events grouped by the year of their start, in time order. */
export function yearSections(events: readonly TimelineEvent[]): YearSection[] {
  const sections: Array<{ time: number; year: number; events: TimelineEvent[] }> = [];
  for (const e of events) {
    const year = e.start.year;
    const last = sections[sections.length - 1];
    if (last && last.year === year) last.events.push(e);
    else sections.push({ year, time: utcDay(year, 1, 1), events: [e] });
  }
  // Numbers run on across the years: the list counts every event once, in time order.
  let first = 1;
  return sections.map(({ time, events: list }) => {
    const section = { time, events: list, first };
    first += list.length;
    return section;
  });
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
