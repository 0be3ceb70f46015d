import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content-box width with one ResizeObserver, created on connect and
 * disconnected on disconnect, so re-inserting the element never leaves observers behind.
 * Only the width drives the layout: the height follows from it, so reacting to height changes
 * would lay everything out twice.
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame?: number;
  /** Whether the page renders anything after the host (asked once per connection). */
  private after?: boolean;
  /**
   * Whether any of the host is in the viewport; undefined until the first report. Out of it, a
   * change of the host's height moves nothing a reader sees: what is below it is out of view
   * too, and for what is above, the browser's scroll anchoring holds the view still.
   */
  inView?: boolean;
  /** Whether leaving the view changes what the host draws (it holds room it may give up). */
  holdsRoom = false;
  private seen?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The current width: the observer's, or read once from the host before it has reported. */
  measure(): number {
    if (this.width === 0) this.width = this.host.clientWidth;
    return this.width;
  }

  /**
   * Whether the page renders anything after the host in its flow: text, or an element that
   * takes a box, after it or after any of its ancestors (across shadow roots). Only then does
   * the host's height move what a reader sees below it.
   */
  followed(): boolean {
    for (let n: Node | null = this.host; n && !this.after && n !== document.body;) {
      for (let s = n.nextSibling; s && !this.after; s = s.nextSibling)
        this.after = s instanceof Element ? s.getClientRects().length > 0 : !!s.textContent?.trim();
      n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
    }
    return (this.after ??= false);
  }

  hostConnected(): void {
    this.after = undefined;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      if (width === this.width) return;
      this.width = width;
      // Updating inside the observer's delivery would change the host's height while it is
      // being observed ("ResizeObserver loop completed with undelivered notifications").
      if (this.frame === undefined) {
        this.frame = requestAnimationFrame(() => {
          this.frame = undefined;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
    this.seen = new IntersectionObserver((entries) => {
      const inView = entries[entries.length - 1]!.isIntersecting;
      if (inView === this.inView) return;
      this.inView = inView;
      // Only a host holding room it may give up draws anything else out of view.
      if (!inView && this.holdsRoom) this.host.requestUpdate();
    });
    this.seen.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.seen?.disconnect();
    this.seen = undefined;
    this.inView = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
