import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { seriesPointsTemplate, seriesWordsTemplate, type SeriesLayer } from './series-words.js';
import { SeriesFocusController } from '../../controllers/series-focus.js';
import { LocaleController } from '../../controllers/locale.js';
import {
  resolveSettings,
  VERTICAL_BELOW,
  warnOnce,
  type OrientationSetting,
  type Settings,
  type ThemeSetting,
  type TimeDirectionSetting,
  type ViewSetting,
} from '../../controllers/settings.js';
import {
  DocumentController,
  type EventInput,
  type TimelineDocument,
  type TimelineEvent,
  type TimelineModel,
  type ValidationIssue,
} from '../../controllers/document.js';
import { SizeController } from '../../controllers/size.js';
import { WindowController } from '../../controllers/window.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import type { CalendarName, Formatters, Numbering } from '../../locale/format.js';
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
 *
 * @attr {string} lang - Interface language, and the language picked from localized text. Inherited from ancestors when absent; an invalid tag falls back to `en` with a console warning.
 * @attr {'ltr' | 'rtl'} dir - Reading direction (`ltr`/`rtl`); inherited from ancestors, else the language's own direction.
 *
 *
 * @event {CustomEvent<DrawdownLoadDetail>} drawdown-load - A document was read; `detail.events` are the events shown and `detail.issues` any problems found.
 * @event {CustomEvent<DrawdownErrorDetail>} drawdown-error - Loading failed or the data had errors; `detail.status` is the HTTP status (-1 for a network failure).
 * @event {CustomEvent<DrawdownSelectDetail>} drawdown-select - The selection changed; `detail.id` and `detail.event` (both undefined when cleared).
 * @event {CustomEvent<DrawdownRangeChangeDetail>} drawdown-range-change - The visible window changed, by a gesture, a method or a document arriving under `start`/`end`; `detail.start` and `detail.end` are the first and last day shown, as ISO dates.
 *
 * @csspart figure - The figure that holds caption, chart and messages.
 * @csspart caption - The document title.
 * @csspart dek - The document's `description`, shown under the title.
 * @csspart footer - The document's `source` (linked when it has a URL) and `credit`.
 * @csspart controls - The toolbar: zoom buttons, pan buttons (‹ ›, pointing where the view moves), reset, list/chart toggle.
 * @csspart legend - The categories with their colours and shapes.
 * @csspart chart - The SVG drawing.
 * @csspart axis - The time axis with its ticks.
 * @csspart compressed - A stretch of time drawn compressed around the document's `focus`: shaded, and named "compressed scale".
 * @csspart axis-break - The break mark on the axis where a compressed stretch meets the focus.
 * @csspart overview - The strip shown while zoomed: the whole document, its events, and the visible window as a box to drag or click.
 * @csspart event - One event's marks (band, marker with a 24 px click target, leader line, and a pin to its own day when dodged off the axis); carries `data-id`, and `selected` when selected.
 * @csspart label - One event's label; carries `data-id`. A core event's label starts with its number and its date.
 * @csspart selected - Added to the selected event's marks and label: `::part(event selected)`.
 * @csspart band - The span an event's date precision names.
 * @csspart deadline - The mark of a "by" date.
 * @csspart open - The arrow of a "before" or "after" date.
 * @csspart period - The bar of an event with a start and an end.
 * @csspart now - The story's reference date, drawn as a rule that reads "As of <date>"; events after it are drawn hollow, as scheduled.
 * @csspart series - One quantitative series.
 * @csspart estimate - The range between disputed estimates of one figure.
 * @csspart cluster - A cluster of several events close in time, as a reader reaches it: the named, focusable ring; choosing it zooms in to them.
 * @csspart cluster-bubble - The drawn bubble of a cluster and its count, under the marks (hidden from assistive technology; a click on it chooses the cluster).
 * @csspart tooltip - The date and title of a pointed or focused mark whose label does not carry its date: placed clear of the chart's texts, within reach of its mark on a phone.
 * @csspart note - An annotation on the series track (e.g. an announced reduction): its words, and the rule across the track when it is not tied to a disputed figure.
 * @csspart detail - The story card (also `card`): the selected event's date, headline, image, summary, places and sources.
 * @csspart card - The story card, the same element as `detail`; with `title-card` before the first event it also carries `title-card`.
 * @csspart title-card - The title card: the document's title and dek, before the first event.
 * @csspart previous - The card's button to the event before in time (skips events the `categories` filter hides).
 * @csspart next - The card's button to the event after in time (on the title card, to the first event).
 * @csspart list - The list view.
 * @csspart message - Errors, the note on data that could not be shown (its paths only with `debug`), and the empty state (`role="alert"` for errors).
 *
 * @cssproperty --drawdown-font-family - Font stack; Arabic-capable fonts follow system-ui.
 * @cssproperty --drawdown-title-font-size - Title size: 22 px, 24 px in Arabic.
 * @cssproperty --drawdown-font-size - Base font size (the dek, the detail panel): 14 px, 16 px in Arabic.
 * @cssproperty --drawdown-label-font-size - Event label font size (13 px, 15 px in Arabic); labels are measured at this size, also when the element's `style` or `class` changes it after the chart is drawn.
 * @cssproperty --drawdown-small-font-size - Tick texts, figures on the series track, the footer: 12 px, 13 px in Arabic.
 * @cssproperty --drawdown-color-text - Text colour.
 * @cssproperty --drawdown-color-muted - Secondary text colour (dates, sources, tick texts).
 * @cssproperty --drawdown-color-background - Background colour.
 * @cssproperty --drawdown-color-axis - Axis colour.
 * @cssproperty --drawdown-color-grid - Grid line colour.
 * @cssproperty --drawdown-color-now - Colour of the reference date line.
 * @cssproperty --drawdown-color-focus - Focus ring colour.
 * @cssproperty --drawdown-color-link - Colour of source links.
 * @cssproperty --drawdown-color-error - Colour of error messages.
 * @cssproperty --drawdown-color-message-background - Background of the message box (errors, problems).
 * @cssproperty --drawdown-color-series - Colour of the first series.
 * @cssproperty --drawdown-color-series-2 - Colour of the second series.
 * @cssproperty --drawdown-color-series-3 - Colour of the third series (and every third after it).
 * @cssproperty --drawdown-color-estimate - Colour of disputed estimates.
 * @cssproperty --drawdown-category-1 - Colour of the first category, unless the document gives it a colour.
 * @cssproperty --drawdown-category-2 - Colour of the second category.
 * @cssproperty --drawdown-category-3 - Colour of the third category.
 * @cssproperty --drawdown-category-4 - Colour of the fourth category.
 * @cssproperty --drawdown-category-5 - Colour of the fifth category.
 * @cssproperty --drawdown-category-6 - Colour of the sixth category (the seventh takes the first again).
 * @cssproperty --drawdown-min-height - Minimum height. Default: 320 px; a chart loaded from `src` reserves the height a full story takes at its width (about 740 px at 1000 px and wider, 1340 px at 375 px) from the first paint and keeps it once drawn, so the page below does not move when the document arrives. Set it to the chart's own height to reserve exactly that.
 */
