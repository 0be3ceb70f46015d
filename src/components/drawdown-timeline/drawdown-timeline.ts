import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { LoaderController } from '../../controllers/loader.js';
import { SizeController } from '../../controllers/size.js';
import { drawdownStory } from '../../data/drawdown.js';
import {
  canonicalLanguage,
  createFormatters,
  languageDirection,
  type Formatters,
  type Numbering,
} from '../../locale/format.js';
import { fill } from '../../locale/strings.js';
import { layoutTimeline, type EventMark, type Layout, type SeriesTrack } from '../../layout/layout.js';
import type { EventInput, TimelineDocument } from '../../schema/document.js';
import type { Shape, TimelineEvent, TimelineModel, ValidationIssue } from '../../schema/model.js';
import { parseDocumentText } from '../../schema/parse.js';
import { validateDocument } from '../../schema/validate.js';
import { styles } from './drawdown-timeline.styles.js';
import { TextMeasurer } from './measure.js';

export type TimeDirectionSetting = 'reading' | 'ltr' | 'rtl';

export interface DrawdownLoadDetail {
  /** The events shown, sorted by time. */
  readonly events: readonly TimelineEvent[];
  /** Problems found in the data (the events shown are the valid ones). */
  readonly issues: readonly ValidationIssue[];
}

export interface DrawdownErrorDetail {
  /** HTTP status when `src` failed; -1 for a network failure. */
  readonly status?: number;
  readonly issues: readonly ValidationIssue[];
}

declare global {
  interface HTMLElementEventMap {
    'drawdown-load': CustomEvent<DrawdownLoadDetail>;
    'drawdown-error': CustomEvent<DrawdownErrorDetail>;
  }
}

/** Where the shown document came from. */
type Origin = 'data' | 'src' | 'inline' | 'builtin';

const SHAPES: Record<Shape, Parameters<typeof symbol>[0]> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  star: symbolStar,
};

const TIME_DIRECTIONS: readonly TimeDirectionSetting[] = ['reading', 'ltr', 'rtl'];
const NUMBERINGS: readonly Numbering[] = ['auto', 'latn', 'arab'];

/**
 * A timeline drawn from a typed event document. With no data it tells the story of the US
 * military drawdown in Iraq, in Arabic or English.
 *
 * Data sources, highest precedence first: the `data` property; `src`; an inline
 * `<script type="application/json">` child (also the fallback when `src` fails); the built-in story.
 *
 * @summary A timeline of dated events with date precision, sources and figures.
 *
 * @attr src - URL of a JSON timeline document. Requests are aborted when it changes.
 * @attr lang - Language of the interface and of the text chosen from localized fields. Inherited from ancestors when absent; an invalid tag falls back to `en` with a console warning.
 * @attr dir - Reading direction; inherited from ancestors, else the language's own direction.
 * @attr time-direction - `reading` (default: time runs in the reading direction), `ltr` or `rtl`. Any other value falls back to `reading` with a console warning.
 * @attr numbering - Digits: `auto` (default, what Intl gives the language), `latn` or `arab`. Any other value falls back to `auto` with a console warning.
 *
 * @prop {TimelineDocument | EventInput[] | undefined} data - A document, or a bare array of events; wins over `src` and inline JSON.
 *
 * @event {CustomEvent<DrawdownLoadDetail>} drawdown-load - A document was read; `detail.events` are the events shown and `detail.issues` any problems found.
 * @event {CustomEvent<DrawdownErrorDetail>} drawdown-error - Loading failed or the data had problems; `detail.status` is the HTTP status (-1 for a network failure).
 *
 * @csspart figure - The figure that holds caption, chart and messages.
 * @csspart caption - The document title.
 * @csspart chart - The SVG drawing.
 * @csspart axis - The time axis with its ticks.
 * @csspart event - One event's marks (band, marker, leader line); carries `data-id`.
 * @csspart label - One event's label; carries `data-id`.
 * @csspart band - The span an event's date precision names.
 * @csspart deadline - The mark of a "by" date.
 * @csspart period - The bar of an event with a start and an end.
 * @csspart now - The story's reference date.
 * @csspart series - A quantitative track.
 * @csspart estimate - The range between disputed estimates of one figure.
 * @csspart message - Errors, problems and the empty state (`role="alert"` for errors).
 *
 * @cssproperty --drawdown-font-family - Font stack; Arabic-capable fonts are listed first after system-ui.
 * @cssproperty --drawdown-font-size - Base font size.
 * @cssproperty --drawdown-label-font-size - Event label font size.
 * @cssproperty --drawdown-color-text - Text colour.
 * @cssproperty --drawdown-color-muted - Secondary text colour.
 * @cssproperty --drawdown-color-background - Background colour.
 * @cssproperty --drawdown-color-axis - Axis colour.
 * @cssproperty --drawdown-color-grid - Grid line colour.
 * @cssproperty --drawdown-color-now - Colour of the reference date line.
 * @cssproperty --drawdown-color-series - Colour of the series line.
 * @cssproperty --drawdown-color-estimate - Colour of disputed estimates.
 * @cssproperty --drawdown-category-1 - Colour of the first category (through `--drawdown-category-6`).
 * @cssproperty --drawdown-min-height - Minimum height, kept while loading so the page does not jump.
 */
