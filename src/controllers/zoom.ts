/**
 * Turns drag, pinch, wheel and trackpad gestures on the chart into a visible time window, with
 * pointer events (mouse, pen and touch alike). The window is the state: each gesture maps it to
 * a new one with the pure functions of `time/zoom-window.ts`, and the element lays out from it
 * like from any other input.
 *
 * - The wheel zooms only with Ctrl/⌘ held (a trackpad pinch arrives that way) or while the chart
 *   has focus, so that scrolling the page over a chart never gets captured; a sideways wheel or
 *   swipe pans a horizontal chart.
 * - A drag holds the time under the pointer; two pointers hold two times, so pinching zooms.
 * - On touch screens one finger still scrolls the page up and down (`touch-action: pan-y`):
 *   a finger dragged along a horizontal axis pans, and two fingers pinch and move any chart; a
 *   touch the browser takes over for scrolling undoes what it moved.
 * - A drag that moved swallows the click that ends it, so panning never selects the event it
 *   started on; a press that moves less than a finger's jitter stays a click.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interval } from '../time/partial-date.js';
import { clampWindow, gripWindow, timeAt, zoomAround, type Range } from '../time/zoom-window.js';

export interface ZoomGeometry {
  /** The window shown at zoom level 1 (the whole data with padding). */
  readonly base: Interval;
  /** Pixel positions of a window's start and end along the time axis (reversed when time runs right to left). */
  readonly range: Range;
  readonly axis: 'x' | 'y';
}

/** A pointer held down on the chart: where it is and where it went down (viewport px). */
interface Held {
  x: number;
  y: number;
  readonly x0: number;
  readonly y0: number;
  /** Movement (px) that turns this press into a drag: a finger jitters more than a mouse. */
  readonly slop: number;
  readonly touch: boolean;
}

/** What the held pointers hold, taken when the set of pointers last changed. */
interface Hold {
  /** The time under the pointer, or under the midpoint of two. */
  readonly time: number;
  /** The window's width then. */
  readonly width: number;
  /** How far apart two pointers were (0 for one). */
  readonly spread: number;
}

/** Wheel events closer together than this (ms) belong to one gesture and share one box read. */
const WHEEL_GESTURE_MS = 150;
/** A click this soon (ms) after a drag ended is the drag's own, and is swallowed. */
const CLICK_AFTER_DRAG_MS = 500;

export class ZoomController implements ReactiveController {
  /** The visible window; undefined means the whole base window. */
  window?: Interval;
  private element?: HTMLElement;
  private geometry?: ZoomGeometry;
  private readonly held = new Map<number, Held>();
  private hold?: Hold;
  private dragged = false;
  /** When the last drag ended (event time), until the click that may follow it. */
  private dragEnded?: number;
  /** The window when the gesture began: a gesture the browser cancels is undone. */
  private before?: Interval;
  /** The chart's box, read once per gesture rather than on every move. */
  private box?: DOMRect;
  private lastWheel = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (window: Interval | undefined, source: 'gesture' | 'api') => void,
    /** A drag let go: whether the chart it held must be drawn again. */
    private readonly settles: () => boolean = () => true,
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

  /** Pointers hold the chart (a drag or a pinch is under way). */
  get holding(): boolean {
    return this.held.size > 0;
  }

  /** Attaches to the chart (called after render); re-attaches when the node changed. */
  attach(element: HTMLElement | null, geometry: ZoomGeometry | undefined, enabled: boolean): void {
    if (!element || !geometry || !enabled) {
      this.detach();
      return;
    }
    const old = this.geometry;
    this.geometry = geometry;
    if (old && this.held.size) {
      // A gesture measured along one axis cannot go on along the other; when only the scale
      // changed (the chart got wider or taller mid-drag), the pointers take hold again.
      if (old.axis !== geometry.axis) this.release();
      else if (
        old.range[0] !== geometry.range[0] ||
        old.range[1] !== geometry.range[1] ||
        old.base.start !== geometry.base.start ||
        old.base.end !== geometry.base.end
      ) {
        this.box = undefined;
        this.regrip();
      }
    }
    if (this.element === element) return;
    this.detach();
    this.element = element;
    element.addEventListener('wheel', this, { passive: false });
    element.addEventListener('pointerdown', this);
    element.addEventListener('click', this, true);
    element.style.touchAction = 'pan-y';
  }

  detach(): void {
    this.release();
    const element = this.element;
    if (!element) return;
    element.removeEventListener('wheel', this);
    element.removeEventListener('pointerdown', this);
    element.removeEventListener('click', this, true);
    element.style.removeProperty('touch-action');
    this.element = undefined;
  }

  /** Sets the window from outside (attributes, methods, keys, buttons). */
  set(window: Interval | undefined): void {
    const base = this.geometry?.base;
    this.window = window && base ? clampWindow(window, base) : window;
    this.onChange(this.window, 'api');
  }

  /**
   * Zooms by a factor (above 1: in) around a time, which keeps its place on screen; a time
   * outside the window is brought to its middle first. Without one, around the window's middle.
   */
  scaleBy(factor: number, at?: number): void {
    const base = this.geometry?.base;
    if (!base) return;
    let w = this.window ?? base;
    if (at !== undefined && (at < w.start || at > w.end)) {
      const half = (w.end - w.start) / 2;
      w = clampWindow({ start: at - half, end: at + half }, base) ?? base;
    }
    this.set(
      zoomAround(
        w,
        base,
        at !== undefined && at >= w.start && at <= w.end ? at : (w.start + w.end) / 2,
        factor,
      ),
    );
  }

