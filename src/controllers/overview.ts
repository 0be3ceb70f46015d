/**
 * The overview strip shown while zoomed: the whole document with the visible window as a box,
 * which a press on the strip takes hold of (see `overview-press.ts`). The strip's layout and its
 * press come from its code: in the single-file bundle a chunk, fetched the first time a chart is
 * zoomed (or once a zoomable chart's first frame is drawn and the page is idle).
 */
import type { Layout } from '../layout/types.js';
import type { layoutOverview, Overview } from '../layout/overview.js';
import type { TimelineModel } from '../schema/model.js';
import type { Interval } from '../time/partial-date.js';
import type { pressStrip, StripHold } from './overview-press.js';

/** The strip's code, or undefined while it loads (asking starts the load). */
export interface StripCode {
  readonly layoutOverview: typeof layoutOverview;
  readonly pressStrip: typeof pressStrip;
}

export class OverviewController implements StripHold {
  /** The strip as drawn; undefined while the whole document is shown. */
  overview?: Overview;
  /** A press on the strip (see `StripHold`). */
  grab?: StripHold['grab'];

  constructor(
    /** Moves the window (in axis time) so that a time stands at a fraction of it. */
    private readonly bring: (axisTime: number, at: number) => void,
    /** The strip's code, or undefined while it loads (asking starts the load). */
    private readonly strip: () => StripCode | undefined,
  ) {}

  /** Lays the strip out for a zoomed window, or drops it. */
  update(
    model: TimelineModel | undefined,
    layout: Layout | undefined,
    timeDirection: 'ltr' | 'rtl',
    window: Interval | undefined,
  ): void {
    const strip = model && layout && window ? this.strip() : undefined;
    this.overview =
      strip && model && layout && window
        ? strip.layoutOverview(model, layout.width, timeDirection, window)
        : undefined;
  }

  /** Only a drawn strip is pressed: its code is here. */
  readonly onPointer = (e: PointerEvent): void =>
    this.strip()?.pressStrip(this, this.overview, e, this.bring);
}
