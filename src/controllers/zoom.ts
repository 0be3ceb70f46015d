/**
 * Turns drag, pinch, wheel and trackpad gestures on the chart into a visible time window, with
 * pointer events (mouse, pen and touch alike). The window is the state: each gesture maps it to
 * a new one with the pure functions of `layout/zoom-window.ts`, and the element lays out from it
 * like from any other input.
 *
 * - The wheel zooms only with Ctrl/⌘ held (a trackpad pinch arrives that way) or while the chart
 *   has focus, so that scrolling the page over a chart never gets captured; a sideways wheel or
 *   swipe pans a horizontal chart.
 * - A drag holds the time under the pointer; two pointers hold two times, so pinching zooms.
 * - On touch screens the page still scrolls across the axis (`touch-action`): only a drag along
 *   the axis or a pinch belongs to the chart.
 * - A drag that moved swallows the click that ends it, so panning never selects the event it
 *   started on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interval } from '../time/partial-date.js';
import { clampWindow, gripWindow, timeAt, zoomAround, type Grip, type Range } from '../layout/zoom-window.js';

export { MIN_WINDOW_MS } from '../layout/zoom-window.js';

export interface ZoomGeometry {
  /** The window shown at zoom level 1 (the whole data with padding). */
  readonly base: Interval;
  /** Pixel positions of a window's start and end along the time axis (reversed when time runs right to left). */
  readonly range: Range;
  readonly axis: 'x' | 'y';
}

/** A pointer held down on the chart: where it is along the axis, and where it went down. */
interface Held {
  px: number;
  readonly x0: number;
  readonly y0: number;
}

/** Movement (px) that turns a press into a drag: below it, the press stays a click. */
const CLICK_DISTANCE = 3;
/** Wheel events closer together than this (ms) belong to one gesture and share one box read. */
const WHEEL_GESTURE_MS = 150;

export class ZoomController implements ReactiveController {
  /** The visible window; undefined means the whole base window. */
  window?: Interval;
  private element?: HTMLElement;
  private geometry?: ZoomGeometry;
  private readonly held = new Map<number, Held>();
  /** The times the held pointers hold, taken when the set of pointers last changed. */
  private grips: Grip[] = [];
  private dragged = false;
  /** The chart's box, read once per gesture rather than on every move. */
  private box?: DOMRect;
  private lastWheel = -Infinity;

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
  attach(element: HTMLElement | null, geometry: ZoomGeometry | undefined, enabled: boolean): void {
    if (!element || !geometry || !enabled) {
      this.detach();
      return;
    }
    const axis = this.geometry?.axis;
    this.geometry = geometry;
    if (this.element !== element) {
      this.detach();
      this.element = element;
      element.addEventListener('wheel', this, { passive: false });
      element.addEventListener('pointerdown', this);
    } else if (axis === geometry.axis) {
      return;
    }
    element.style.touchAction = geometry.axis === 'x' ? 'pan-y' : 'pan-x';
  }

  detach(): void {
    this.release();
    const element = this.element;
    if (!element) return;
    element.removeEventListener('wheel', this);
    element.removeEventListener('pointerdown', this);
    element.style.removeProperty('touch-action');
    this.element = undefined;
  }

  /** Sets the window from outside (attributes, methods, keys, buttons). */
  set(window: Interval | undefined): void {
    this.window = window ? this.clamp(window) : undefined;
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
    return base ? clampWindow(window, base) : window;
  }

  handleEvent(event: Event): void {
    switch (event.type) {
      case 'wheel':
        return this.wheeled(event as WheelEvent);
      case 'pointerdown':
        return this.pressed(event as PointerEvent);
      case 'pointermove':
        return this.moved(event as PointerEvent);
      case 'pointerup':
      case 'pointercancel':
        return this.lifted(event as PointerEvent);
      case 'click':
        // The click that ends a drag: the drag was the gesture, not a choice of event.
        event.stopImmediatePropagation();
        event.preventDefault();
        return;
      case 'selectstart':
        event.preventDefault();
    }
  }

