import type { ReactiveControllerHost } from 'lit';

/**
 * Images of the document shown that failed to load: the card and the list show each one's
 * caption instead. The controller is the context the templates are given (`failed`, `onError`).
 */
export class MediaFailures {
  failed: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new document: images that failed in the last one may load in this one. */
  reset(): void {
    if (this.failed.size > 0) this.failed = new Set();
  }

  readonly onError = (url: string): void => {
    if (this.failed.has(url)) return;
    this.failed = new Set([...this.failed, url]);
    this.host.requestUpdate();
  };
}
