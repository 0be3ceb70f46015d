/**
 * The one place D3 touches the DOM: d3-zoom turns drag, pinch, wheel and trackpad gestures on
 * the chart into a visible time window. The controller exposes that window as plain state;
 * the element lays out from it like from any other input.
 *
 * The wheel zooms only with Ctrl/⌘ held or while the chart has focus, so that scrolling the
 * page over a chart never gets captured.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Interval } from '../time/partial-date.js';

export const MIN_WINDOW_MS = 86_400_000;

export interface ZoomGeometry {
  /** The window shown at zoom level 1 (the whole data with padding). */
  readonly base: Interval;
  /** Pixel positions of `base.start` and `base.end` along the time axis (reversed when time runs right to left). */
  readonly range: readonly [number, number];
  readonly axis: 'x' | 'y';
  /** The extent of the zoomable area in px: [[x0, y0], [x1, y1]]. */
  readonly extent: [[number, number], [number, number]];
}

export class ZoomController implements ReactiveController {
  /** The visible window; undefined means the whole base window. */
  window?: Interval;
  private behavior?: ZoomBehavior<Element, unknown>;
  private target?: Selection<Element, unknown, null, undefined>;
  private geometry?: ZoomGeometry;
  /** Set while the controller itself moves the transform, so the echo is not reported back. */
  private syncing = false;
  /** d3's transform no longer matches `window` (set from outside, or the geometry changed). */
  private stale = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (window: Interval | undefined, source: 'gesture' | 'api') => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The chart's listeners went with the last disconnect; the next update attaches them again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Attaches to the chart (called after render); re-attaches when the node changed. */
  attach(element: Element | null, geometry: ZoomGeometry | undefined, enabled: boolean): void {
    if (!element || !geometry || !enabled) {
      this.detach();
      return;
    }
    const old = this.geometry;
    if (
      !old ||
      old.base.start !== geometry.base.start ||
      old.base.end !== geometry.base.end ||
      old.range[0] !== geometry.range[0] ||
      old.range[1] !== geometry.range[1] ||
      old.axis !== geometry.axis
    ) {
      this.stale = true;
    }
    this.geometry = geometry;
    if (this.target?.node() !== element) {
      this.stale = true;
      this.detach();
      const maxScale = Math.max(1, (geometry.base.end - geometry.base.start) / MIN_WINDOW_MS);
      this.behavior = zoom<Element, unknown>()
        .scaleExtent([1, maxScale])
        .filter((event: Event) => this.accepts(event))
        .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
          if (this.syncing) return;
          this.window = this.windowOf(event.transform);
          this.onChange(this.window, 'gesture');
        });
      this.target = select(element);
      this.target.call(this.behavior);
      // Double-click zoom would fight with selecting an event.
      this.target.on('dblclick.zoom', null);
    }
    const [[x0, y0], [x1, y1]] = geometry.extent;
    this.behavior!.extent(geometry.extent).translateExtent([
      [x0, y0],
      [x1, y1],
    ]);
    // Only move d3's transform when it is out of date: moving it mid-gesture would end the gesture.
    if (this.stale) this.sync();
  }

  detach(): void {
    if (this.target && this.behavior) this.target.on('.zoom', null);
    this.target = undefined;
    this.behavior = undefined;
  }

  /** Sets the window from outside (attributes, methods, keys, buttons). */
  set(window: Interval | undefined): void {
    this.window = window ? this.clamp(window) : undefined;
    this.stale = true;
    this.sync();
    this.onChange(this.window, 'api');
  }

  /** Zooms by a factor around the window's centre (factor > 1 zooms in). */
  scaleBy(factor: number): void {
    const base = this.geometry?.base;
    if (!base) return;
    const w = this.window ?? base;
    const mid = (w.start + w.end) / 2;
    const half = (w.end - w.start) / 2 / factor;
    this.set({ start: mid - half, end: mid + half });
  }

  /** Moves the window by a fraction of its width (positive: later in time). */
  panBy(fraction: number): void {
    const base = this.geometry?.base;
    if (!base) return;
    const w = this.window ?? base;
    const shift = (w.end - w.start) * fraction;
    this.set({ start: w.start + shift, end: w.end + shift });
  }

  /** Keeps a window at least a day wide and inside the base window. */
  clamp(window: Interval): Interval | undefined {
    const base = this.geometry?.base;
    if (!base) return window;
    let { start, end } = window;
    if (end - start < MIN_WINDOW_MS) {
      const mid = (start + end) / 2;
      start = mid - MIN_WINDOW_MS / 2;
      end = mid + MIN_WINDOW_MS / 2;
    }
    const width = Math.min(end - start, base.end - base.start);
    start = Math.max(base.start, Math.min(start, base.end - width));
    end = start + width;
    if (start <= base.start && end >= base.end) return undefined;
    return { start, end };
  }

  private accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      return wheel.ctrlKey || wheel.metaKey || this.host.matches(':focus-within');
    }
    // Primary button drags and touch; a secondary button is left to the page.
    return !(event as MouseEvent).button;
  }

  private windowOf(t: ZoomTransform): Interval | undefined {
    const g = this.geometry!;
    const [r0, r1] = g.range;
    const pos = (px: number) => (g.axis === 'x' ? t.invertX(px) : t.invertY(px));
    const toTime = (px: number) => g.base.start + ((px - r0) / (r1 - r0)) * (g.base.end - g.base.start);
    const a = toTime(pos(r0));
    const b = toTime(pos(r1));
    return this.clamp({ start: Math.min(a, b), end: Math.max(a, b) });
  }

  /** Moves d3's transform to match `window`, so that the next gesture starts from it. */
  private sync(): void {
    if (!this.target || !this.behavior || !this.geometry) return;
    const g = this.geometry;
    const [r0, r1] = g.range;
    const w = this.window ?? g.base;
    const toPx = (time: number) => r0 + ((time - g.base.start) / (g.base.end - g.base.start)) * (r1 - r0);
    const k = (r1 - r0) / (toPx(w.end) - toPx(w.start));
    const offset = r0 - k * toPx(w.start);
    const transform =
      g.axis === 'x'
        ? zoomIdentity.translate(offset, 0).scale(k)
        : zoomIdentity.translate(0, offset).scale(k);
    this.syncing = true;
    try {
      this.target.call(this.behavior.transform, transform);
      this.stale = false;
    } finally {
      this.syncing = false;
    }
  }
}