  private wheeled(event: WheelEvent): void {
    const g = this.geometry!;
    const pan = event.deltaX && g.axis === 'x' && !event.ctrlKey;
    if (!(event.deltaY || pan) || !(event.ctrlKey || event.metaKey || this.host.matches(':focus-within')))
      return;
    event.preventDefault();
    if (event.timeStamp - this.lastWheel > WHEEL_GESTURE_MS) this.box = undefined;
    this.lastWheel = event.timeStamp;
    let w = this.window ?? g.base;
    // Lines and pages as d3-zoom reads them: a line is 0.05 of a doubling, a pixel 0.002; a
    // trackpad pinch (Ctrl) reports small deltas and is sped up tenfold.
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
    const px = this.along(event);
    let next = this.window;
    if (event.deltaY) {
      const factor = 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
      next = zoomAround(w, g.base, timeAt(w, g.range, px), factor);
      w = next ?? g.base;
    }
    if (pan) {
      const shift = event.deltaX * (event.deltaMode === 1 ? 16 : event.deltaMode ? this.box!.width : 1);
      next = gripWindow(w, g.base, g.range, { time: timeAt(w, g.range, px), px: px - shift });
    }
    this.report(next);
  }

  private pressed(event: PointerEvent): void {
    // Primary button, touch and pen; a secondary button is left to the page.
    if (event.button !== 0 || !this.geometry) return;
    const view = this.element!.ownerDocument.defaultView!;
    if (!this.held.size) {
      this.box = undefined;
      this.dragged = false;
      view.addEventListener('pointermove', this);
      view.addEventListener('pointerup', this);
      view.addEventListener('pointercancel', this);
      view.addEventListener('selectstart', this);
    }
    this.held.set(event.pointerId, { px: this.along(event), x0: event.clientX, y0: event.clientY });
    this.regrip();
  }

  private moved(event: PointerEvent): void {
    const held = this.held.get(event.pointerId);
    if (!held) return;
    held.px = this.along(event);
    if (!this.dragged) {
      if (Math.hypot(event.clientX - held.x0, event.clientY - held.y0) <= CLICK_DISTANCE) return;
      this.dragged = true;
    }
    const g = this.geometry!;
    const [a, b] = this.held.values();
    const [ga, gb] = this.grips;
    this.report(
      gripWindow(
        this.window ?? g.base,
        g.base,
        g.range,
        { time: ga!.time, px: a!.px },
        gb && b && { time: gb.time, px: b.px },
      ),
    );
  }

  private lifted(event: PointerEvent): void {
    if (!this.held.delete(event.pointerId)) return;
    if (this.held.size) {
      this.regrip();
      return;
    }
    const view = this.element?.ownerDocument.defaultView;
    if (this.dragged && view && event.type === 'pointerup') {
      view.addEventListener('click', this, true);
      // The click, when there is one, follows the pointerup in the same task.
      view.setTimeout(() => view.removeEventListener('click', this, true));
    }
    this.release();
  }

  /** Ends a gesture: no pointers held, no window listeners left. */
  private release(): void {
    const view = this.element?.ownerDocument.defaultView;
    this.held.clear();
    this.grips = [];
    if (!view) return;
    view.removeEventListener('pointermove', this);
    view.removeEventListener('pointerup', this);
    view.removeEventListener('pointercancel', this);
    view.removeEventListener('selectstart', this);
  }

  /** Takes the times under the held pointers (at most two) as the ones they keep holding. */
  private regrip(): void {
    const g = this.geometry!;
    const w = this.window ?? g.base;
    this.grips = [...this.held.values()]
      .slice(0, 2)
      .map((h) => ({ time: timeAt(w, g.range, h.px), px: h.px }));
  }

  /** A pointer's position along the time axis, in the chart's own px. */
  private along(event: MouseEvent): number {
    const box = (this.box ??= this.element!.getBoundingClientRect());
    return this.geometry!.axis === 'x' ? event.clientX - box.left : event.clientY - box.top;
  }

  private report(window: Interval | undefined): void {
    const w = this.window;
    if (w === window || (w && window && w.start === window.start && w.end === window.end)) return;
    this.window = window;
    this.onChange(window, 'gesture');
  }
}
