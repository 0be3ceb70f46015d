/**
 * The chart's one tab stop (the roving tabindex), its keys, and the mark shown for the moment
 * (hovered or focused). It is the single owner of which mark is active, and it keeps focus in
 * the chart: whatever a key, a zoom or a control does to the drawing, a chart that had focus
 * still has it afterwards, on a mark that is drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClusterMark, Layout } from '../layout/layout.js';
import type { MarkPaths } from '../layout/mark-paths.js';
import { markAt } from '../layout/dense.js';
import { markOrder, type OrderedMark } from '../layout/order.js';
import type { TimelineEvent } from '../schema/model.js';

/** What the keys do to the element beyond moving focus. */
export interface RovingActions {
  /** The layout as drawn. */
  layout(): Layout | undefined;
  /** A dense view's plain marks as drawn in paths (in the pan frame), if any. */
  paths(): MarkPaths | undefined;
  /** Events that may be drawn, in time order (the categories filter applied). */
  events(): readonly TimelineEvent[];
  /** Enter or Space on an event (and a click on it). */
  pick(id: string): void;
  /** Escape; true when it cleared something. */
  escape(): boolean;
  /** Zooms to a cluster's members. */
  open(cluster: ClusterMark): void;
  /** `+` and `-`: zooms by a factor around a time; false when zooming is off. */
  zoom(factor: number, around: number): boolean;
  /** Moves the window, its width kept, so that `time` comes into view ahead (forward) or behind. */
  panTo(time: number, forward: boolean): void;
}

