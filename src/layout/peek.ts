/**
 * Where an unlabelled event's label shows while it is hovered or focused: above its marker
 * (beside it in the vertical layout, on the labels' side), kept inside the chart.
 */
import { METRICS } from './metrics.js';
import type { EventMark, Layout } from './types.js';

export interface PeekPlacement {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** The box of a peek label whose text is `textWidth` px wide at the label font. */
export function peekPlacement(layout: Layout, mark: EventMark, textWidth: number): PeekPlacement {
  const width = Math.min(METRICS.maxLabelWidth, textWidth + METRICS.labelPadding);
  if (layout.orientation === 'vertical') {
    const ltr = layout.timeDirection === 'ltr';
    const x = ltr ? mark.x + METRICS.peekGap : mark.x - METRICS.peekGap - width;
    return { x: Math.max(0, Math.min(x, layout.width - width)), y: mark.y - METRICS.labelHeight / 2, width };
  }
  const x = Math.max(0, Math.min(mark.x - width / 2, layout.width - width));
  return { x, y: mark.y - METRICS.peekRise, width };
}
