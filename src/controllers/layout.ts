/**
 * Owns the layout the element draws, and what is made from it: once per layout the pan frame and
 * a dense view's mark paths, and a pointed mark's tooltip. Layout itself stays pure
 * (src/layout); this gathers its real inputs (the document, words, widths, fonts, the window and
 * the filters) and remembers the result on them, so that hover, focus and announcements never lay
 * out again.
 */
import { isServer } from 'lit';
import type { markPaths, MarkPaths } from '../layout/mark-paths.js';
import { isDense } from '../layout/dense.js';
import { ChartKeys } from './chart-keys.js';
import { LayoutMemo, sameDrawing } from '../layout/memo.js';
import { panFrame, type PanFrame } from '../layout/pan-frame.js';
import type { SeriesText } from '../layout/series.js';
import { reservedHeight } from '../layout/reserve.js';
import type { Tooltip, tooltipOf } from './tooltip.js';
import type { Layout } from '../layout/types.js';
import { labelText, referenceWords, seriesText } from '../locale/describe.js';
import type { Formatters } from '../locale/format.js';
import type { TimelineEvent } from '../schema/model.js';
import type { DocumentController } from './document.js';
import type { FontController } from './fonts.js';
import type { LocaleController } from './locale.js';
import type { SizeController } from './size.js';
import type { WindowController } from './window.js';
import { orientationAt, timeRunning, type Settings } from './settings.js';

/** Text widths in a CSS font, measured once per text and font. */
export interface Measurer {
  width(text: string, font: string): number;
  /** A new document brings new texts: widths only the document before used may go. */
  nextDocument(): void;
}

/** What a layout is made from: the owners of its inputs, read when the element updates. */
export interface LayoutSources {
  readonly doc: Pick<DocumentController, 'model' | 'scheduled' | 'origin' | 'loading'>;
  readonly locale: Pick<LocaleController, 'formatters' | 'direction'>;
  /** The visible window, and whether a gesture moved it last. */
  readonly window: Pick<WindowController, 'window' | 'gesturing' | 'holding'>;
  /** The host's width in px (0 before it is measured). */
  readonly size: Pick<SizeController, 'measure' | 'followed' | 'inView' | 'holdsRoom'>;
  readonly fonts: Pick<FontController, 'get'>;
  readonly settings: () => Settings;
  /**
   * The code that builds a dense view's paths, once it has loaded (a chunk of the single-file
   * bundle, fetched the first time a view is dense).
   */
  readonly pathsBuilder: () => typeof markPaths | undefined;
  /**
   * The code that makes a tooltip, once it has loaded (a chunk of the single-file bundle,
   * fetched the first time a mark is pointed or focused).
   */
  readonly tooltipMaker: () => typeof tooltipOf | undefined;
  /** The height of the story card opened in a vertical chart (see `LayoutInput.cardRoom`), if one is. */
  readonly cardRoom: () => number | undefined;
}

export class LayoutController {
  /** The layout of this update; undefined while there is nothing to lay out (or on a server). */
  layout?: Layout;
  /** The layout as drawn: in the pan frame, so that a pan rewrites only what it moves. */
  drawn?: PanFrame;
  private readonly memo = new LayoutMemo();
  /** The document whose chart gave up its reserved room, out of the reader's view. */
  private released?: object;
  /** Everything but the window that `layout` was made from. */
  private drawing?: unknown[];
  /** Each series text as composed, by the figure, note or series it tells and its kind. */
  private seriesWords = new WeakMap<object, Map<string, string>>();
  /** Each event's label as composed: every layout of a document asks for those in view. */
  private labels = new WeakMap<TimelineEvent, string>();
  /** The label fonts and the widths at them handed to layout (see `labelWidths`). */
  private widths?: { label: string; core: string; measure: (text: string, bold?: boolean) => number };
  /** The formatters `seriesWords` and `labels` were composed with. */
  private wordsIn?: Formatters;
  /** Keys of the drawn lists that survive a jump: handed on except while a gesture moves the window. */
  readonly keys = new ChartKeys(() => !this.from.window.gesturing);

  constructor(
    private readonly from: LayoutSources,
    private readonly measurer: Measurer,
  ) {}