export class DrawdownTimeline extends LitElement {
  static override styles = styles;

  /**
   * URL of a JSON document, TimelineJS3 JSON or a CSV file (the format is read from the content).
   * A new value aborts the request in flight, and a late answer is ignored. A failed request
   * dispatches `drawdown-error` with the HTTP status (-1 for the network or the timeout), offers
   * "Try again", and falls back to inline JSON when there is some.
   */
  @property({ reflect: true }) src?: string;

  /**
   * Seconds a `src` request may take, body included; then it is aborted and fails like a network
   * failure (status -1), with "Try again". A value that is not a positive number falls back to 30
   * with a console warning.
   */
  @property({ type: Number }) timeout = 30;

  /**
   * A document, or a bare array of events; wins over `src` and inline JSON. Problems are
   * reported (`problems`, `drawdown-error`) and the valid events are shown.
   */
  @property({ attribute: false }) data?: TimelineDocument | EventInput[];

  /**
   * Which way time runs: `reading` (with the reading direction), `ltr` or `rtl`. Another value
   * falls back to `reading` with a console warning.
   */
  @property({ attribute: 'time-direction' }) timeDirection: TimeDirectionSetting = 'reading';

  /**
   * `auto` (vertical below 600 px wide), `horizontal` or `vertical`. Another value falls back to
   * `auto` with a console warning.
   */
  @property() orientation: OrientationSetting = 'auto';

  /**
   * Digits for numbers and dates: `auto` (what Intl gives the language), `latn` or `arab`.
   * Another value falls back to `auto` with a console warning.
   */
  @property() numbering: Numbering = 'auto';

  /**
   * Calendar of the dates shown to the reader: `gregory` or `islamic-umalqura` (never bare
   * `islamic`); the axis stays Gregorian. Another value falls back to `gregory` with a console
   * warning.
   */
  @property() calendar: CalendarName = 'gregory';

  /**
   * Id of the selected event; reflects, so a page can deep-link. An id that names no event
   * selects nothing (one console warning).
   */
  @property({ reflect: true }) selected?: string;

  /**
   * Start of the visible window, a partial date (`2024`, `2024-09`, `2024-09-27`); reflects while
   * zooming. It applies to whatever document arrives, whenever it arrives (a late `src` or
   * `data` included). Default: the whole document. An invalid date is ignored with a console
   * warning.
   */
  @property({ reflect: true }) start?: string;

  /**
   * End of the visible window, a partial date, shown to the end of its span; reflects while
   * zooming as the last day shown, so reading it back gives the same window. Default: the whole
   * document. An invalid date is ignored with a console warning.
   */
  @property({ reflect: true }) end?: string;

  /**
   * Level (1–6) of the story card's heading and the list's year headings (the list's events are
   * one level below). Another value falls back to 3 with a console warning.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * `chart`, or `list` (the textual equivalent: every event with dates, summaries and sources,
   * and the figures as a table); reflects. Another value falls back to `chart` with a console
   * warning.
   */
  @property({ reflect: true, useDefault: true }) view: ViewSetting = 'chart';

  /** Space-separated ids of the series to draw; `none` hides the track. Default: all. */
  @property() series?: string;

  /**
   * Space-separated ids of the categories to show; the legend lists only these. Default: all;
   * unknown ids show nothing.
   */
  @property() categories?: string;

  /** Turns zooming and panning off: no gestures, keys or buttons for zooming. */
  @property({ attribute: 'no-zoom', type: Boolean }) noZoom = false;

  /** Adds "Download SVG" and "Download PNG" buttons to the controls. */
  @property({ type: Boolean }) export = false;

  /**
   * `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Another value falls back to
   * `light` with a console warning.
   */
  @property({ reflect: true, useDefault: true }) theme: ThemeSetting = 'light';

  /**
   * Opens the story with a card of the document's title and dek before the first event: its Next
   * goes to the first event, and Previous on the first event comes back to it.
   */
  @property({ attribute: 'title-card', type: Boolean }) titleCard = false;

  /**
   * The authoring view: lists each problem found in the data with its path
   * (`events[3].start: …`) in the message. Without it readers see only a short note; the paths
   * always go to `drawdown-error`, `problems` and the console.
   */
  @property({ type: Boolean }) debug = false;

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
