/**
 * The one owner of the visible time window.
 *
 * - `start`/`end` are the author's intent: they apply to whatever document arrives, whenever it
 *   arrives (a late `src` or `data` included), and a document arriving under them is a new window
 *   to report. A new document without them shows its whole span.
 * - While zoomed the window is reflected to `start`/`end`, the end as the last day shown, so that
 *   reading the attributes back gives the same window; the attributes the element wrote itself
 *   are not read back as the author's.
 * - Gestures (through the zoom controller), methods, keys and buttons all move it in axis time
 *   (the document's compressed scale), so zooming carries on across a break.
 */
import type { ReactiveControllerHost } from 'lit';
import { defaultWindow } from '../layout/layout.js';
import { timeWarp, unwarpWindow, warpWindow, type TimeWarp } from '../layout/warp.js';
import type { Layout } from '../layout/types.js';
import { anchorTime, dateInterval, parsePartialDate, type Interval } from '../time/partial-date.js';
import type { TimelineModel } from '../schema/model.js';
import type { Warn } from './settings.js';
import { ZoomController } from './zoom.js';

/** The window as the range-change event and the attributes name it: first and last day shown. */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

/** The element's window attributes, read as the author's and written while zoomed. */
export interface WindowHost extends ReactiveControllerHost, HTMLElement {
  start?: string | undefined;
  end?: string | undefined;
}

export interface WindowOptions {
  readonly warn: Warn;
  readonly model: () => TimelineModel | undefined;
  /** The time `+`/`-` zoom around when no mark has focus (the selected event's); else the reference date. */
  readonly around: () => number | undefined;
  /**
   * The window changed: `days` for the range-change event, `shown` the window now shown (the whole
   * document when not zoomed); `announce` when a reader should hear it (not for a gesture, which
   * they see move).
   */
  readonly changed: (days: DayRange, shown: Interval, announce: boolean) => void;
  /** A drag let go: whether the chart it held draws differently now (see `LayoutController.settles`). */
  readonly settles?: () => boolean;
}

export class WindowController {
  /** The visible window in time; undefined shows the whole document. */
  window?: Interval;
  /** The window was last moved by a gesture (not by a button, key, method or attribute). */
  gesturing = false;
  /** A pointer holds the chart: a drag or a pinch is under way. */
  get holding(): boolean {
    return this.zoom.holding;
  }
  /** Drag, pinch and wheel on the chart. */
  readonly zoom: ZoomController;
  private warpOf?: { model: TimelineModel; warp: TimeWarp };
  /** Window attributes written by the element itself while zooming (not the author's to re-read). */
  private reflecting?: { start: string | undefined; end: string | undefined };

  constructor(
    private readonly host: WindowHost,
    private readonly options: WindowOptions,
  ) {
    this.zoom = new ZoomController(
      host,
      (window, source) => this.moved(window, source),
      () => options.settles?.() ?? true,
    );
  }

  /**
   * The window for this update: a new document starts from its whole span, or from `start`/`end`
   * when the author gave them; changed attributes (not the element's own reflection) move it.
   */
  update(dataChanged: boolean, attributesChanged: boolean): void {
    if (dataChanged) {
      this.zoom.window = undefined;
      this.window = undefined;
    }
    const host = this.host;
    const arrived = dataChanged && this.options.model() !== undefined && Boolean(host.start || host.end);
    const own = this.reflecting;
    const reflected = own !== undefined && own.start === host.start && own.end === host.end;
    if (arrived || (attributesChanged && !reflected)) this.readAttributes(arrived);
  }

  /**
   * Shows the window from the start of one partial date to the end of another; a reversed pair
   * is read the right way round, with one console warning.
   */
  zoomTo(start: string, end: string): void {
    const a = parsePartialDate(start);
    const b = parsePartialDate(end);
    const call = `zoomTo(${JSON.stringify(start)}, ${JSON.stringify(end)})`;
    if (!a.ok || !b.ok) {
      console.warn(`<drawdown-timeline>: ${call} needs partial dates.`);
      return;
    }
    let from = dateInterval(a.value);
    let to = dateInterval(b.value);
    if (to.start < from.start) {
      this.options.warn('zoomTo', `${call} has its dates reversed; showing them the right way round.`);
      [from, to] = [to, from];
    }
    this.show({ start: from.start, end: Math.max(from.end, to.end) });
  }

  /** Shows a span with a tenth of its length either side: a cluster opened to its members. */
  surround(span: Interval): void {
    const pad = (span.end - span.start) * 0.1;
    this.show({ start: span.start - pad, end: span.end + pad });
  }

