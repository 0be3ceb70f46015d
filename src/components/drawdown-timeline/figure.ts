/**
 * The element's whole view: the figure with its caption and dek, the message area, the toolbar,
 * the legend and overview strip, the list or the chart with its words for assistive technology,
 * the story card, the footer and the live region. Like the chart's templates it maps what the
 * element knows to elements: it computes nothing; the element decides what is shown and hands
 * over plain data, the views' templates and its listeners.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { OverviewController } from '../../controllers/overview.js';
import { controlsTemplate, statusTemplate, type ControlsContext, type StatusContext } from './controls.js';
import { cssProps } from './css-props.js';
import type { overviewTemplate } from './overview-strip.js';
import { seriesWordsTemplate, type SeriesLayer } from './series-words.js';
import { chartTemplate, footerTemplate, legendTemplate, type ChartContext, type Look } from './templates.js';

/** The chart as drawn, with what reaches it: the roving focus's listener and the series' words. */
export interface ChartView {
  readonly context: ChartContext;
  /** Keys, clicks, focus and pointer over the chart (the roving focus owns them). */
  readonly handle: (e: Event) => void;
  readonly series?: SeriesLayer | undefined;
}

/** What the figure shows: the message area's inputs (the document, the formatters), and the rest. */
export interface FigureView extends StatusContext {
  /** The language and direction the figure is written in. */
  readonly locale: Pick<LocaleController, 'language' | 'direction'>;
  /** The height (CSS) a chart loaded from `src` holds from the first paint, if any. */
  readonly reservedHeight: string | undefined;
  readonly title: string;
  /**
   * Whether a document is read (titled or untitled). Before then, while loading or after a
   * failed request, the title's place is kept but no placeholder is seen, and it names the figure
   * for assistive technology only.
   */
  readonly titled: boolean;
  readonly view: 'chart' | 'list';
  /** The chart's keys in words: the figure is described by them while a chart is laid out. */
  readonly keys: string | undefined;
  /** The toolbar, once a document is read (not on a server: it renders the list alone). */
  readonly controls: ControlsContext | undefined;
  readonly look: Look;
  /** Whether to say that there are no events: a valid document without any (a failed one says so itself). */
  readonly empty: boolean;
  /** Whether the chart draws a stretch of time on a compressed scale (the legend names it). */
  readonly compressed: boolean;
  /** The categories `categories` keeps; undefined for all. */
  readonly categoryIds: ReadonlySet<string> | undefined;
  /** The overview strip while zoomed, and its pointer listener. */
  readonly overview: Pick<OverviewController, 'overview' | 'onPointer'>;
  /** Draws the strip, once its code has arrived (it arrives with the strip's layout). */
  readonly overviewTemplate: typeof overviewTemplate | undefined;
  /** The list view, when it is shown and its code has arrived. */
  readonly list: TemplateResult | undefined;
  /** The chart, when a document with events is laid out in the chart view. */
  readonly chart: ChartView | undefined;
  /** The story card, when it is shown and its code has arrived. */
  readonly card: TemplateResult | undefined;
  /** What the live region says (a selection, a new window). */
  readonly announcement: string;
}

export function figureTemplate(v: FigureView): TemplateResult {
  const { f, doc, view, chart, overview } = v;
  const model = doc.model;
  const charted = model !== undefined && view === 'chart';
  return html`
    <figure
      part="figure"
      lang=${v.locale.language}
      dir=${v.locale.direction}
      aria-busy=${doc.loading ? 'true' : 'false'}
      style=${cssProps({ '--reserved-height': v.reservedHeight })}
      aria-labelledby="caption"
      aria-describedby=${[model?.description ? 'description' : '', v.keys ? 'keys' : ''].join(' ').trim() || nothing}
    >
      <figcaption id="caption" part="caption" class=${v.titled ? '' : 'placeholder'}>
        <bdi>${v.title}</bdi>
      </figcaption>
      ${
        model?.description
          ? html`<p id="description" part="dek" dir="auto">${f.text(model.description, model.language)}</p>`
          : nothing
      }
      ${statusTemplate(v)} ${v.controls ? controlsTemplate(v.controls) : nothing}
      ${charted ? legendTemplate(model, f, v.categoryIds, doc.scheduled, v.compressed) : nothing}
      ${charted && overview.overview && v.overviewTemplate ? v.overviewTemplate(overview.overview, v.look, overview.onPointer) : nothing}
      ${v.empty ? html`<p class="empty" part="message">${f.strings.empty}</p>` : nothing} ${v.list ?? nothing}
      ${
        chart
          ? html`<div class="chart-area">
              <div
                class="chart-wrap"
                @keydown=${chart.handle}
                @click=${chart.handle}
                @focusin=${chart.handle}
                @focusout=${chart.handle}
                @pointerover=${chart.handle}
                @pointermove=${chart.handle}
                @pointerleave=${chart.handle}
              >
                ${chartTemplate(chart.context)}
              </div>
              <p id="keys" class="visually-hidden">${v.keys}</p>
              ${chart.series ? seriesWordsTemplate(chart.series) : nothing} ${v.card ?? nothing}
            </div>`
          : (v.card ?? nothing)
      }
      ${charted ? footerTemplate(model, f) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${v.announcement}</div>
    </figure>
  `;
}