  /** Lays out for this update; `dataChanged` when the document shown is another one. */
  update(dataChanged: boolean): void {
    // A document without events (a page clearing the chart before the next) brings no texts of its own.
    if (dataChanged && this.from.doc.model?.events.length) this.measurer.nextDocument();
    const layout = this.compute();
    if (layout !== this.layout || !this.drawn) this.drawn = layout && panFrame(layout);
    this.layout = layout;
  }

  /**
   * A drag let go: whether the chart draws differently now. While a pointer held it, the chart
   * kept the label lanes and period rows it had (`LayoutInput.hold`), so its height held still;
   * let go, it is laid out unheld. Where that draws the same picture (nothing waited for the
   * pointer to lift, no lane or row is left empty), the new layout is taken without an update: no
   * render and no frame for a picture that did not change.
   */
  settles(): boolean {
    const shown = this.layout;
    const next = this.compute();
    if (!shown || !next || !sameDrawing(shown, next)) return true;
    if (next !== shown) this.drawn = panFrame(next);
    this.layout = next;
    return false;
  }

  /**
   * The height (CSS) a chart loaded from `src` holds from the first paint: while it loads, and
   * after, as its floor, so the page below never moves when the document arrives. A chart the
   * page ends with moves nothing when it shrinks: drawn, it takes its own height, with no empty
   * band under it. Nor does a chart drawn out of the reader's view: it gives up the room it does
   * not need (a short document) once it is out of view, and does not take it back. A failed or
   * unreadable answer shows its short message without a page-tall empty box below it. The list
   * view is text and takes its own height.
   */
  reservation(): string | undefined {
    const size = this.from.size;
    size.holdsRoom = false;
    const { origin, loading, model } = this.from.doc;
    const width = size.measure();
    const settings = this.from.settings();
    if (origin !== 'src' || isServer || width <= 0 || settings.view === 'list') return undefined;
    if (!loading && model && size.inView === false) this.released = model;
    if (!loading && !(model && size.followed() && this.released !== model)) return undefined;
    size.holdsRoom = !loading;
    return `${reservedHeight(width, orientationAt(settings.orientation, width))}px`;
  }

  /** Which way time runs in the horizontal chart (and in the overview strip). */
  readingTime(): 'ltr' | 'rtl' {
    return timeRunning(this.from.settings().timeDirection, this.from.locale.direction);
  }

  /**
   * A dense view's plain marks as drawn in paths (computed once per drawn layout). Until the
   * paths' code arrives (once per page), a dense view draws its marks one by one.
   */
  paths(): MarkPaths | undefined {
    const drawn = this.drawn?.layout;
    const model = this.from.doc.model;
    if (!drawn || !model || !isDense(drawn)) return undefined;
    return this.from.pathsBuilder()?.(drawn, model.categories, this.from.doc.scheduled);
  }

  /**
   * The tooltip of the mark `id` when it is pointed or focused and its label does not carry its
   * date (every mark but the core ones): its date and title, placed by layout. Until its code
   * arrives (once per page), the mark is drawn without one.
   */
  tooltip(id: string | undefined): Tooltip | undefined {
    const layout = this.layout;
    const model = this.from.doc.model;
    const mark = id === undefined ? undefined : layout?.events.find((m) => m.event.id === id);
    if (!layout || !model || !mark || mark.event.importance === 'core') return undefined;
    const f = this.from.locale.formatters;
    return this.from.tooltipMaker()?.(layout, mark, {
      f,
      model,
      fonts: this.from.fonts.get(),
      width: (text, font) => this.measurer.width(text, font),
      seriesWord: (t) => this.seriesWord(t, f, model.language),
    });
  }

  /**
   * A text on the series track, composed once per figure, note or title (the model's own objects)
   * and formatters: layout measures each several times while it places them, in every layout.
   */
  private seriesWord(t: SeriesText, f: Formatters, lang: string | undefined): string {
    this.composedIn(f);
    const owner = t.kind === 'title' ? t.series : t.kind === 'note' ? t.note! : t.point!;
    const kind = `${t.kind}${t.wrap === undefined ? '' : ' wrapped'}`;
    let texts = this.seriesWords.get(owner);
    if (!texts) this.seriesWords.set(owner, (texts = new Map()));
    let text = texts.get(kind);
    if (text === undefined) texts.set(kind, (text = seriesText(t, f, lang)));
    return text;
  }

