import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly url: string }
  | { readonly kind: 'loaded'; readonly url: string; readonly text: string; readonly contentType: string }
  | {
      readonly kind: 'failed';
      readonly url: string;
      readonly status: number;
      readonly message: string;
      /** No answer came within the timeout (`status` is -1). */
      readonly timedOut?: boolean;
    };

/** Seconds a request may take before it is aborted, unless the element says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * Fetches a document URL. A new URL aborts the request in flight, and an answer that arrives
 * for an older URL, or after the host disconnected, is dropped. A request that has not finished
 * (body included) after the timeout is aborted and fails with status -1: a server that never
 * answers must not leave the element loading for good.
 */
export class LoaderController implements ReactiveController {
  state: LoadState = { kind: 'idle' };
  private controller?: AbortController;
  private generation = 0;
  private connected = false;
  private pendingUrl?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The timeout in seconds, read when a request starts. */
    private readonly timeoutSeconds: () => number = () => DEFAULT_TIMEOUT_SECONDS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // A request dropped by a disconnect starts again when the element comes back.
    if (this.pendingUrl !== undefined && this.state.kind === 'loading') this.load(this.pendingUrl, true);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Starts loading `url` unless it is already the one loading or loaded; empty clears. */
  load(url: string | undefined, force = false): void {
    if (
      !force &&
      url !== undefined &&
      this.state.kind !== 'idle' &&
      'url' in this.state &&
      this.state.url === url
    )
      return;
    this.controller?.abort();
    const generation = ++this.generation;
    if (!url) {
      this.pendingUrl = undefined;
      this.set({ kind: 'idle' });
      return;
    }
    this.pendingUrl = url;
    this.set({ kind: 'loading', url });
    if (!this.connected) return;
    const controller = new AbortController();
    this.controller = controller;
    const seconds = this.timeoutSeconds();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, seconds * 1000);
    void this.fetch(url, controller.signal).then((next) => {
      clearTimeout(timer);
      if (generation !== this.generation || !this.connected) return;
      if (controller.signal.aborted && !timedOut) return;
      this.controller = undefined;
      this.pendingUrl = undefined;
      this.set(timedOut ? { kind: 'failed', url, status: -1, message: 'timeout', timedOut } : next);
    });
  }

  /** Loads the current URL again (after a failure). */
  retry(): void {
    const state = this.state;
    if (state.kind === 'failed') this.load(state.url, true);
  }

  private async fetch(url: string, signal: AbortSignal): Promise<LoadState> {
    try {
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) {
        return { kind: 'failed', url, status: response.status, message: response.statusText };
      }
      const text = await response.text();
      return { kind: 'loaded', url, text, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      return {
        kind: 'failed',
        url,
        status: -1,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