  /** Moves the window by a fraction of its width (positive: later in time). */
  panBy(fraction: number): void {
    const base = this.geometry?.base;
    if (!base) return;
    const w = this.window ?? base;
    const shift = (w.end - w.start) * fraction;
    this.set({ start: w.start + shift, end: w.end + shift });
  }

  /** Moves the window, its width kept, so that a time stands at a fraction of it (0: start, 1: end). */
  bring(time: number, at: number): void {
    const w = this.window ?? this.geometry?.base;
    if (!w) return;
    const start = time - (w.end - w.start) * at;
    this.set({ start, end: start + w.end - w.start });
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
        return this.clicked(event);
      case 'selectstart':
      case 'dragstart':
        // Neither a text selection nor a native drag may take the gesture over.
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
    const px = this.along(event.clientX, event.clientY);
    let next = this.window;
    if (event.deltaY) {
      const factor = 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
      next = zoomAround(w, g.base, timeAt(w, g.range, px), factor);
      w = next ?? g.base;
    }
    if (pan) {
      const shift = event.deltaX * (event.deltaMode === 1 ? 16 : event.deltaMode ? this.box!.width : 1);
      next = gripWindow(g.base, g.range, { time: timeAt(w, g.range, px), px: px - shift }, w.end - w.start);
    }
    this.report(next);
  }

  private pressed(event: PointerEvent): void {
    // Primary button, touch and pen; a secondary button is left to the page.
    if (event.button !== 0 || !this.geometry) return;
    const view = this.element!.ownerDocument.defaultView!;
    this.dragEnded = undefined;
    if (!this.held.size) {
      this.box = undefined;
      this.dragged = false;
      this.before = this.window;
      for (const type of WINDOW_EVENTS) view.addEventListener(type, this);
    }
    const { clientX: x, clientY: y } = event;
    // A pen on the screen moves like a finger, and touch-action applies to it too.
    const touch = event.pointerType !== 'mouse';
    this.held.set(event.pointerId, { x, y, x0: x, y0: y, slop: touch ? 10 : 3, touch });
    this.regrip();
  }

  private moved(event: PointerEvent): void {
    const held = this.held.get(event.pointerId);
    if (!held) return;
    if (event.pointerType === 'mouse' && !(event.buttons & 1)) {
      // The button came up where the page never heard of it (a menu, another window).
      this.release();
      return;
    }
    held.x = event.clientX;
    held.y = event.clientY;
    const g = this.geometry!;
    const [a, b] = this.held.values();
    // One finger along a vertical chart is the page's scroll, not a drag; two fingers zoom it.
    if (!b && a!.touch && g.axis === 'y') return;
    if (!this.dragged) {
      if (Math.hypot(held.x - held.x0, held.y - held.y0) <= held.slop) return;
      this.dragged = true;
    }
    const hold = this.hold!;
    const spread = b ? Math.hypot(a!.x - b.x, a!.y - b.y) : 0;
    // Two pointers: the window narrows as they spread, by their distance in any direction.
    const width = spread && hold.spread ? (hold.width * hold.spread) / spread : hold.width;
    const px = b ? this.along((a!.x + b.x) / 2, (a!.y + b.y) / 2) : this.along(a!.x, a!.y);
    this.report(gripWindow(g.base, g.range, { time: hold.time, px }, width));
  }

  private lifted(event: PointerEvent): void {
    if (!this.held.delete(event.pointerId)) return;
    if (this.held.size) {
      this.regrip();
      return;
    }
    if (this.dragged && event.type === 'pointerup') this.dragEnded = event.timeStamp;
    // The browser took the touch over (to scroll the page): whatever it moved is undone.
    if (this.dragged && event.type === 'pointercancel') this.report(this.before);
    const dragged = this.dragged;
    this.release();
    // The drag's layout held the chart's height; let go, it settles, where that changes the picture.
    if (dragged && this.settles()) this.host.requestUpdate();
  }

  /** The click that ends a drag (at once for a mouse, after a tap for touch) is not a choice. */
  private clicked(event: Event): void {
    const ended = this.dragEnded;
    this.dragEnded = undefined;
    if (ended === undefined || event.timeStamp - ended > CLICK_AFTER_DRAG_MS) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  }

  /** Ends a gesture: no pointers held, no window listeners left. */
  private release(): void {
    const view = this.element?.ownerDocument.defaultView;
    // A drag's layout held the chart's height; let go, it settles.
    if (this.held.size && this.dragged) this.host.requestUpdate();
    this.held.clear();
    this.hold = undefined;
    if (view) for (const type of WINDOW_EVENTS) view.removeEventListener(type, this);
  }

  /** Takes the time under the held pointers (their midpoint for two) as the one they hold. */
  private regrip(): void {
    const g = this.geometry!;
    const w = this.window ?? g.base;
    const [a, b] = this.held.values();
    if (!a) return;
    const px = b ? this.along((a.x + b.x) / 2, (a.y + b.y) / 2) : this.along(a.x, a.y);
    this.hold = {
      time: timeAt(w, g.range, px),
      width: w.end - w.start,
      spread: b ? Math.hypot(a.x - b.x, a.y - b.y) : 0,
    };
  }

  /** A viewport point's position along the time axis, in the chart's own px. */
  private along(x: number, y: number): number {
    const box = (this.box ??= this.element!.getBoundingClientRect());
    return this.geometry!.axis === 'x' ? x - box.left : y - box.top;
  }

  private report(window: Interval | undefined): void {
    const w = this.window;
    if (w === window || (w && window && w.start === window.start && w.end === window.end)) return;
    this.window = window;
    this.onChange(window, 'gesture');
  }
}

/** Listened to on the window while pointers are down, so a drag may leave the chart. */
const WINDOW_EVENTS = ['pointermove', 'pointerup', 'pointercancel', 'selectstart', 'dragstart'] as const;
