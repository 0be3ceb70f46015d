import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DrawdownTimelineProperties } from './drawdown-timeline.props.js';
import { seriesPointsTemplate, seriesWordsTemplate, type SeriesLayer } from './series-words.js';
import { SeriesFocusController } from '../../controllers/series-focus.js';
import { LocaleController } from '../../controllers/locale.js';
import {
  resolveSettings,
  VERTICAL_BELOW,
  warnOnce,
  type Settings,
  type ViewSetting,
} from '../../controllers/settings.js';
import {
  DocumentController,
  type TimelineEvent,
  type TimelineModel,
  type ValidationIssue,
} from '../../controllers/document.js';
import { SizeController } from '../../controllers/size.js';
import { WindowController } from '../../controllers/window.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import type { Formatters } from '../../locale/format.js';
import { fill } from '../../locale/strings.js';
import type { Layout } from '../../layout/layout.js';
import { LayoutController } from '../../controllers/layout.js';
import { FontController } from '../../controllers/fonts.js';
import { eventDate, keyboardHelp } from '../../locale/describe.js';
import { OverviewController } from '../../controllers/overview.js';
import { cssProps } from './css-props.js';
import { styles } from './drawdown-timeline.styles.js';
import { TextMeasurer } from './measure.js';
import { loadExporter } from './export-lazy.js';
import { slugify } from '../../locale/slug.js';
import { storyEvents, storyStep } from '../../layout/story.js';
import { ChunkController } from '../../controllers/chunk.js';
import { detailsChunk } from './details-chunk.js';
import { denseChunk } from './dense-chunk.js';
import type { Reveal } from './details.js';
import {
  chartTemplate,
  footerTemplate,
  legendTemplate,
  look,
  overviewTemplate,
  type MediaContext,
} from './templates.js';
import { controlsTemplate, statusTemplate } from './controls.js';
import type { Detail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'drawdown-timeline': DrawdownTimeline;
  }
}

/**
 * A timeline drawn from a typed event document. With no data it tells the story of the US
 * military drawdown in Iraq, in Arabic or English.
 *
 * Data sources, highest precedence first: the `data` property; `src`; an inline
 * `<script type="application/json">` child (also the fallback when `src` fails); the timeline
 * written as HTML in the element (a heading, a paragraph and an `<ol>` of events: readable
 * without JavaScript, hidden from view once the chart is drawn; also a fallback when `src`
 * fails); the built-in story.
 *
 * @summary A timeline of dated events with date precision, sources and disputed figures.
 */
// Its attributes, properties, events, parts and custom properties are declared, with their
// documentation, in drawdown-timeline.props.ts; this class is the behaviour.
export class DrawdownTimeline extends DrawdownTimelineProperties {
  static override styles = styles;

  @state() private announcement = '';
  /** Addresses of images that failed to load in this document: each shows its caption instead. */
  @state() private failedMedia: ReadonlySet<string> = new Set();

  /** The drawing and its label layer: gestures that start on a label pan the chart too. */
  private get chartElement(): HTMLElement | null {
    return this.renderRoot.querySelector('.chart');
  }

  private readonly size = new SizeController(this);
  private readonly doc = new DocumentController(
    this,
    () => this.settings.timeoutSeconds,
    (type, detail) => this.queue(type, detail as Detail),
  );
  private readonly window = new WindowController(this, {
    warn: (key, message) => this.warn(key, message),
    model: () => this.model,
    around: () => this.doc.eventWithId(this.selected)?.time,
    changed: (days, shown, announce) => {
      this.queue('drawdown-range-change', days);
      if (announce) {
        const f = this.formatters;
        this.announcement = fill(f.strings.rangeAnnouncement, {
          start: f.day(shown.start),
          end: f.day(shown.end),
        });
      }
    },
  });
  private readonly roving = new RovingFocusController(this, {
    layout: () => this.layouts.layout,
    paths: () => this.layouts.paths(),
    events: () => storyEvents(this.model?.events ?? [], this.settings.categoryIds),
    pick: (id) => this.pick(id),
    escape: () => !!this.selected && (this.clearSelection(), true),
    open: (cluster) => this.window.surround(cluster.span),
    zoom: (factor, around) => !this.noZoom && (this.window.zoomBy(factor, around), true),
    // The event comes into view near the edge it came in from: four fifths ahead, or one fifth.
    panTo: (time, forward) => this.window.bring(time, forward ? 0.8 : 0.2),
  });
  private readonly seriesFocus = new SeriesFocusController(this, () => this.layouts.drawn?.layout.series);
  private readonly overview = new OverviewController((time, at) => this.window.zoom.bring(time, at));

