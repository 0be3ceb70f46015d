/**
 * The document the element shows, and the one owner of where it comes from: the `data`
 * property, `src` (through the loader), an inline `<script type="application/json">` child, the
 * timeline written as HTML in the element, or the built-in story, in that order. It reads text
 * once per distinct text, validates, and reports what it found; the element only asks it for the
 * model, the issues, the failure and the origin.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { drawdownStory } from '../data/drawdown.js';
import { readTimelineTextLazily } from '../adapters/lazy.js';
import type { ReadResult } from '../adapters/sniff.js';
import { validateDocument } from '../schema/validate.js';
import type { EventInput, TimelineDocument } from '../schema/document.js';
import type { TimelineEvent, TimelineModel, ValidationIssue } from '../schema/model.js';
import { scheduledTest } from '../layout/reference.js';
import { LoaderController } from './loader.js';

export type { EventInput, TimelineDocument, TimelineEvent, TimelineModel, ValidationIssue };

/** Where the shown document came from. */
export type Origin = 'data' | 'src' | 'inline' | 'html' | 'builtin';

/** Why `src` failed: the HTTP status (-1 for the network), and whether it was the timeout. */
export interface Failure {
  /** The address asked for: authors get it (console, `drawdown-error`, `debug`), readers never. */
  readonly url: string;
  readonly status: number;
  readonly message: string;
  readonly timedOut?: boolean;
}

/** What the document controller reports as it reads: a document, or why there is none. */
export interface DocumentReport {
  /** The events shown (on `drawdown-load`). */
  readonly events?: readonly TimelineEvent[];
  /** The HTTP status of a failed `src` (on `drawdown-error`). */
  readonly status?: number;
  /** The address of a failed `src` (on `drawdown-error`). */
  readonly url?: string;
  readonly issues: readonly ValidationIssue[];
}

/** The inputs the controller reads from its element. */
export interface DocumentHost extends ReactiveControllerHost, HTMLElement {
  readonly data?: TimelineDocument | EventInput[] | undefined;
  readonly src?: string | undefined;
}

interface DocumentInput {
  readonly origin: Origin;
  /** The raw document; compared by identity to tell whether the data changed. */
  readonly value: unknown;
  readonly failure?: Failure;
  /** The text could not be read at all (malformed JSON or CSV). */
  readonly parseIssue?: ValidationIssue;
  /** Problems found while reading the text (CSV lines, TimelineJS3 fields). */
  readonly readIssues?: readonly ValidationIssue[];
  /** The text needs a reader that is still loading. */
  readonly reading?: boolean;
  /** Names a path of the document as its author counts (the written items). */
  readonly rename?: ((path: string) => string) | undefined;
}

/** A read, with the written story's way of naming paths. */
type Read = ReadResult & { rename?: (path: string) => string };

/** What an empty or blank `src` is: no document, and a problem. */
const BLANK_SRC: ValidationIssue = {
  path: 'src',
  message: 'is empty: name a document, or write the story in the element',
  severity: 'error',
};

export class DocumentController implements ReactiveController {
  /** The validated document; undefined while loading, or when nothing could be read. */
  model?: TimelineModel;
  /** Problems found in the current data. */
  issues: readonly ValidationIssue[] = [];
  failure?: Failure;
  /** The problems that keep the data from being shown whole (the message area lists these). */
  get errors(): readonly ValidationIssue[] {
    return this.issues.filter((i) => i.severity === 'error');
  }
  origin: Origin = 'builtin';
  readonly loader: LoaderController;

  private inlineText?: string;
  /** The timeline written as HTML in the element (an `<ol>` of events), read with DOM APIs. */
  private authored?: Read;
  /** What `authored` was read from, so an unchanged page keeps its document (and its zoom). */
  private authoredKey?: string;
  /** The HTML reader is loading: the written timeline is shown once it is read. */
  private authoredPending = false;
  private documentInput?: unknown;
  private readonly reads: Partial<
    Record<'src' | 'inline', { text: string; contentType: string | undefined; result: ReadResult }>
  > = {};
  /** The current input waits for its format's reader to load. */
  private reading = false;
  /** Watches the element's own children: inline JSON or a written timeline edited in place. */
  private children?: MutationObserver;

  constructor(
    private readonly host: DocumentHost,
    timeoutSeconds: () => number,
    private readonly report: (type: 'drawdown-load' | 'drawdown-error', report: DocumentReport) => void,
  ) {
    host.addController(this);
    this.loader = new LoaderController(host, timeoutSeconds);
  }

