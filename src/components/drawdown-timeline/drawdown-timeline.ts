import { isServer, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DrawdownTimelineProperties } from './drawdown-timeline.props.js';
import { seriesPointsTemplate } from './series-words.js';
import { SeriesFocusController } from '../../controllers/series-focus.js';
import { LocaleController } from '../../controllers/locale.js';
import { resolveSettings, VERTICAL_BELOW, warnOnce, type Settings } from '../../controllers/settings.js';
import {
  DocumentController,
  type TimelineEvent,
  type TimelineModel,
  type ValidationIssue,
} from '../../controllers/document.js';
import { SizeController } from '../../controllers/size.js';
import { CardRoomController } from '../../controllers/card-room.js';
import { WindowController } from '../../controllers/window.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { SelectionController } from '../../controllers/selection.js';
import { MediaFailures } from '../../controllers/media.js';
import type { Formatters } from '../../locale/format.js';
import type { Layout } from '../../layout/layout.js';
import { LayoutController } from '../../controllers/layout.js';
import { FontController } from '../../controllers/fonts.js';
import { documentTitle, keyboardHelp, selectedWords, windowWords } from '../../locale/describe.js';
import { OverviewController } from '../../controllers/overview.js';
import { styles } from './drawdown-timeline.styles.js';
import { TextMeasurer } from './measure.js';
import { download, toPng, toSvg, type Drawing } from './export-lazy.js';
import { ChunkController } from '../../controllers/chunk.js';
import { detailsChunk } from './details-chunk.js';
import { denseChunk } from './dense-chunk.js';
import { overviewChunk } from './overview-chunk.js';
import { tooltipChunk } from './tooltip-chunk.js';
import { ChunkStyles } from './chunk-styles.js';
import { look } from './templates.js';
import { figureTemplate } from './figure.js';
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
  /** Why the last download failed, shown in the message area until the next one. */
  @state() private exportFailure?: string | undefined;

  private pending: Array<CustomEvent<Detail>> = [];
  private readonly warn = warnOnce();
  /** The attributes as checked, resolved first in each update. */
  private settings: Settings = resolveSettings(this, this.warn);

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
    warn: this.warn,
    model: () => this.model,
    around: () => this.selection.event?.time,
    changed: (days, shown, announce) => {
      this.queue('drawdown-range-change', days);
      if (announce) this.announcement = windowWords(shown, this.formatters);
    },
    // Unless an update is on its way anyway (it lays the chart out unheld).
    settles: (): boolean => this.isUpdatePending || this.layouts.settles(),
  });
  private readonly selection: SelectionController = new SelectionController(this, {
    doc: this.doc,
    settings: () => this.settings,
    roving: () => this.roving,
    changed: (event) => {
      this.queue('drawdown-select', event ? { id: event.id, event } : {});
      if (event) this.announcement = selectedWords(event, this.formatters, this.model?.language);
    },
    warn: this.warn,
  });
  private readonly roving = new RovingFocusController(this, {
    layout: () => this.layouts.layout,
    paths: () => this.layouts.paths(),
    events: () => this.selection.events(),
    pick: this.selection.pick,
    escape: () => !!this.selected && (this.selection.clear(), true),
    open: (cluster) => this.window.surround(cluster.span),
    zoom: (factor, around) => !this.noZoom && (this.window.zoomBy(factor, around), true),
    // The event comes into view near the edge it came in from: four fifths ahead, or one fifth.
    panTo: (time, forward) => this.window.bring(time, forward ? 0.8 : 0.2),
  });
  private readonly seriesFocus = new SeriesFocusController(this, () => this.layouts.drawn?.layout.series);
  private readonly overview = new OverviewController(
    (time, at) => this.window.zoom.bring(time, at),
    () => this.overviewStrip.get(),
  );
  /** Images of this document that failed to load: each shows its caption instead. */
  private readonly media = new MediaFailures(this);

  /** The document shown, as its controller read it. */
  private get model(): TimelineModel | undefined {
    return this.doc.model;
  }

  private get formatters(): Formatters {
    return this.locale.formatters;
  }
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
      tooltipMaker: () => this.tooltipPlace.get()?.tooltipOf,
      // A selected event's card opens under a phone's timeline, by the mark a reader tapped.
      cardRoom: () => (this.selection.event ? (this.cardRoom.height ?? 0) : undefined),
    },
    new TextMeasurer(),
  );
  /** The height of the story card drawn in a phone's chart. */
  private readonly cardRoom = new CardRoomController(this, () =>
    this.renderRoot?.querySelector('.card.in-chart'),
  );
  /** The story card and the list view: a chunk, fetched the first time one is shown. */
  private readonly details = new ChunkController(this, detailsChunk);
  /** The chunks' own rules, adopted as they arrive. */
  private readonly chunkStyles = new ChunkStyles(
    () => (this.constructor as typeof DrawdownTimeline).elementStyles,
  );
  /** A dense view's paths: a chunk, fetched the first time a view is dense. */
  private readonly dense = new ChunkController(this, denseChunk);
  /** The overview strip: a chunk, fetched the first time the chart is zoomed. */
  private readonly overviewStrip = new ChunkController(this, overviewChunk);
  /** A mark's tooltip: a chunk, fetched the first time a mark is pointed or focused. */
  private readonly tooltipPlace = new ChunkController(this, tooltipChunk);

  /**
   * Markup rendered on a server (declarative shadow DOM: the title, the dek and the list) is
   * replaced, not hydrated: the browser draws the chart in its place.
   */
  constructor() {
    super();
    // A server writes the element's sheets before it renders: the chunks' rules join them here
    // (the npm entry has them from the start).
    this.chunkStyles.adopt(undefined);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    this.chunkStyles.adopt(undefined);
    const root = super.createRenderRoot();
    this.chunkStyles.rooted();
    return root;
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
    this.selection.select(id);
  }

  /**
   * Selects the next event in time order, skipping events the `categories` filter hides; from
   * nothing selected (or the title card), the first event.
   */
  next(): void {
    this.selection.next();
  }

  /**
   * Selects the event before the selected one in time order, skipping hidden events; from the
   * first event, goes back to the title card when there is one.
   */
  previous(): void {
    this.selection.previous();
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
    return toSvg(this.drawing());
  }

  /** The current view as a PNG image, at twice the CSS pixel size; the export code loads on the first call. */
  async toPNG(): Promise<Blob> {
    return toPng(this.drawing());
  }

  private drawing(): Drawing {
    const { renderRoot: root, layouts } = this;
    const title = documentTitle(this.model, this.formatters);
    return { root, title, direction: this.locale.direction, size: () => layouts.layout };
  }

  /** A failed download is shown in the message area and reported, never thrown. */
  private readonly onDownload = async (kind: 'svg' | 'png'): Promise<void> => {
    this.exportFailure = undefined;
    const message = (this.exportFailure = await download(this.drawing(), kind));
    if (message) this.queue('drawdown-error', { issues: [{ path: '', message, severity: 'error' }] });
  };

  override willUpdate(changed: PropertyValues<this>): void {
    // Settings first: the loader reads the timeout, the formatters the digits and calendar.
    const settings = (this.settings = resolveSettings(this, this.warn));
    const dataChanged = this.doc.update(changed.has('src'));
    if (dataChanged && this.model) this.media.reset();
    this.locale.update(settings.numbering, settings.calendar);
    this.fonts.readFor(this.model, settings.theme, this.locale.language);
    this.window.update(dataChanged, changed.has('start') || changed.has('end'));
    if (dataChanged || changed.has('selected')) this.selection.settle();
    this.layouts.update(dataChanged);
    this.overview.update(
      this.model,
      this.layouts.layout,
      this.layouts.readingTime(),
      this.noZoom ? undefined : this.window.window,
    );
    this.roving.settle();
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
    return [
      this.details.pending,
      this.dense.pending,
      this.overviewStrip.pending,
      this.tooltipPlace.pending,
    ].filter((p) => p !== undefined);
  }

  override updated(): void {
    this.window.attach(
      this.settings.view !== 'list' ? this.chartElement : null,
      this.layouts.layout,
      !this.noZoom,
    );
    // A chart that can be zoomed fetches the overview strip after its first frame, while the
    // reader looks: the first zoom then draws it at once.
    if (this.layouts.layout && !this.noZoom) this.overviewStrip.prefetch();
    // The card's code may still be on its way (the first card a page shows), or a phone's first
    // card drawn hidden until it is measured: the card is brought into view (and focus to it) by
    // the render that shows it, not dropped by this one.
    const hidden = this.layouts.layout?.card && this.cardRoom.height === undefined;
    const cards = this.selection.revealing && !hidden ? this.details.get() : undefined;
    const reveal = cards && this.selection.takeReveal();
    if (reveal) cards.revealCard(this.renderRoot, reveal, this.size.measure() < VERTICAL_BELOW);
    // Events go out after the DOM shows what they describe.
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.dispatchEvent(event);
  }

  override render(): TemplateResult {
    const f = this.formatters;
    const model = this.model;
    // A server renders the textual view: it needs no measuring, and a reader without JavaScript
    // can use it. The browser draws the chart over it.
    const view = isServer ? 'list' : this.settings.view;
    const layout = this.layouts.layout;
    const lk = look(model?.categories ?? []);
    const event = this.selection.event;
    // The card and list code is asked for (and fetched the first time) only when one is shown.
    const details =
      model && (view === 'list' || event || (this.titleCard && model.events.length > 0))
        ? this.details.get()
        : undefined;
    // A chunk that arrived brings its rules before the render that first draws with it.
    this.chunkStyles.adopt(this.renderRoot as ShadowRoot | undefined);
    const reach = this.seriesFocus.reach();
    const series = reach && { ...reach, f, language: model?.language };
    const paths = this.layouts.paths();
    const tooltip = this.layouts.tooltip(this.roving.peek);
    const charted = model && view === 'chart';
    const room = layout?.card;
    return figureTemplate({
      f,
      doc: this.doc,
      timeoutSeconds: this.settings.timeoutSeconds,
      debug: this.debug,
      exportFailed: this.exportFailure !== undefined,
      locale: this.locale,
      reservedHeight: this.layouts.reservation(),
      title: documentTitle(model, f),
      titled: model !== undefined,
      view,
      keys: layout && view !== 'list' ? keyboardHelp(f, layout.forward) : undefined,
      controls:
        model?.events.length && !isServer
          ? {
              f,
              view,
              zoomable: view === 'chart' && !this.noZoom,
              window: this.window,
              rtl: this.layouts.readingTime() === 'rtl',
              exportable: this.export,
              onToggleView: this.toggleView,
              onDownload: this.onDownload,
            }
          : undefined,
      look: lk,
      categoryIds: this.settings.categoryIds,
      compressed: Boolean(layout?.compressed.length),
      empty: model?.events.length === 0 && !this.doc.loading && this.doc.errors.length === 0,
      overview: this.overview,
      overviewTemplate: this.overview.overview && this.overviewStrip.get()?.overviewTemplate,
      list:
        model && view === 'list'
          ? details?.listTemplate(
              model,
              this.selection.events(),
              f,
              { year: this.settings.headingLevel, event: this.settings.subheadingLevel },
              lk,
              this.media,
              this.doc.scheduled,
            )
          : undefined,
      // An empty document draws no chart: an axis with nothing on it would invent a span.
      chart:
        charted && layout && model.events.length > 0
          ? {
              handle: this.roving.handle,
              series,
              context: {
                layout: this.layouts.drawn!.layout,
                shift: this.layouts.drawn!.shift,
                f,
                model,
                look: lk,
                ...(event ? { selected: event.id } : {}),
                ...(this.roving.active ? { active: this.roving.active } : {}),
                order: this.roving.order(),
                keys: this.layouts.keys,
                ...(this.roving.peek ? { pointed: this.roving.peek } : {}),
                onLabelClick: this.selection.pick,
                names: this.locale.nameOf,
                scheduled: this.doc.scheduled,
                ...(tooltip ? { tooltip: this.tooltipPlace.get()!.tooltipTemplate(tooltip) } : {}),
                ...(series ? { seriesPoints: seriesPointsTemplate(series) } : {}),
                ...(paths ? { paths, pathMarks: this.dense.get()!.markPathsTemplate(paths, lk) } : {}),
              },
            }
          : undefined,
      card:
        charted && (event || this.titleCard) && model.events.length > 0
          ? details?.cardTemplate({
              f,
              model,
              headingLevel: this.settings.headingLevel,
              ...(event ? { event } : {}),
              step: this.selection.step(),
              titleCard: this.titleCard,
              media: this.media,
              scheduled: this.doc.scheduled,
              onPrevious: this.selection.onPrevious,
              onNext: this.selection.onNext,
              onClose: this.selection.clear,
              ...(room && event ? { room: { y: room.y, measured: this.cardRoom.height !== undefined } } : {}),
            })
          : undefined,
      announcement: this.announcement,
    });
  }

  private readonly toggleView = (): void => {
    this.view = this.settings.view === 'list' ? 'chart' : 'list';
  };
}
