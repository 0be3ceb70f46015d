/**
 * The order a reader steps through a story in, and the sections of the list view. Pure: the
 * card's "n of N" and the list's year headings are counted here, not in templates.
 */
import type { Series, SeriesPoint, TimelineEvent } from '../schema/model.js';
import { utcDay } from '../time/partial-date.js';
import { numbered } from './marks.js';
import { coreRanks } from './visible.js';

/** Where the reader is in the story: a 1-based position and the neighbours in time order. */
export interface StoryStep {
  /** 1-based position among the events shown (0 before the first). */
  readonly position: number;
  /** 0-based index among the events shown (-1 before the first). */
  readonly index: number;
  readonly count: number;
  readonly previous?: TimelineEvent;
  readonly next?: TimelineEvent;
}

/** The events a reader steps through: time order, without those the category filter hides. */
export function storyEvents(
  events: readonly TimelineEvent[],
  shown?: ReadonlySet<string>,
): readonly TimelineEvent[] {
  return shown ? events.filter((e) => e.category !== undefined && shown.has(e.category)) : events;
}

/**
 * The step of the event with `id`; with no such event (nothing selected, or the title card) the
 * step before the first event: its `next` is the first event and it has no position.
 */
export function storyStep(steps: readonly TimelineEvent[], id: string | undefined): StoryStep {
  const index = id === undefined ? -1 : steps.findIndex((e) => e.id === id);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = steps[index + 1];
  return {
    position: index + 1,
    index,
    count: steps.length,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

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
  const sections: Array<{
    time: number;
    year: number;
    events: TimelineEvent[];
    numbers: (number | undefined)[];
  }> = [];
  for (const e of events) {
    const year = e.start.year;
    let last = sections[sections.length - 1];
    if (!last || last.year !== year)
      sections.push((last = { year, time: utcDay(year, 1, 1), events: [], numbers: [] }));
    last.events.push(e);
    last.numbers.push(numbered(e, ranks).number);
  }
  return sections.map(({ time, events: list, numbers }) => ({ time, events: list, numbers }));
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