export class RovingFocusController implements ReactiveController {
  /** The mark holding the tab stop. */
  active?: string;
  /** An unlabelled event being hovered or focused, whose label shows for the moment. */
  peek?: string;
  /** Focus goes to the active mark after the next render. */
  private pending = false;
  /** What had focus inside the element when the update began. */
  private had?: (Element & { disabled?: boolean }) | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: RovingActions,
  ) {
    host.addController(this);
  }

  /** The drawn marks in the order the eye meets them along the axis (the keys follow it). */
  order(): readonly OrderedMark[] {
    const layout = this.actions.layout();
    return layout ? markOrder(layout) : [];
  }

  /**
   * Keeps the tab stop on a mark that is drawn, so the chart always has one: an event now
   * inside a cluster hands it to that cluster, else it goes to the first mark.
   */
  settle(): void {
    const order = this.order();
    if (order.some((s) => s.id === this.active)) return;
    const holder = this.actions.layout()?.clusters.find((c) => c.events.some((e) => e.id === this.active));
    this.active = holder?.id ?? order[0]?.id;
  }

  /** Moves the tab stop to a mark, and focus with it once it is drawn. */
  focus(id: string): void {
    this.active = id;
    this.pending = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.had = this.host.shadowRoot?.activeElement;
  }

  /**
   * Focus never falls to the page while the element had it: a focused mark or control that the
   * render took away or disabled ("Show everything" once pressed) hands it to the active mark.
   */
  hostUpdated(): void {
    const had = this.had;
    this.had = undefined;
    if (!this.pending && !(had && (!had.isConnected || had.disabled))) return;
    this.pending = false;
    const id = this.active;
    if (id) this.host.shadowRoot?.querySelector<SVGElement>(`svg [data-id="${CSS.escape(id)}"]`)?.focus();
  }

  /**
   * The chart's listener for keys, clicks, focus and hover: bound as one object to each of those
   * events (`@keydown=${roving.handle}`), so the chart needs no closures of its own.
   */
  readonly handle = (e: Event): void => {
    const event = this.pathMark(e) ?? markId(e.target, '[part~="event"]');
    switch (e.type) {
      case 'keydown':
        return this.keydown(e as KeyboardEvent);
      case 'click': {
        // A cluster's count mark, or a part of the chart that stands for a cluster.
        const target = (e.target as Element | null)?.closest?.('[part~="cluster"], [data-cluster]');
        const id = target?.getAttribute('data-id') ?? target?.getAttribute('data-cluster');
        const cluster = id && this.actions.layout()?.clusters.find((c) => c.id === id);
        if (cluster) return this.open(cluster);
        if (event) {
          this.actions.pick(event);
          this.active = event;
          // A mark drawn in a path has no element to take focus from the click: its proxy does.
          if (markId(e.target, '[part~="event"]') !== event) this.focus(event);
        }
        return;
      }
      case 'focusin': {
        const id = markId(e.target, '[part~="event"], [part~="cluster"]');
        if (id) this.active = id;
        this.peek = id;
        return this.host.requestUpdate();
      }
      case 'pointerover':
        return this.show(event);
      case 'pointermove':
        // Over the paths, the pointer moves from mark to mark without leaving an element.
        if (this.actions.paths() && isOnMark(e.target)) this.show(event);
        return;
      default:
        // focusout, pointerleave
        return this.show(undefined);
    }
  };

  /** Keys act only inside the element: no document-level handlers. */
  private keydown(e: KeyboardEvent): void {
    const layout = this.actions.layout();
    if (!layout) return;
    const order = this.order();
    const index = order.findIndex((s) => s.id === this.active);
    const [forwardKey, backKey] = KEYS[layout.forward];
    const move = (to: number): void => {
      const target = order[Math.max(0, Math.min(order.length - 1, to))];
      if (target) this.focus(target.id);
    };
    const stop = order[index];
    switch (e.key) {
      case forwardKey:
      case backKey: {
        const forward = e.key === forwardKey;
        const to = index + (forward ? 1 : -1);
        // Past the last mark drawn, the window pans on to the next event, and focus goes with it.
        if (stop && (to < 0 || to >= order.length) && this.panOn(stop, forward, layout)) break;
        move(to);
        break;
      }
      case 'Home':
        move(0);
        break;
      case 'End':
        move(order.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (!stop || !markId(e.target, '[part~="event"], [part~="cluster"]')) return;
        if (stop.cluster !== undefined) this.open(layout.clusters[stop.cluster]!);
        else this.actions.pick(stop.id);
        break;
      case 'Escape':
        if (!this.actions.escape()) return;
        break;
      case '+':
      case '=':
      case '-':
      case '_':
        // Around the focused mark, so that it stays in view (and keeps focus).
        if (!stop || !this.actions.zoom('+='.includes(e.key) ? 2 : 0.5, stop.time)) return;
        this.focus(stop.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  /**
   * In a view drawn with paths, the mark under the pointer, found from where the pointer is
   * (the nearest centre where targets overlap).
   */
  private pathMark(e: Event): string | undefined {
    const paths = this.actions.paths();
    if (!paths || !isOnMark(e.target) || !('clientX' in e)) return undefined;
    const frame = (e.target as Element).closest('svg')?.querySelector<SVGGraphicsElement>('.mark-paths');
    const { clientX, clientY } = e as MouseEvent;
    // The paths' own coordinates: the pan frame, in which the layout gives the marks.
    const at = new DOMPoint(clientX, clientY).matrixTransform(frame?.getScreenCTM()?.inverse());
    return markAt(paths, at.x, at.y);
  }

  private show(id: string | undefined): void {
    if (id === this.peek) return;
    this.peek = id;
    this.host.requestUpdate();
  }

  /** A cluster opens by zooming in to its members; focus goes to the first of them. */
  private open(cluster: ClusterMark): void {
    this.actions.open(cluster);
    const first = cluster.events[0];
    if (first) this.focus(first.id);
  }

  /** The next event beyond the window, brought into view and focused; false when there is none. */
  private panOn(stop: OrderedMark, forward: boolean, layout: Layout): boolean {
    const { start, end } = layout.window;
    const events = this.actions.events();
    const next = forward
      ? events.find((e) => e.time >= end && e.time > stop.time)
      : events.findLast((e) => e.time < start && e.time < stop.time);
    if (!next) return false;
    this.actions.panTo(next.time, forward);
    this.focus(next.id);
    return true;
  }
}

/** The arrow keys forward and back, by the direction forward runs. */
const KEYS = {
  right: ['ArrowRight', 'ArrowLeft'],
  left: ['ArrowLeft', 'ArrowRight'],
  down: ['ArrowDown', 'ArrowUp'],
} as const;

/** Whether a pointer is on a mark: in the paths, or on a mark drawn one by one. */
function isOnMark(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.('.mark-paths, svg [part~="event"]');
}

function markId(target: EventTarget | null, selector: string): string | undefined {
  return (target as Element | null)?.closest?.(selector)?.getAttribute('data-id') ?? undefined;
}