  /** An event's label, composed once per event and formatters. */
  private label(e: TimelineEvent, f: Formatters, lang: string | undefined): string {
    this.composedIn(f);
    let text = this.labels.get(e);
    if (text === undefined) this.labels.set(e, (text = labelText(e, f, lang)));
    return text;
  }

  /**
   * Widths at the label fonts, one function while the fonts stay: layout keeps a story's label
   * placement by the widths it was placed with, and finds it again only by the same function.
   */
  private labelWidths(label: string, core: string): (text: string, bold?: boolean) => number {
    const last = this.widths;
    if (last?.label === label && last.core === core) return last.measure;
    const measure = (text: string, bold?: boolean) => this.measurer.width(text, bold ? core : label);
    this.widths = { label, core, measure };
    return measure;
  }

  /** Forgets the composed texts when the formatters change (another language, numbering or strings). */
  private composedIn(f: Formatters): void {
    if (this.wordsIn === f) return;
    this.seriesWords = new WeakMap();
    this.labels = new WeakMap();
    this.wordsIn = f;
  }

  private compute(): Layout | undefined {
    // A server has no widths, fonts or canvas: it renders the list view, which needs none.
    if (isServer) return undefined;
    const { from, measurer } = this;
    const width = from.size.measure();
    const model = from.doc.model;
    if (!model || width <= 0) return undefined;
    const f = from.locale.formatters;
    const settings = from.settings();
    const lang = model.language;
    const orientation = orientationAt(settings.orientation, width);
    const timeDirection = this.readingTime();
    // Read once per layout, never per label: text widths are measured on a canvas and cached.
    const { label, core, small } = from.fonts.get();
    const { seriesIds, categoryIds } = settings;
    // While a gesture moves the window over the same drawing, labels and period bars keep their
    // places from the layout before. Anything else (a button, a key, a method, Reset, new data, a
    // new width, language or filter) lays out afresh, so that a view reached the same way always
    // looks the same.
    const drawing = [model, f, width, orientation, timeDirection, settings.categories, settings.series];
    const same = this.drawing?.every((v, i) => v === drawing[i]);
    const keep = same && from.window.gesturing ? this.layout?.placement : undefined;
    const hold = keep !== undefined && from.window.holding;
    this.drawing = drawing;
    const window = from.window.window;
    const cardRoom = orientation === 'vertical' ? from.cardRoom() : undefined;
    // In a vertical layout the labels sit on the reading side of the axis.
    const direction = orientation === 'vertical' ? from.locale.direction : timeDirection;
    // The real inputs: hover, focus and announcements change none of them, so they re-use the layout.
    // The places kept from the layout before are not among them: each layout of a gesture hands its
    // own on, so after a drag every update (a hover, a focus) would meet a new `keep` and lay the
    // chart out again, to the same picture.
    const key = [
      ...drawing,
      direction,
      window?.start,
      window?.end,
      keep !== undefined,
      hold,
      label,
      core,
      small,
      cardRoom,
    ];
    return this.memo.get(key, () => ({
      model,
      width,
      orientation,
      timeDirection: direction,
      ...(window ? { window } : {}),
      ...(keep ? { keep, hold } : {}),
      labelText: (e) => this.label(e, f, lang),
      compressedText: f.strings.compressed,
      measure: this.labelWidths(label, core),
      tickText: f.tick,
      language: f.language,
      smallWidth: (text) => measurer.width(text, small),
      ...(model.referenceDate ? { referenceText: referenceWords(f, model.referenceDate) } : {}),
      seriesTextWidth: (t: SeriesText) => measurer.width(this.seriesWord(t, f, lang), small),
      clusterCountWidth: (count: number) => measurer.width(f.number(count), small),
      ...(seriesIds ? { seriesIds } : {}),
      ...(cardRoom !== undefined ? { cardRoom } : {}),
      ...(categoryIds
        ? { eventFilter: (e: TimelineEvent) => e.category !== undefined && categoryIds.has(e.category) }
        : {}),
    }));
  }
}