  /** The document shown, as its controller read it. */
  private get model(): TimelineModel | undefined {
    return this.doc.model;
  }

  /** Why the last download failed, shown in the message area until the next one. */
  @state() private exportFailure?: string;
  private get formatters(): Formatters {
    return this.locale.formatters;
  }
  private pending: Array<CustomEvent<Detail>> = [];
  private readonly warn = warnOnce();
  /** The attributes as checked, resolved first in each update. */
  private settings: Settings = resolveSettings(this, this.warn);
  private readonly locale = new LocaleController(this, {
    warn: this.warn,
    model: () => this.model,
    scheduled: (e) => this.doc.scheduled(e),
  });
  /** The host's resolved fonts, read once per document, language, theme and host style (not per zoom frame). */
  private readonly fonts = new FontController(this);
  private readonly layouts = new LayoutController(
    {
      doc: this.doc,
      locale: this.locale,
      window: this.window,
      size: this.size,
      fonts: this.fonts,
      settings: () => this.settings,
      pathsBuilder: () => this.dense.get()?.markPaths,
    },
    new TextMeasurer(),
  );
  /** The story card and the list view: a chunk, fetched the first time one is shown. */
  private readonly details = new ChunkController(this, detailsChunk);
  /** A dense view's paths: a chunk, fetched the first time a view is dense. */
  private readonly dense = new ChunkController(this, denseChunk);
  /** After the next render, bring the card into view (and, on a phone, focus to its heading). */
  private reveal?: Reveal;

  /**
   * Markup rendered on a server (declarative shadow DOM: the title, the dek and the list) is
   * replaced, not hydrated: the browser draws the chart in its place.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.locale.read();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** The events of the current document, sorted by time. */
  get events(): readonly TimelineEvent[] {
    return this.model?.events ?? [];
  }

  /** Problems found in the current data. */
  get problems(): readonly ValidationIssue[] {
    return this.doc.issues;
  }

  /** The current layout (read-only plain data), for tests and tooling. */
  get currentLayout(): Layout | undefined {
    return this.layouts.layout;
  }

  /** Selects an event by id (or clears the selection with undefined) and announces it. */
  select(id: string | undefined): void {
    const event = this.doc.eventWithId(id);
    const next = event?.id;
    if (next === this.selected) return;
    this.selected = next;
    if (next) this.roving.active = next;
    this.queue('drawdown-select', { ...(event ? { id: event.id, event } : {}) });
    if (event) {
      const f = this.formatters;
      this.announcement = fill(f.strings.selectedAnnouncement, {
        title: f.text(event.title, this.model?.language),
        date: eventDate(event, f),
      });
    }
  }

  /**
   * Selects the next event in time order, skipping events the `categories` filter hides; from
   * nothing selected (or the title card), the first event.
   */
  next(): void {
    const next = this.step().next;
    if (next) this.select(next.id);
  }

  /**
   * Selects the event before the selected one in time order, skipping hidden events; from the
   * first event, goes back to the title card when there is one.
   */
  previous(): void {
    const step = this.step();
    if (step.previous) this.select(step.previous.id);
    else if (step.position === 1 && this.titleCard) this.select(undefined);
  }

  /** Where the selection is in the story the reader steps through. */
  private step() {
    const events = storyEvents(this.model?.events ?? [], this.settings.categoryIds);
    return storyStep(events, this.doc.eventWithId(this.selected)?.id);
  }

  /**
   * Shows the window from the start of one partial date to the end of another
   * (`zoomTo('2024', '2025-09')`); a reversed pair is read the right way round, with one console
   * warning.
   */
  zoomTo(start: string, end: string): void {
    this.window.zoomTo(start, end);
  }

  /** Shows the whole document again. */
  resetZoom(): void {
    this.window.show(undefined);
  }

  /**
   * The current view as a standalone SVG document (styles inlined, labels as SVG text); the
   * export code loads on the first call. Empty when nothing is drawn (list view, loading, no data).
   */
  async toSVG(): Promise<string> {
    return (await loadExporter()).chartSvg(this.renderRoot, this.titleText(), this.locale.direction);
  }

  /** The current view as a PNG image, at twice the CSS pixel size; the export code loads on the first call. */
  async toPNG(): Promise<Blob> {
    const svg = await this.toSVG();
    if (!svg || !this.layouts.layout) throw new Error('<drawdown-timeline>: nothing is drawn to export');
    return (await loadExporter()).svgToPng(svg, this.layouts.layout.width, this.layouts.layout.height);
  }

  private titleText(): string {
    const model = this.model;
    return model?.title
      ? this.formatters.text(model.title, model.language)
      : this.formatters.strings.untitled;
  }

