/**
 * The story's reference date: the day it was reported. A timeline read long after that day must
 * not present what was only planned then as what happened, so events that begin after it are
 * drawn as scheduled (as of the reference date).
 */
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import { anchorTime, dateInterval, type PartialDate } from '../time/partial-date.js';
import type { Box, Segment } from './geometry.js';
import { METRICS, TEXT_LINES, type TextLines } from './metrics.js';
import { MAX_PHONE_LABEL_LINES, wrappedLines } from './labels.js';
import { bestPlace, nearCandidates, occupiedBoxes, type Candidate, type TextWidths } from './occupied.js';
import { REFERENCE_CLEARANCE, referenceColumn, twoLineWidth } from './tick-column.js';
import type { Layout } from './types.js';

/**
 * Where the reference date's rule stands in time: at the end of its span, where what was known
 * as of that date ends and what was only scheduled begins. A deadline "by" that date is drawn
 * there too, so its mark stands on the rule, not beside it.
 */
export function referenceTime(date: PartialDate): number {
  return dateInterval(date).end;
}

/**
 * A time scale on which a figure dated the reference date stands on its rule: drawn at the middle
 * of that day, it would stand beside the rule, half a day off, a few px once zoomed in.
 */
export function onRule(x: (time: number) => number, date: PartialDate | undefined): (time: number) => number {
  if (!date) return x;
  const own = anchorTime(date);
  const rule = referenceTime(date);
  return (time) => x(time === own ? rule : time);
}

/** Whether an event begins after the reference date's span: scheduled as of that date. */
export function scheduledTest(model: TimelineModel): (event: TimelineEvent) => boolean {
  if (!model.referenceDate) return () => false;
  const after = referenceTime(model.referenceDate);
  return (event) => event.span.start >= after;
}

/** How far from their rule the words may move to find a clear place, along it. */
const REACH = 96;

/**
 * Where the reference date's words go: touching their rule, inside the drawing, clear of every
 * label, mark, tick text, figure and the axis; horizontal, the nearest such place under the
 * timeline's axis beside the rule, else at the rule's foot under the figures; vertical, the
 * nearest to the rule's foot, under the rule in the tick column. When the
 * reference date lies outside the window the rule and its words are left out: at the chart's
 * edge they would name a day the chart does not show.
 */
export function withReference(
  layout: Layout,
  words: string | undefined,
  measure: (text: string) => number,
  widths: TextWidths,
): Layout {
  const { now, ...rest } = layout;
  if (!now) return rest;
  const textWidth = words === undefined ? 0 : measure(words);
  const axis = layout.axis;
  const vertical = layout.orientation === 'vertical';
  const along = vertical ? now.y1 : now.x1;
  const [lo, hi] = vertical ? [axis.y1, axis.y2] : [Math.min(axis.x1, axis.x2), Math.max(axis.x1, axis.x2)];
  if (along < lo - 0.5 || along > hi + 0.5) return rest;
  const taken = occupiedBoxes(rest, widths);
  const w = Math.min(layout.width, textWidth + 8);
  const lines = widths.lines ?? TEXT_LINES.latin;
  // Horizontal: on one line `w` wide, or on two, the date whole on one.
  const placed = vertical
    ? verticalPlace(layout, now, words ?? '', measure, w, taken, lines)
    : horizontalPlace(layout, now, w, Math.ceil(twoLineWidth(words ?? '', measure)) + 8, taken, lines);
  const drawn = { ...rest, now };
  if (!placed || words === undefined) return drawn;
  // Across the axis on a phone they run on one line; in a box narrower than they are (the tick
  // column, or two lines under the axis) they wrap.
  const set = placed.width < w ? referenceLines(words, placed.width, measure) : { text: words, lines: 1 };
  return { ...drawn, nowLabel: { ...placed, ...set } };
}

/**
 * The reference words as set in a box `width` px wide, and the lines they take there, counted as
 * a label's are (see `wrappedLines`). The date is held on one line by no-break spaces. Where a
 * piece of the words is wider than the box (the tick column, in Arabic on the narrowest phones),
 * the browser could not break it and would run it across the axis: the date may then break at
 * its spaces.
 */
export function referenceLines(
  words: string,
  width: number,
  measure: (text: string) => number,
): { text: string; lines: number } {
  const loose = words.split(' ').some((piece) => measure(piece) > width - 1);
  const text = loose ? words.replace(/\u00a0/g, ' ') : words;
  return { text, lines: wrappedLines(text, width, measure, 0, MAX_PHONE_LABEL_LINES).lines };
}

