/**
 * The one owner of the element's language and reading direction, and of what follows from them:
 * the formatters and the events' accessible names.
 *
 * `lang` and `dir` come from the element or its nearest ancestor, across shadow roots, and are
 * watched: a site's language switcher that sets them on an ancestor after the chart is drawn
 * reaches it. Strings registered with `registerStrings` after the first render reach the
 * elements already on the page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  canonicalLanguage,
  createFormatters,
  languageDirection,
  type CalendarName,
  type Formatters,
  type Numbering,
} from '../locale/format.js';
import { fill, onStringsChange, stringsVersion } from '../locale/strings.js';
import { eventName, positionText } from '../locale/describe.js';
import type { TimelineEvent, TimelineModel } from '../schema/model.js';
import type { Warn } from './settings.js';

export interface LocaleOptions {
  readonly warn: Warn;
  /** The document shown, whose events are named. */
  readonly model: () => TimelineModel | undefined;
  /** Whether an event lies after the story's reference date (it is named as scheduled). */
  readonly scheduled: (e: TimelineEvent) => boolean;
}

export class LocaleController implements ReactiveController {
  language = 'en';
  direction: 'ltr' | 'rtl' = 'ltr';
  /** The formatters for the language, digits and calendar in force; made in `update()`. */
  formatters!: Formatters;
  private mutations?: MutationObserver;
  /** Stops listening for `registerStrings`; set while connected. */
  private stopStrings?: () => void;
  /**
   * Accessible names per event of one model (a name says the event's place in it), valid for one
   * set of formatters. A new model starts a new table: a WeakMap's table keeps the size its most
   * names gave it after their events are gone, so one table for every document a page swaps in
   * would hold the room of all of them.
   */
  private names = new WeakMap<TimelineEvent, string>();
  private namesModel?: TimelineModel;
  /** The language, digits and calendar the formatters were made with, and the `registerStrings` count. */
  private madeFor?: string;
  private stringsSeen = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LocaleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.mutations = new MutationObserver(() => this.read());
    // The observer watches every root above the element, across shadow roots.
    for (let root: Node = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      this.mutations.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
    this.stopStrings = onStringsChange(() => this.host.requestUpdate());
    if (this.stringsSeen >= 0 && this.stringsSeen !== stringsVersion()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.mutations?.disconnect();
    this.mutations = undefined;
    this.stopStrings?.();
    this.stopStrings = undefined;
  }

  /** Reads `lang` and `dir` from the element or its nearest ancestors; a change updates the element. */
  read(): void {
    const tag = inherited(this.host, 'lang');
    const canonical = canonicalLanguage(tag);
    if (tag && !canonical)
      this.options.warn('lang', `lang="${tag}" is not a valid language tag; using "en".`);
    const language = canonical ?? 'en';
    const dir = inherited(this.host, 'dir')?.toLowerCase();
    const direction = dir === 'rtl' || dir === 'ltr' ? dir : languageDirection(language);
    if (language === this.language && direction === this.direction) return;
    this.language = language;
    this.direction = direction;
    this.host.requestUpdate();
  }

  /**
   * Makes the formatters anew when the language, digits, calendar or registered strings changed;
   * says whether it did.
   */
  update(numbering: Numbering, calendar: CalendarName): boolean {
    // On a server there is no connectedCallback: `lang` and `dir` are read from the element itself.
    if (isServer) this.read();
    const madeFor = `${this.language}|${numbering}|${calendar}`;
    if (madeFor === this.madeFor && this.stringsSeen === stringsVersion()) return false;
    this.madeFor = madeFor;
    this.stringsSeen = stringsVersion();
    this.formatters = createFormatters({ language: this.language, numbering, calendar });
    this.names = new WeakMap();
    return true;
  }

  /** An event's accessible name: its name, whether it is scheduled, and its place in the story. */
  readonly nameOf = (e: TimelineEvent): string => {
    const model = this.options.model()!;
    if (model !== this.namesModel) {
      this.namesModel = model;
      this.names = new WeakMap();
    }
    let name = this.names.get(e);
    if (name === undefined) {
      const f = this.formatters;
      name = eventName(e, f, model);
      if (model.referenceDate && this.options.scheduled(e)) {
        name += ` — ${fill(f.strings.scheduled, { date: f.date(model.referenceDate) })}`;
      }
      // Last, as screen readers say a list item's position: "…, 3 of 12".
      name += `, ${positionText(e.index, model.events.length, f)}`;
      this.names.set(e, name);
    }
    return name;
  };
}

/** The value of `lang` or `dir` on the element or its nearest ancestor, crossing shadow roots. */
function inherited(element: Element, name: 'lang' | 'dir'): string | undefined {
  // A server renders the element without its ancestors.
  if (isServer) return element.getAttribute(name) ?? undefined;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
