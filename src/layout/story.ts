/**
 * The order a reader steps through a story in. Pure: the card's "n of N" is counted here, not in
 * templates (the list view's sections are in `list.ts`).
 */
import type { TimelineEvent } from '../schema/model.js';

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