  /** A failed download is shown in the message area and reported, never thrown. */
  private async downloadAs(kind: 'svg' | 'png'): Promise<void> {
    this.exportFailure = undefined;
    try {
      const blob =
        kind === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      // The file name is made here: the readers' chunk shares slugify, and a chunk of its own would be one more fetch.
      (await loadExporter()).download(blob, `${slugify(this.titleText(), 60, true) || 'timeline'}.${kind}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.exportFailure = message;
      this.queue('drawdown-error', { issues: [{ path: '', message, severity: 'error' }] });
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Settings first: the loader reads the timeout, the formatters the digits and calendar.
    const settings = (this.settings = resolveSettings(this, this.warn));
    const dataChanged = this.doc.update(changed.has('src'));
    // Images that failed in the last document may load in the next.
    if (dataChanged && this.model && this.failedMedia.size > 0) this.failedMedia = new Set();
    this.locale.update(settings.numbering, settings.calendar);
    this.fonts.readFor(this.model, settings.theme, this.locale.language);
    this.window.update(dataChanged, changed.has('start') || changed.has('end'));
    if (dataChanged || changed.has('selected')) this.settleSelection();
    this.layouts.update(dataChanged);
    this.overview.update(
      this.model,
      this.layouts.layout,
      this.layouts.readingTime(),
      this.noZoom ? undefined : this.window.window,
    );
    this.roving.settle();
  }

  /** Drops a selection that names no event, and keeps the roving tab stop on an existing event. */
  private settleSelection(): void {
    const selectedEvent = this.doc.eventWithId(this.selected);
    if (this.selected !== undefined && !selectedEvent) {
      if (this.model) this.warn(`selected:${this.selected}`, `selected="${this.selected}" names no event.`);
    }
    if (selectedEvent) this.roving.active = selectedEvent.id;
  }

  private queue(type: keyof HTMLElementEventMap & `drawdown-${string}`, detail: Detail): void {
    this.pending.push(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  /** Also waits for a view's chunk that a render asked for, and for the update it brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = this.chunksPending(); p.length; p = this.chunksPending()) {
      await Promise.all(p);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private chunksPending(): Array<Promise<void>> {
    return [this.details.pending, this.dense.pending].filter((p) => p !== undefined);
  }

  override updated(): void {
    this.window.attach(this.view !== 'list' ? this.chartElement : null, this.layouts.layout, !this.noZoom);
    if (this.reveal)
      this.details.get()?.revealCard(this.renderRoot, this.reveal, this.size.measure() < VERTICAL_BELOW);
    this.reveal = undefined;
    // Events go out after the DOM shows what they describe.
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.dispatchEvent(event);
  }

  override render(): TemplateResult {
    const f = this.formatters;
    const model = this.model;
    const lang = model?.language;
    const loading = this.doc.loading;
    // A server renders the textual view: it needs no measuring, and a reader without JavaScript
    // can use it. The browser draws the chart over it.
    const view = isServer ? 'list' : this.settings.view;
    const headingLevel = this.settings.headingLevel;
    const selectedEvent = this.doc.eventWithId(this.selected);
    const lk = look(model?.categories ?? []);
    const keys = this.keysText();
    const series = this.seriesLayer();
    const paths = this.layouts.paths();
    const tooltip = this.layouts.tooltip(this.roving.peek);
    return html`
      <figure
        part="figure"
        lang=${this.locale.language}
        dir=${this.locale.direction}
        aria-busy=${loading ? 'true' : 'false'}
        style=${cssProps({ '--reserved-height': this.layouts.reservation(this.doc.origin === 'src') })}
        aria-labelledby="caption"
        aria-describedby=${[model?.description ? 'description' : '', keys ? 'keys' : ''].join(' ').trim() || nothing}
      >
        <figcaption id="caption" part="caption"><bdi>${this.titleText()}</bdi></figcaption>
        ${
          model?.description
            ? html`<p id="description" part="dek" dir="auto">${f.text(model.description, lang)}</p>`
            : nothing
        }
        ${statusTemplate({
          f,
          doc: this.doc,
          timeoutSeconds: this.settings.timeoutSeconds,
          debug: this.debug,
          exportFailed: this.exportFailure !== undefined,
        })}
        ${model && !isServer ? this.renderControls(f, view) : nothing}
        ${model && view === 'chart' ? legendTemplate(model, f, this.settings.categoryIds, this.doc.scheduled) : nothing}
        ${
          model && view === 'chart' && this.overview.overview
            ? overviewTemplate(this.overview.overview, lk, this.overview.onPointer)
            : nothing
        }
        ${
          model && model.events.length === 0 && !loading
            ? html`<p class="empty" part="message">${f.strings.empty}</p>`
            : nothing
        }
        ${
          model && view === 'list' && this.details.get()
            ? this.details
                .get()!
                .listTemplate(
                  model,
                  f,
                  { year: headingLevel, event: this.settings.subheadingLevel },
                  lk,
                  this.mediaContext(),
                )
            : nothing
        }
        ${
          // An empty document draws no chart: an axis with nothing on it would invent a span.
          model && view === 'chart' && this.layouts.layout && model.events.length > 0
            ? html`<div
                  class="chart-wrap"
                  @keydown=${this.roving.handle}
                  @click=${this.roving.handle}
                  @focusin=${this.roving.handle}
                  @focusout=${this.roving.handle}
                  @pointerover=${this.roving.handle}
                  @pointermove=${this.roving.handle}
                  @pointerleave=${this.roving.handle}
                >
                  ${chartTemplate({
                    layout: this.layouts.drawn!.layout,
                    shift: this.layouts.drawn!.shift,
                    f,
                    model,
                    look: lk,
                    ...(this.selected ? { selected: this.selected } : {}),
                    ...(this.roving.active ? { active: this.roving.active } : {}),
                    order: this.roving.order(),
                    ...(this.roving.peek ? { pointed: this.roving.peek } : {}),
                    onLabelClick: (id) => this.pick(id),
                    names: this.locale.nameOf,
                    scheduled: this.doc.scheduled,
                    ...(tooltip ? { tooltip } : {}),
                    ...(series ? { seriesPoints: seriesPointsTemplate(series) } : {}),
                    ...(paths ? { paths, pathMarks: this.dense.get()!.markPathsTemplate(paths, lk) } : {}),
                  })}
                </div>
                <p id="keys" class="visually-hidden">${keys}</p>
                ${series ? seriesWordsTemplate(series) : nothing}`
            : nothing
        }
        ${
          model &&
          view === 'chart' &&
          (selectedEvent || (this.titleCard && model.events.length > 0)) &&
          this.details.get()
            ? this.details.get()!.cardTemplate({
                f,
                model,
                headingLevel,
                ...(selectedEvent ? { event: selectedEvent } : {}),
                step: this.step(),
                titleCard: this.titleCard,
                media: this.mediaContext(),
                onPrevious: () => this.stepBy('previous'),
                onNext: () => this.stepBy('next'),
                onClose: () => this.clearSelection(),
              })
            : nothing
        }
        ${model && view === 'chart' ? footerTemplate(model, f) : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </figure>
    `;
  }

  /** The series track as the keyboard and assistive technology reach it, when one is drawn. */
  private seriesLayer(): SeriesLayer | undefined {
    const reach = this.seriesFocus.reach();
    return reach && { ...reach, f: this.formatters, language: this.model?.language };
  }

  /** The chart's keys in words, with the arrow that moves forward in time as drawn. */
  private keysText(): string | undefined {
    const layout = this.layouts.layout;
    if (!layout || this.view === 'list') return undefined;
    return keyboardHelp(this.formatters, layout.forward);
  }

  private renderControls(f: Formatters, view: ViewSetting): TemplateResult {
    return controlsTemplate({
      f,
      view,
      zoomable: view === 'chart' && !this.noZoom && (this.model?.events.length ?? 0) > 0,
      window: this.window,
      rtl: this.layouts.readingTime() === 'rtl',
      exportable: this.export,
      onToggleView: () => (this.view = this.view === 'list' ? 'chart' : 'list'),
      onDownload: (kind) => void this.downloadAs(kind),
    });
  }

  /** A reader picked an event on the chart: select it and bring its card into view. */
  private pick(id: string): void {
    this.select(id);
    if (this.selected === id) this.reveal = { focus: 'heading' };
  }

  private mediaContext(): MediaContext {
    return { failed: this.failedMedia, onError: this.onMediaError };
  }

  /** An image that fails to load is replaced by its caption. */
  private onMediaError = (url: string): void => {
    if (!this.failedMedia.has(url)) this.failedMedia = new Set([...this.failedMedia, url]);
  };

  /**
   * The card's Previous and Next. The card comes into view; focus stays on the button pressed,
   * or moves to the card's heading when that button is no longer usable (first or last event).
   */
  private stepBy(direction: 'previous' | 'next'): void {
    if (direction === 'next') this.next();
    else this.previous();
    this.reveal = { focus: 'button', part: direction };
  }

  private clearSelection(): void {
    const id = this.selected;
    this.select(undefined);
    // Focus returns to the event whose panel closed.
    if (id) this.roving.focus(id);
  }
}
