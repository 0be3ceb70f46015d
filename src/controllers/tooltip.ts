/**
 * A pointed or focused mark's tooltip: its words (date and title) with their widths, handed to
 * layout's placement (`layout/tooltip.ts`). Only a hover or a focus asks for one, so it travels
 * with the placement in the tooltip's chunk; the layout controller hands it what it owns (the
 * formatters, the fonts, the measured widths and the series texts as composed).
 */
import { wrappedLines, MAX_PHONE_LABEL_LINES } from '../layout/labels.js';
import { textLines } from '../layout/metrics.js';
import { occupiedBoxes, type Taken } from '../layout/occupied.js';
import type { SeriesText } from '../layout/series.js';
import { placeTooltip, type TooltipBox } from '../layout/tooltip.js';
import type { EventMark, Layout } from '../layout/types.js';
import { eventDate, seriesHeading } from '../locale/describe.js';
import type { Formatters } from '../locale/format.js';
import type { TimelineModel } from '../schema/model.js';
import type { Fonts } from './fonts.js';

/** A pointed or focused mark's date and title, where layout put them. */
export interface Tooltip extends TooltipBox {
  readonly id: string;
  readonly date: string;
  readonly title: string;
}

/** What a tooltip's words and widths come from: the element's formatters, fonts and measures. */
export interface TooltipSources {
  readonly f: Formatters;
  readonly model: TimelineModel;
  readonly fonts: Pick<Fonts, 'label' | 'small'>;
  /** A text's width in a CSS font. */
  readonly width: (text: string, font: string) => number;
  /** A series text as the layout measured it. */
  readonly seriesWord: (t: SeriesText) => string;
}

/**
 * What the chart's texts take, per layout: it depends only on the layout (a new font, language
 * or document lays out anew), so a pointer moving from mark to mark measures them once.
 */
const takenBy = new WeakMap<Layout, readonly Taken[]>();

/** The tooltip of a mark whose label does not carry its date, placed clear of the chart's texts. */
export function tooltipOf(layout: Layout, mark: EventMark, s: TooltipSources): Tooltip {
  const { f, model } = s;
  const title = f.text(mark.event.title, model.language);
  const date = eventDate(mark.event, f);
  const small = (text: string) => s.width(text, s.fonts.small);
  let taken = takenBy.get(layout);
  if (!taken) {
    taken = occupiedBoxes(layout, {
      small,
      series: (t) => small(s.seriesWord(t)),
      heading: small(seriesHeading(model, f)),
      lines: textLines(f.language),
    });
    takenBy.set(layout, taken);
  }
  const measure = (text: string) => s.width(text, s.fonts.label);
  // A narrow tooltip's title wraps word by word: counted as the browser breaks it, so that its
  // box is as tall as drawn.
  const box = placeTooltip(
    layout,
    mark,
    small(date),
    measure(title),
    taken,
    (inner) => wrappedLines(title, inner, measure, 0, MAX_PHONE_LABEL_LINES).lines,
  );
  return { id: mark.event.id, ...box, date, title };
}
