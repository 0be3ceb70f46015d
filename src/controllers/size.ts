import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content-box size with one ResizeObserver, created on connect and
 * disconnected on disconnect, so re-inserting the element never leaves observers behind.
 */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