export class DrawdownTimeline extends LitElement {
  static override styles = styles;

  /** URL of a JSON timeline document. */
  @property({ reflect: true }) src?: string;

  /** A document, or a bare array of events. Wins over `src` and inline JSON. */
  @property({ attribute: false }) data?: TimelineDocument | EventInput[];

  /** Which way time runs: with the reading direction (`reading`), or forced `ltr`/`rtl`. */
  @property({ attribute: 'time-direction' }) timeDirection: TimeDirectionSetting = 'reading';

  /** Digits used for numbers and dates. */
  @property() numbering: Numbering = 'auto';

  /** The interface language and direction resolved from the element and its ancestors. */
  @state() private language = 'en';
  @state() private direction: 'ltr' | 'rtl' = 'ltr';
  @state() private inlineText?: string;

  private readonly size = new SizeController(this);
  private readonly loader = new LoaderController(this);
  private readonly measurer = new TextMeasurer();
  private mutations?: MutationObserver;

  // Derived in willUpdate from the inputs above.
  private model?: TimelineModel;
  private issues: readonly ValidationIssue[] = [];
  private failure?: { status: number; message: string };
  private origin: Origin = 'builtin';
  private formatters?: Formatters;
  private layout?: Layout;
  private documentInput?: unknown;
  private pending: Array<CustomEvent<DrawdownLoadDetail | DrawdownErrorDetail>> = [];
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readContext();
    this.readInline();
    this.mutations = new MutationObserver(() => this.readInline());
    this.mutations.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mutations?.disconnect();
    this.mutations = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.readContext();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** The events shown, sorted by time. */
  get events(): readonly TimelineEvent[] {
    return this.model?.events ?? [];
  }

  /** Problems found in the current data. */
  get problems(): readonly ValidationIssue[] {
    return this.issues;
  }