  hostConnected(): void {
    const host = this.host;
    this.readInline();
    // The host's own attributes are the element's inputs, not the written story.
    this.children = new MutationObserver((records) => {
      if (records.some((r) => r.type !== 'attributes' || r.target !== host)) this.readInline();
    });
    this.children.observe(host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.children?.disconnect();
  }

  /** The document is on its way: a request or a reader is still loading. */
  get loading(): boolean {
    return this.reading || (this.origin === 'src' && (isServer || this.loader.state.kind === 'loading'));
  }

  /**
   * Brings the document up to date with the inputs (call from `willUpdate`); true when the shown
   * document changed (a new one, or none), so that what was derived from the last one goes.
   */
  update(srcChanged: boolean): boolean {
    // A server cannot fetch for the reader: the request starts once the element runs in the browser.
    if (srcChanged && !isServer) this.loader.load(this.host.src?.trim() || undefined);
    const input = this.chooseInput();
    const changed =
      input.value !== this.documentInput ||
      input.origin !== this.origin ||
      input.failure !== this.failure ||
      (input.reading === true) !== this.reading;
    if (changed) {
      this.documentInput = input.value;
      this.origin = input.origin;
      this.failure = input.failure;
      this.readDocument(input);
    }
    return changed;
  }

  /** The event with an id in the current document; the index is built once per document. */
  eventWithId(id: string | undefined): TimelineEvent | undefined {
    const model = this.model;
    if (id === undefined || !model) return undefined;
    if (this.index?.model !== model)
      this.index = { model, byId: new Map(model.events.map((e) => [e.id, e])) };
    return this.index.byId.get(id);
  }

  /** Whether an event lies after the reference date, drawn as scheduled; the test is made once per document. */
  readonly scheduled = (e: TimelineEvent): boolean => {
    const model = this.model!;
    if (this.schedule?.model !== model) this.schedule = { model, test: scheduledTest(model) };
    return this.schedule.test(e);
  };

  private index?: { model: TimelineModel; byId: Map<string, TimelineEvent> };
  private schedule?: { model: TimelineModel; test: (e: TimelineEvent) => boolean };

  private readInline(): void {
    const host = this.host;
    const script = host.querySelector(':scope > script[type="application/json"]');
    this.inlineText = script?.textContent ?? undefined;
    // What changed is read again in the update; an unchanged text keeps its document.
    host.requestUpdate();
    // The HTML reader loads only for a page that writes in the element: anything but white space,
    // comments and scripts is the author's story, which the built-in one never stands in for.
    const written = [...host.childNodes].some((n) =>
      n.nodeType === 3 ? /\S/.test(n.textContent!) : n.nodeType === 1 && n.nodeName !== 'SCRIPT',
    );
    if (written && !htmlReader) {
      this.authoredPending = true;
      void loadHtmlReader().then(
        () => {
          this.authoredPending = false;
          if (host.isConnected) this.readInline();
        },
        (error: unknown) => {
          this.authoredPending = false;
          const message = `the HTML reader could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
          this.authored = { value: undefined, issues: [{ path: '', message, severity: 'error' }] };
          host.requestUpdate();
        },
      );
      return;
    }
    const read = written ? htmlReader?.fromHtml(host) : undefined;
    const key = read && JSON.stringify(read);
    if (key !== this.authoredKey) {
      this.authoredKey = key;
      this.authored = read;
    }
  }

  /**
   * Applies the documented precedence: data, then src, then inline JSON, then the HTML written in
   * the element, then the built-in story.
   */
  private chooseInput(): DocumentInput {
    const data = this.host.data;
    if (data !== undefined && data !== null) return { origin: 'data', value: data };
    if (isServer && this.host.src) return { origin: 'src', value: undefined };
    const load = this.loader.state;
    if (load.kind === 'loading') return { origin: 'src', value: undefined };
    if (load.kind === 'loaded') return fromText('src', this.read('src', load.text, load.contentType));
    const inline =
      this.inlineText === undefined ? undefined : this.read('inline', this.inlineText, 'application/json');
    if (inline === undefined && this.inlineText !== undefined) return fromText('inline', undefined);
    if (load.kind === 'failed') {
      // A failed src falls back to inline data when there is some; the error is still reported.
      const failure =
        this.failure?.status === load.status &&
        this.failure.message === load.message &&
        this.failure.url === load.url
          ? this.failure
          : { url: load.url, status: load.status, message: load.message, timedOut: load.timedOut === true };
      if (inline && inline.value !== undefined) return { ...fromText('inline', inline), failure };
      // A written story with events to show is the fallback; the failure is told once it is read.
      if (this.authoredPending) return { ...fromText('html', undefined), failure };
      if ((this.authored?.value as TimelineDocument | undefined)?.events?.length)
        return { ...fromText('html', this.authored), failure };
      return { origin: 'src', value: undefined, failure };
    }
    if (inline) return fromText('inline', inline);
    if (this.authoredPending) return fromText('html', undefined);
    if (this.authored) return fromText('html', this.authored);
    // An empty or blank src (a CMS field left empty) names no document, and is told as one: the
    // built-in story would publish, on the page's own article, a story it never meant to tell.
    if (typeof this.host.src === 'string') return { origin: 'src', value: undefined, parseIssue: BLANK_SRC };
    return { origin: 'builtin', value: drawdownStory };
  }

  /**
   * Reads text once per distinct text (one slot for `src`, one for inline JSON): parsing again on
   * every update would hand out a new object each time, and a new object means a new document
   * (and a reset zoom). Undefined while the reader the format needs loads (then it updates again).
   */
  private read(slot: 'src' | 'inline', text: string, contentType?: string): ReadResult | undefined {
    const cached = this.reads[slot];
    if (cached && cached.text === text && cached.contentType === contentType) return cached.result;
    const result = readTimelineTextLazily(text, contentType);
    if (result.pending) {
      void result.pending.then(() => this.host.requestUpdate());
      return undefined;
    }
    this.reads[slot] = { text, contentType, result };
    return result;
  }

  private readDocument({
    value,
    failure,
    parseIssue,
    readIssues = [],
    reading,
    rename,
  }: DocumentInput): void {
    this.reading = reading === true;
    if (this.loading) {
      this.model = undefined;
      this.issues = [];
      return;
    }
    if (failure) logFailure(failure);
    if (parseIssue || (failure && value === undefined)) {
      this.model = undefined;
      this.issues = parseIssue ? [parseIssue] : [];
      logProblems(this.issues);
      this.report('drawdown-error', { ...failed(failure), issues: this.issues });
      return;
    }
    const result = validateDocument(value);
    const issues = [
      ...readIssues,
      ...(rename ? result.issues.map((i) => ({ ...i, path: rename(i.path) })) : result.issues),
    ];
    this.model = result.model;
    this.issues = issues;
    logProblems(issues);
    this.report('drawdown-load', { events: result.model.events, issues });
    if (failure || this.errors.length > 0) {
      this.report('drawdown-error', { ...failed(failure), issues });
    }
  }
}

function fromText(origin: Origin, read: Read | undefined): DocumentInput {
  if (read === undefined) return { origin, value: undefined, reading: true };
  if (read.value === undefined) {
    return {
      origin,
      value: read,
      parseIssue: read.issues[0] ?? { path: '', message: 'unreadable', severity: 'error' },
    };
  }
  return { origin, value: read.value, readIssues: read.issues, rename: read.rename };
}

/**
 * Problems go to the console with their paths, once per document read: readers see only a
 * short note, and an author who never listens to `drawdown-error` still finds them.
 */
function logProblems(issues: readonly ValidationIssue[]): void {
  if (issues.length === 0) return;
  const lines = issues.map((i) => `  ${i.severity}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
  console.warn(`<drawdown-timeline>: ${issues.length} problem(s) in the data:\n${lines.join('\n')}`);
}

/** What `drawdown-error` tells of a failed request: its status and address. */
function failed(failure: Failure | undefined): Pick<DocumentReport, 'status' | 'url'> {
  return failure ? { status: failure.status, url: failure.url } : {};
}

/**
 * A failed request goes to the console with its address and status, once per failure: readers
 * see a short note without either, and an author who never listens to `drawdown-error` still
 * finds out which request failed and how.
 */
function logFailure(failure: Failure): void {
  console.warn(`<drawdown-timeline>: could not load ${failure.url}: ${failureCause(failure)}.`);
}

/** How a request failed, for authors: its HTTP status and status text, the network, or the timeout. */
export function failureCause(failure: Failure): string {
  if (failure.timedOut) return 'no answer before the timeout';
  if (failure.status > 0) return `HTTP ${failure.status}${failure.message ? ` ${failure.message}` : ''}`;
  return `network error${failure.message ? ` (${failure.message})` : ''}`;
}

type HtmlReader = typeof import('../adapters/html.js');
/** The HTML reader once loaded: code, the same for every element on the page. */
let htmlReader: HtmlReader | undefined;
let htmlReaderLoading: Promise<void> | undefined;

function loadHtmlReader(): Promise<void> {
  htmlReaderLoading ??= import('../adapters/html.js').then((module) => {
    htmlReader = module;
  });
  // A failed load may be tried again by the next element or edit.
  htmlReaderLoading.catch(() => (htmlReaderLoading = undefined));
  return htmlReaderLoading;
}