  /** Shows a window of time (clamped to the document), or the whole document. */
  show(window: Interval | undefined): void {
    this.zoom.set(window && this.toAxis(window));
  }

  /**
   * Zooms by a factor around a time (the keys give the focused mark's), else around the
   * selected event, else the story's reference date; the window's middle when there is none.
   */
  zoomBy(factor: number, around?: number): void {
    const reference = this.options.model()?.referenceDate;
    const time = around ?? this.options.around() ?? (reference && anchorTime(reference));
    this.zoom.scaleBy(factor, time === undefined ? undefined : this.axisTime(time));
  }

  /** Moves the window, its width kept, so that a time stands at a fraction of it (0: start, 1: end). */
  bring(time: number, at: number): void {
    this.zoom.bring(this.axisTime(time), at);
  }

  /**
   * Hands the drawn chart to the zoom gestures, which map pixels to time along the axis range
   * layout gives (reversed when time runs right to left); none while nothing is drawn.
   */
  attach(chart: HTMLElement | null, layout: Layout | undefined, enabled: boolean): void {
    const model = this.options.model();
    if (!chart || !layout || !model) {
      this.zoom.attach(null, undefined, false);
      return;
    }
    const base = this.toAxis(defaultWindow(model));
    const axis = layout.orientation === 'horizontal' ? 'x' : 'y';
    this.zoom.attach(chart, { base, range: layout.range, axis }, enabled);
  }

  /**
   * The document's time scale: compressed around its focus. Zoom and pan work in its axis time,
   * so that they carry on across a break.
   */
  private get warp(): TimeWarp | undefined {
    const model = this.options.model();
    if (!model) return undefined;
    if (this.warpOf?.model !== model) this.warpOf = { model, warp: timeWarp(model, defaultWindow(model)) };
    return this.warpOf.warp;
  }

  private toAxis(w: Interval): Interval {
    const warp = this.warp;
    return warp ? warpWindow(warp, w) : w;
  }

  private axisTime(time: number): number {
    return this.toAxis({ start: time, end: time }).start;
  }

  /** Applies `start`/`end`; `arrived` says a document came in under them, which is a new window to report. */
  private readAttributes(arrived: boolean): void {
    const { start: startText, end: endText } = this.host;
    this.gesturing = false;
    if (!startText && !endText) {
      this.zoom.window = undefined;
      this.window = undefined;
      return;
    }
    const model = this.options.model();
    const base = model ? defaultWindow(model) : undefined;
    const a = startText ? parsePartialDate(startText) : undefined;
    const b = endText ? parsePartialDate(endText) : undefined;
    if ((a && !a.ok) || (b && !b.ok)) {
      this.options.warn(
        'window',
        `start="${startText ?? ''}" / end="${endText ?? ''}" are not partial dates; ignored.`,
      );
      return;
    }
    let from = a?.ok ? dateInterval(a.value) : undefined;
    let to = b?.ok ? dateInterval(b.value) : undefined;
    // An end before the start is read the right way round, as `zoomTo` reads it.
    if (from && to && to.end <= from.start) {
      this.options.warn(
        'window-reversed',
        `start="${startText}" / end="${endText}" are reversed; showing them the right way round.`,
      );
      [from, to] = [to, from];
    }
    const start = from ? from.start : base?.start;
    const end = to ? to.end : base?.end;
    if (start === undefined || end === undefined || end <= start) return;
    this.zoom.window = this.toAxis({ start, end });
    this.window = { start, end };
    if (arrived) this.options.changed(days({ start, end }), { start, end }, false);
  }

  /** The zoom controller moved the window (in axis time): reflect it and report it. */
  private moved(axisWindow: Interval | undefined, source: 'gesture' | 'api'): void {
    const warp = this.warp;
    const window = axisWindow && warp ? unwarpWindow(warp, axisWindow) : axisWindow;
    this.window = window;
    this.gesturing = source === 'gesture';
    this.host.requestUpdate();
    const model = this.options.model();
    const shown = window ?? (model ? defaultWindow(model) : undefined);
    if (!shown) return;
    const range = days(shown);
    // Reflect the window while zoomed; clear the attributes at the whole view.
    this.host.start = window ? range.start : undefined;
    this.host.end = window ? range.end : undefined;
    this.reflecting = { start: this.host.start, end: this.host.end };
    this.options.changed(range, shown, source === 'api' || window === undefined);
  }
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A window's first and last day: its end is exclusive, so the last day is the one before. */
function days(w: Interval): DayRange {
  return { start: isoDay(w.start), end: isoDay(w.end - 1) };
}
