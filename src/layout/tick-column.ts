/**
 * How wide the vertical chart's tick column is: the side of the axis away from the labels, where
 * the tick texts and the reference date's words are written. It holds its widest tick text clear
 * of the ring drawn round a selected or focused mark on the axis, and the reference date on a
 * line of its own beside the deadline tick there, the words before it wrapping above it; the
 * labels take what is left. The column ends at
 * the chart's margin: no text runs into it, so the tick texts keep to the column the title, the
 * dek and the footer are set in.
 */
import { METRICS } from './metrics.js';

/** How far from the axis a vertical tick's text starts: clear of a mark's focus ring (and its stroke). */
export const TICK_TEXT_OFFSET = METRICS.focusRing + 2 + 4;
/** How far the reference words stay from the axis across the rule: clear of a deadline's tick (13 px). */
export const REFERENCE_CLEARANCE = METRICS.deadlineReach + 2;
/** The widest the column grows, as a share of the chart's width: labels keep the rest. */
const MAX_SHARE = 0.3;

/** The width of `text` broken into two lines where the longer line is shortest. */
export function twoLineWidth(text: string, width: (text: string) => number): number {
  const words = text.split(' ');
  let best = width(text);
  for (let i = 1; i < words.length; i++) {
    best = Math.min(best, Math.max(width(words.slice(0, i).join(' ')), width(words.slice(i).join(' '))));
  }
  return best;
}

/**
 * The tick column's width for tick texts `ticks` and reference words `reference` (none when
 * undefined), measured by `width`, in a chart `chartWidth` px wide, of which the labels beside it
 * need `keep` px to set their widest piece (a held date) whole.
 */
export function tickColumnWidth(
  ticks: readonly string[],
  reference: string | undefined,
  width: (text: string) => number,
  chartWidth: number,
  keep = 0,
): number {
  let need: number = METRICS.verticalTickWidth;
  for (const t of ticks) need = Math.max(need, TICK_TEXT_OFFSET + Math.ceil(width(t)));
  need = Math.min(need, Math.round(chartWidth * MAX_SHARE));
  // Its widest piece: the date, held on one line (the words before it wrap more narrowly). The
  // column grows past its share for it as far as the labels keep room for their own dates.
  const words = reference ? Math.ceil(Math.max(...reference.split(' ').map(width))) + 2 : 0;
  return Math.max(need, Math.min(REFERENCE_CLEARANCE + words, chartWidth - keep));
}

/** How wide the reference words may be in a tick column `tickWidth` wide. */
export function referenceColumn(tickWidth: number): number {
  return tickWidth - REFERENCE_CLEARANCE;
}