type Place = { x: number; y: number; width: number };

function placed(best: Candidate | undefined): Place | undefined {
  return best && { x: best.x, y: best.y, width: best.width };
}

function horizontalPlace(
  layout: Layout,
  now: Segment,
  w: number,
  narrow: number,
  taken: readonly Box[],
  lines: TextLines,
): Place | undefined {
  const height = lines.reference;
  const foot = layout.height - height;
  const candidates: Candidate[] = [];
  // Where a reader meets the rule first: just under the timeline's axis, beside the rule on the
  // side of what was known by then, else the other, in the tick texts' row, clear of every tick
  // text and mark: on one line, else on two, down to the line under the tick texts. Under the
  // axis a text reads as the date of a mark above it: the words go where no other mark stands
  // over them where they can. At the rule's foot under the track only where the row has no
  // room: named 300 px under the axis it starts from, the rule reads as the figures' alone.
  // (Lower, between the rows, the words would take the room a mark's tooltip opens into.)
  const top = layout.axis.y1;
  const bottom = (layout.ticks[0]?.textY ?? top) + 6;
  // One line, or two reaching a line further down, at a cost: one line is read at a glance.
  const sets = [
    [w, height, 0, 0],
    [narrow, 2 * lines.wrapped, lines.wrapped, 50],
  ] as const;
  for (const [width, high, reach, extra] of sets) {
    const past = layout.timeDirection === 'ltr' ? now.x1 - 4 - width : now.x1 + 4;
    for (const x of [past, 2 * now.x1 - past - width]) {
      // (A mark on the rule stands 4 px off either side's words.)
      const under = layout.events.some((m) => m.x > x && m.x < x + width);
      const cost = +(x !== past) + extra + +under * 100;
      for (let y = top; y + high <= bottom + reach; y += 2)
        candidates.push({ x, y, width, height: high, cost: y - top + cost });
    }
  }
  const low = 1e4;
  // Under the rule's end, centred: the rule stops above it. Its words (4 px in from the box's
  // sides) keep out of the chart's margin, in the column the title and the footer are set in.
  const inset = METRICS.margin - 4;
  const centred = Math.max(inset, Math.min(now.x1 - w / 2, layout.width - inset - w));
  if (centred <= now.x1 && centred + w >= now.x1)
    candidates.push({ x: centred, y: foot, width: w, height, cost: low });
  // Beside the rule, either side, from its foot up to its top.
  for (let dy = 0; dy <= foot - now.y1; dy += 4) {
    for (const x of [now.x1 + 4, now.x1 - 4 - w])
      candidates.push({ x, y: foot - dy, width: w, height, cost: low + 1 + dy });
  }
  return placed(bestPlace(candidates, layout, nearCandidates(taken, candidates)));
}

function verticalPlace(
  layout: Layout,
  now: Segment,
  words: string,
  measure: (text: string) => number,
  w: number,
  taken: readonly Box[],
  lines: TextLines,
): Place | undefined {
  const ltr = layout.timeDirection === 'ltr';
  const axisX = layout.axis.x1;
  const edge = now.x2;
  // The tick column, between the drawing's edge and the axis, wrapping there.
  const column = Math.max(1, referenceColumn(Math.abs(axisX - edge)));
  const columnX = ltr ? edge : axisX + REFERENCE_CLEARANCE;
  const line = lines.wrapped;
  const columnH = line * referenceLines(words, column, measure).lines;
  // Across the axis, on the labels' side, on one line.
  const besideX = ltr ? axisX + REFERENCE_CLEARANCE : axisX - REFERENCE_CLEARANCE - w;
  const candidates: Candidate[] = [];
  for (let dy = 0; dy <= REACH; dy += 4) {
    candidates.push(
      { x: columnX, y: now.y1 + 2 + dy, width: column, height: columnH, cost: dy },
      { x: columnX, y: now.y1 - 2 - columnH - dy, width: column, height: columnH, cost: dy + 2 },
      { x: besideX, y: now.y1 + 2 + dy, width: w, height: line, cost: dy + 8 },
      { x: besideX, y: now.y1 - 2 - line - dy, width: w, height: line, cost: dy + 10 },
    );
  }
  return placed(bestPlace(candidates, layout, nearCandidates(taken, candidates)));
}