  /** Reads `lang` and `dir` from the element or its nearest ancestors, across shadow roots. */
  private readContext(): void {
    const langTag = inherited(this, 'lang');
    const language = canonicalLanguage(langTag);
    if (langTag && !language)
      this.warnOnce('lang', `lang="${langTag}" is not a valid language tag; using "en".`);
    this.language = language ?? 'en';
    const dir = inherited(this, 'dir')?.toLowerCase();
    this.direction = dir === 'rtl' || dir === 'ltr' ? dir : languageDirection(this.language);
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineText = script?.textContent ?? undefined;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<drawdown-timeline>: ${message}`);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loader.load(this.src || undefined);
    const input = this.chooseInput();
    if (
      input.value !== this.documentInput ||
      input.origin !== this.origin ||
      input.failure !== this.failure
    ) {
      this.documentInput = input.value;
      this.origin = input.origin;
      this.failure = input.failure;
      this.readDocument(input.value, input.failure, input.parseIssue);
    }
    const timeDirection = this.checkedTimeDirection();
    const numbering = this.checkedNumbering();
    if (!this.formatters || this.formatters.language !== this.language || changed.has('numbering')) {
      this.formatters = createFormatters({ language: this.language, numbering });
    }
    const width = this.size.width || this.clientWidth || 0;
    const fontFamily = this.size.width ? getComputedStyle(this).fontFamily : '';
    if (this.model && width > 0) {
      const f = this.formatters;
      const lang = this.model.language;
      this.layout = layoutTimeline({
        model: this.model,
        width,
        timeDirection: timeDirection === 'reading' ? this.direction : timeDirection,
        labelText: (e) => f.text(e.title, lang),
        measure: (text) => this.measurer.width(text, `600 13px ${fontFamily || 'sans-serif'}`),
        tickText: f.tick,
      });
    } else {
      this.layout = undefined;
    }
  }

  private checkedTimeDirection(): TimeDirectionSetting {
    if (TIME_DIRECTIONS.includes(this.timeDirection)) return this.timeDirection;
    this.warnOnce(
      'time-direction',
      `time-direction="${this.timeDirection}" is not one of reading, ltr, rtl; using "reading".`,
    );
    return 'reading';
  }

  private checkedNumbering(): Numbering {
    if (NUMBERINGS.includes(this.numbering)) return this.numbering;
    this.warnOnce('numbering', `numbering="${this.numbering}" is not one of auto, latn, arab; using "auto".`);
    return 'auto';
  }

  /** Applies the documented precedence: data, then src, then inline JSON, then the built-in story. */
  private chooseInput(): {
    origin: Origin;
    value: unknown;
    failure?: { status: number; message: string };
    parseIssue?: ValidationIssue;
  } {
    if (this.data !== undefined && this.data !== null) return { origin: 'data', value: this.data };
    const load = this.loader.state;
    const inline = this.inlineText === undefined ? undefined : parseDocumentText(this.inlineText);
    if (load.kind === 'loading') return { origin: 'src', value: undefined };
    if (load.kind === 'loaded') {
      const parsed = parseDocumentText(load.text);
      return parsed.ok
        ? { origin: 'src', value: parsed.value }
        : { origin: 'src', value: load.text, parseIssue: parsed.issue };
    }
    if (load.kind === 'failed') {
      // A failed src falls back to inline data when there is some; the error is still reported.
      const failure =
        this.failure?.status === load.status && this.failure.message === load.message
          ? this.failure
          : { status: load.status, message: load.message };
      if (inline?.ok) return { origin: 'inline', value: inline.value, failure };
      return { origin: 'src', value: undefined, failure };
    }
    if (inline) {
      return inline.ok
        ? { origin: 'inline', value: inline.value }
        : { origin: 'inline', value: this.inlineText, parseIssue: inline.issue };
    }
    return { origin: 'builtin', value: drawdownStory };
  }

  private readDocument(
    value: unknown,
    failure: { status: number; message: string } | undefined,
    parseIssue: ValidationIssue | undefined,
  ): void {
    if (this.origin === 'src' && this.loader.state.kind === 'loading') {
      this.model = undefined;
      this.issues = [];
      return;
    }
    if (parseIssue || (failure && value === undefined)) {
      this.model = undefined;
      this.issues = parseIssue ? [parseIssue] : [];
      this.queue('drawdown-error', { ...(failure ? { status: failure.status } : {}), issues: this.issues });
      return;
    }
    const result = validateDocument(value);
    this.model = result.model;
    this.issues = result.issues;
    this.queue('drawdown-load', { events: result.model.events, issues: result.issues });
    if (failure || result.issues.some((i) => i.severity === 'error')) {
      this.queue('drawdown-error', { ...(failure ? { status: failure.status } : {}), issues: result.issues });
    }
  }

  private queue(
    type: 'drawdown-load' | 'drawdown-error',
    detail: DrawdownLoadDetail | DrawdownErrorDetail,
  ): void {
    this.pending.push(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override updated(): void {
    // Events go out after the DOM shows what they describe.
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.dispatchEvent(event);
  }

  override render(): TemplateResult {
    const f = this.formatters!;
    const model = this.model;
    const lang = model?.language;
    const title = model?.title ? f.text(model.title, lang) : f.strings.untitled;
    const loading = this.origin === 'src' && this.loader.state.kind === 'loading';
    return html`
      <figure
        part="figure"
        lang=${this.language}
        dir=${this.direction}
        aria-busy=${loading ? 'true' : 'false'}
        aria-labelledby="caption"
        aria-describedby=${model?.description ? 'description' : nothing}
      >
        <figcaption id="caption" part="caption"><bdi>${title}</bdi></figcaption>
        ${
          model?.description
            ? html`<p id="description" class="visually-hidden">${f.text(model.description, lang)}</p>`
            : nothing
        }
        ${loading ? html`<div class="loading" role="status">${f.strings.loading}</div>` : this.renderMessage(f)}
        ${
          model && model.events.length === 0 && !loading
            ? html`<p class="empty" part="message">${f.strings.empty}</p>`
            : nothing
        }
        ${this.layout ? this.renderChart(this.layout, f) : nothing}
        ${model ? this.renderList(model, f) : nothing}
      </figure>
    `;
  }

  private renderMessage(f: Formatters): TemplateResult | typeof nothing {
    const failure = this.failure;
    const errors = this.issues.filter((i) => i.severity === 'error');
    if (!failure && errors.length === 0) return nothing;
    let headline: string;
    if (failure) {
      headline =
        failure.status > 0 ? fill(f.strings.httpError, { status: failure.status }) : f.strings.networkError;
    } else if (!this.model) {
      headline = f.strings.parseError;
    } else {
      headline = fill(f.strings.problems, { count: f.number(errors.length) });
    }
    return html`<div part="message" role="alert">
      <div>${headline}</div>
      ${
        errors.length
          ? html`<ul dir="ltr">
              ${errors.slice(0, 10).map((i) => html`<li><bdi>${i.path ? `${i.path}: ` : ''}${i.message}</bdi></li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderChart(layout: Layout, f: Formatters): TemplateResult {
    const categories = new Map(
      (this.model?.categories ?? []).map((c, i) => [c.id, { category: c, index: i }]),
    );
    const colorOf = (e: TimelineEvent): string => {
      const entry = e.category ? categories.get(e.category) : undefined;
      if (!entry) return 'var(--drawdown-color-muted)';
      return entry.category.color ?? `var(--drawdown-category-${(entry.index % 6) + 1})`;
    };
    const shapeOf = (e: TimelineEvent): Shape =>
      (e.category ? categories.get(e.category)?.category.shape : undefined) ?? 'circle';
    const lang = this.model?.language;
    const rtlText = f.direction === 'rtl' ? 'rtl' : 'ltr';
    return html`
      <div class="chart" style=${styleMap({ height: `${layout.height}px` })}>
        <svg
          part="chart"
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          aria-hidden="true"
          focusable="false"
        >
          <g part="axis">
            ${layout.ticks.map(
              (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${8} y2=${layout.axisY}></line>
                ${
                  t.labelled
                    ? svg`<text class="tick-text" x=${t.x} y=${layout.axisY + 24} text-anchor="middle" direction=${rtlText}>${t.text}</text>`
                    : nothing
                }
                <line x1=${t.x} x2=${t.x} y1=${layout.axisY} y2=${layout.axisY + 6}></line>`,
            )}
            <line
              class="axis-line"
              x1=${16}
              x2=${layout.width - 16}
              y1=${layout.axisY}
              y2=${layout.axisY}
            ></line>
          </g>
          ${
            layout.now
              ? svg`<g part="now"><line x1=${layout.now.x} x2=${layout.now.x} y1=${4} y2=${layout.height - 16}></line>
                <text class="now-text" x=${layout.now.x} y=${layout.height - 4} text-anchor="middle" direction=${rtlText}>${f.strings.now}</text></g>`
              : nothing
          }
          ${layout.events.map((m) => this.renderEventMarks(m, layout, colorOf(m.event), shapeOf(m.event)))}
          ${layout.series.map((s) => this.renderSeriesMarks(s))}
        </svg>
        <div class="labels" aria-hidden="true">
          ${layout.events.map((m) =>
            m.label
              ? html`<div
                  part="label"
                  class=${m.event.importance}
                  data-id=${m.event.id}
                  dir="auto"
                  title=${m.label.text}
                  style=${styleMap({
                    left: `${m.label.x}px`,
                    top: `${m.label.y}px`,
                    width: `${m.label.width}px`,
                    color: colorOf(m.event),
                  })}
                >
                  <span style=${styleMap({ color: 'var(--drawdown-color-text)' })}>${m.label.text}</span>
                </div>`
              : nothing,
          )}
          ${layout.series.map((s) => this.renderSeriesText(s, layout, f, lang))}
        </div>
      </div>
    `;
  }

  private renderEventMarks(m: EventMark, layout: Layout, color: string, shape: Shape): TemplateResult {
    const e = m.event;
    const y = layout.axisY;
    const size = e.importance === 'core' ? 120 : 56;
    const bandWidth = Math.max(1, m.band.x1 - m.band.x0);
    const labelBottom = m.label ? m.label.y + m.label.height : undefined;
    const periodY = y + 8 + m.row * 10;
    return svg`<g part="event" data-id=${e.id} class="event ${e.importance}">
      ${
        e.kind === 'period'
          ? svg`<rect part="period" x=${m.band.x0} y=${periodY} width=${bandWidth} height=${6} rx="3" fill=${color}></rect>`
          : svg`<rect part="band" class=${e.qualifier === 'about' ? 'soft' : ''} x=${m.band.x0} y=${y - 5} width=${bandWidth} height=${10} fill=${color} stroke=${color}></rect>`
      }
      ${
        labelBottom !== undefined
          ? svg`<line class="leader" x1=${m.x} x2=${m.x} y1=${labelBottom} y2=${y - 6}></line>`
          : nothing
      }
      ${
        e.qualifier === 'by'
          ? svg`<line part="deadline" x1=${m.x} x2=${m.x} y1=${y - 12} y2=${y + 12} stroke=${color}></line>`
          : nothing
      }
      <path class="marker" transform="translate(${m.x},${y})" d=${symbol(SHAPES[shape], size)() ?? ''} fill=${color} stroke="var(--drawdown-color-background)" stroke-width="1.5"></path>
    </g>`;
  }

  private renderSeriesMarks(s: SeriesTrack): TemplateResult {
    return svg`<g part="series" data-id=${s.series.id}>
      ${s.ticks.map((t) => svg`<line class="grid" x1=${16} x2=${this.layout!.width - 16} y1=${t.y} y2=${t.y}></line>`)}
      <path class="series-line" d=${s.path}></path>
      ${s.marks.map((m) =>
        m.point.value !== undefined && !s.disputes.some((d) => d.time === m.time)
          ? svg`<circle class="series-point" cx=${m.x} cy=${m.y} r="3.5"></circle>`
          : nothing,
      )}
      ${s.disputes.map(
        (
          d,
        ) => svg`<line part="estimate" x1=${d.x} x2=${d.x} y1=${d.openTop ? d.yTop - 14 : d.yTop} y2=${d.yBottom}></line>
          ${d.points.map((p) => svg`<circle class="estimate-point" cx=${d.x} cy=${s.marks.find((m) => m.point === p)?.y ?? d.yTop} r="4"></circle>`)}
          ${d.openTop ? svg`<path class="estimate-point" d="M${d.x - 5},${d.yTop - 10} L${d.x},${d.yTop - 18} L${d.x + 5},${d.yTop - 10}"></path>` : nothing}`,
      )}
    </g>`;
  }

  private renderSeriesText(
    s: SeriesTrack,
    layout: Layout,
    f: Formatters,
    lang: string | undefined,
  ): TemplateResult {
    const unit = s.series.unit ? ` (${f.text(s.series.unit, lang)})` : '';
    const inlineStart = f.direction === 'rtl' ? 'right' : 'left';
    const labels = s.disputes.flatMap((d) => {
      // Annotations sit on the side of the mark with more room.
      const toLeft = d.x > layout.width / 2;
      return d.points.map((p, i) => {
        const value =
          p.value !== undefined
            ? fill(p.approximate ? f.strings.approximately : '{value}', { value: f.number(p.value) })
            : p.low !== undefined && p.high !== undefined
              ? fill(f.strings.range, { low: f.number(p.low), high: f.number(p.high) })
              : p.low !== undefined
                ? fill(f.strings.moreThan, { value: f.number(p.low) })
                : fill(f.strings.lessThan, { value: f.number(p.high!) });
        const source = p.source ? ` — ${f.text(p.source.name, lang)}` : '';
        const y = s.marks.find((m) => m.point === p)?.y ?? d.yTop;
        return html`<div
          class="annotation estimate"
          dir="auto"
          style=${styleMap({
            top: `${y - 10 + (i > 0 && Math.abs(y - (s.marks.find((m) => m.point === d.points[i - 1])?.y ?? 0)) < 20 ? 20 : 0)}px`,
            ...(toLeft ? { right: `${layout.width - d.x + 10}px` } : { left: `${d.x + 10}px` }),
          })}
        >
          <bdi>${value}</bdi><bdi>${source}</bdi>
        </div>`;
      });
    });
    return html`<div
        class="annotation series-title"
        dir="auto"
        style=${styleMap({ top: `${s.y - 22}px`, [inlineStart]: '16px' })}
      >
        <bdi>${f.text(s.series.label, lang)}</bdi>${unit}
      </div>
      ${labels}`;
  }

  private renderList(model: TimelineModel, f: Formatters): TemplateResult {
    const lang = model.language;
    return html`<ol class="visually-hidden" aria-label=${f.strings.eventsLabel}>
      ${model.events.map(
        (e) =>
          html`<li data-id=${e.id}>
            <bdi>${e.end ? f.period(e.start, e.end, e.qualifier) : f.date(e.start, e.qualifier)}</bdi>:
            <bdi>${f.text(e.title, lang)}</bdi
            >${e.summary ? html`. <bdi>${f.text(e.summary, lang)}</bdi>` : nothing}
          </li>`,
      )}
    </ol>`;
  }
}

/** The value of `lang` or `dir` on the element or its nearest ancestor, crossing shadow roots. */
function inherited(element: Element, name: 'lang' | 'dir'): string | undefined {
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
