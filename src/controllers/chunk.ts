/**
 * A module only some views need, loaded the first time a render asks for it: in the single-file
 * bundle it is a chunk beside the bundle, fetched relative to the bundle's own URL.
 *
 * Lit renders synchronously, so the render that first asks draws without the module, and the
 * element updates again when it arrives; the element's `updateComplete` waits for `pending`, so
 * code and tests awaiting it see the finished view. Entries that import the module anyway (the
 * npm build, the self-contained file, server rendering) hand it over with `provide`, and every
 * render has it at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Chunk<M> {
  /** The module once loaded: the same for every element on the page. */
  module?: M;
  /** Loads it once per page; a failed load is tried again by the next render that asks. */
  load(): Promise<M>;
  /** Gives the module to every element without a fetch. */
  provide(module: M): void;
}

export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let loading: Promise<M> | undefined;
  const c: Chunk<M> = {
    load: () =>
      (loading ??= importer().then(
        (module) => (c.module = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    provide: (module) => {
      c.module = module;
    },
  };
  return c;
}

export class ChunkController<M> implements ReactiveController {
  /** The load in flight that this element waits for, if any. */
  pending?: Promise<void>;
  /** Why the last load failed; cleared by the next attempt. */
  error?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: Chunk<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Loads the module once the next frame has begun and the browser is then idle, without updating
   * the element: a view likely to want it soon (a zoomable chart's overview strip) then draws
   * with it at once, instead of waiting for it and drawing twice. Asked from an update, it never
   * comes before the frame that update draws: on a busy page an idle moment could come first.
   */
  prefetch(): void {
    if (this.source.module || this.soon) return;
    this.soon = true;
    requestAnimationFrame(() =>
      (self.requestIdleCallback ?? setTimeout)(() => this.source.load().catch(() => {})),
    );
  }

  /** Whether `prefetch` has asked for the module. */
  private soon = false;

  /**
   * The module, or undefined while it loads: asking starts the load, and the element updates
   * when it arrives. A failed load does not update the element (which would ask again at once).
   */
  get(): M | undefined {
    if (this.source.module) return this.source.module;
    this.pending ??= this.source.load().then(
      () => {
        this.pending = undefined;
        this.error = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = undefined;
        this.error = error instanceof Error ? error.message : String(error);
      },
    );
    return undefined;
  }
}
