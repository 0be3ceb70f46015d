/**
 * The story's reference date: the day it was reported. A timeline read long after that day must
 * not present what was only planned then as what happened, so events that begin after it are
 * drawn as scheduled (as of the reference date).
 */
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import { dateInterval } from '../time/partial-date.js';

/** Whether an event begins after the reference date's span: scheduled as of that date. */
export function scheduledTest(model: TimelineModel): (event: TimelineEvent) => boolean {
  if (!model.referenceDate) return () => false;
  const after = dateInterval(model.referenceDate).end;
  return (event) => event.span.start >= after;
}
