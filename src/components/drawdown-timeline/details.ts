/**
 * The views a reader opens: the story card of a selected event and the list view, with the
 * images, places and sources they show. No first frame of the chart needs them, so the
 * single-file bundle loads this module as a chunk beside it the first time one is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { eventDate, gregorianDate, positionText, seriesValue } from '../../locale/describe.js';
import type { Formatters } from '../../locale/format.js';
import { fill } from '../../locale/strings.js';
import { markerPath } from '../../layout/shapes.js';
import { seriesRows, yearSections } from '../../layout/list.js';
import type { StoryStep } from '../../layout/story.js';
import type {
  Media,
  Place,
  SeriesAnnotation,
  Source,
  TimelineEvent,
  TimelineModel,
} from '../../schema/model.js';
import type { Reveal } from '../../controllers/selection.js';
import { linkTemplate, sourceName, type Look, type MediaContext } from './templates.js';
import { cssProps } from './css-props.js';

/** The views' own rules: the element adopts them beside its own when this module arrives. */
export { detailsStyles } from './details.styles.js';

/** Who said it, and when: a source's name (linked), its speaker and its date. */
function sourceWords(s: Source, f: Formatters, lang: string | undefined): TemplateResult {
  return html`${sourceName(s, f, lang)}${s.speaker ? html` — <bdi>${f.text(s.speaker, lang)}</bdi>` : nothing}${
    s.date ? html` <span class="nowrap">(<bdi>${f.date(s.date)}</bdi>)</span>` : nothing
  }`;
}

function sourceTemplate(s: Source, f: Formatters, lang: string | undefined): TemplateResult {
  return html`<li>
    ${sourceWords(s, f, lang)} ${s.quote ? html`<q><bdi>${f.text(s.quote, lang)}</bdi></q>` : nothing}
  </li>`;
}

/**
 * An event's image: lazy, decoded off the main thread, its box reserved from `width` and
 * `height` before it loads; replaced by its caption when it fails. A video or social-media
 * address is a link, never an embed.
 */
export function mediaTemplate(
  m: Media,
  f: Formatters,
  lang: string | undefined,
  media: MediaContext,
): TemplateResult {
  const caption = m.caption !== undefined ? f.text(m.caption, lang) : undefined;
  const credit =
    m.credit !== undefined ? fill(f.strings.mediaCredit, { credit: f.text(m.credit, lang) }) : undefined;
  const alt = f.text(m.alt, lang);
  if (m.kind === 'link' || media.failed.has(m.url)) {
    const text = caption ?? alt;
    return html`<p class="media-text" dir="auto">
      ${m.kind === 'link' ? linkTemplate(m.url, html`<bdi>${text}</bdi>`) : html`<bdi>${text}</bdi>`}${
        credit ? html` <span class="credit"><bdi>${credit}</bdi></span>` : nothing
      }
    </p>`;
  }
  const sized = m.width !== undefined && m.height !== undefined;
  return html`<figure class="media">
    <img
      src=${m.url}
      alt=${alt}
      width=${ifDefined(sized ? m.width : undefined)}
      height=${ifDefined(sized ? m.height : undefined)}
      class=${sized ? 'sized' : 'unsized'}
      loading="lazy"
      decoding="async"
      @error=${() => media.onError(m.url)}
    />
    ${
      caption !== undefined || credit !== undefined
        ? html`<figcaption dir="auto">
            ${caption !== undefined ? html`<bdi>${caption}</bdi>` : nothing}${
              credit ? html` <span class="credit"><bdi>${credit}</bdi></span>` : nothing
            }
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** A place by its name; its coordinates only when the reader asks for them. */
function placeTemplate(p: Place, f: Formatters, lang: string | undefined): TemplateResult {
  return html`<li>
    <bdi>${f.text(p.name, lang)}</bdi>${
      p.lat !== undefined && p.lon !== undefined
        ? html` <details class="coords-toggle">
            <summary>${f.strings.coordinates}</summary>
            <span class="coords nowrap" dir="ltr">(${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})</span>
          </details>`
        : nothing
    }
  </li>`;
}

/** What the story card shows and how it steps: see `cardTemplate`. */
export interface CardContext {
  readonly f: Formatters;
  readonly model: TimelineModel;
  readonly headingLevel: number;
  /** The selected event; undefined for the title card. */
  readonly event?: TimelineEvent;
  readonly step: StoryStep;
  /** The story opens with a title card, which Previous on the first event goes back to. */
  readonly titleCard: boolean;
  readonly media: MediaContext;
  /** Whether an event lies after the reference date (its date line says it is scheduled). */
  readonly scheduled: (e: TimelineEvent) => boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onClose: () => void;
  /**
   * On a phone, where the chart keeps room for the card under its timeline: the room's top (px
   * from the chart's), and whether the card has been measured (until then it is drawn hidden).
   */
  readonly room?: { readonly y: number; readonly measured: boolean };
}

/**
 * The story card: the selected event's date with its precision, headline, image, summary,
 * places and sources, with Previous / Next and "n of N"; or, before the first event, the title
 * card with the document's title and dek.
 */
export function cardTemplate(c: CardContext): TemplateResult {
  const { f, model, event: e, step } = c;
  const lang = model.language;
  const title = e ? f.text(e.title, lang) : model.title ? f.text(model.title, lang) : f.strings.untitled;
  const room = c.room;
  return html`<section
    part="detail card${e ? '' : ' title-card'}"
    class="card${room ? ' in-chart' : ''}"
    style=${cssProps(room ? { top: `${room.y}px`, visibility: room.measured ? undefined : 'hidden' } : {})}
    aria-label=${title}
  >
    ${e ? html`<p class="detail-date">${eventDateTemplate(e, f, model, c.scheduled)}</p>` : nothing}
    <div role="heading" aria-level=${c.headingLevel} class="detail-title" tabindex="-1">
      <bdi>${title}</bdi>
    </div>
    ${e?.media ? mediaTemplate(e.media, f, lang, c.media) : nothing}
    ${
      e
        ? e.summary
          ? html`<p dir="auto">${f.text(e.summary, lang)}</p>`
          : nothing
        : html`${model.description ? html`<p class="dek" dir="auto">${f.text(model.description, lang)}</p>` : nothing}${
            model.credit !== undefined
              ? html`<p class="credit" dir="auto"><bdi>${f.text(model.credit, lang)}</bdi></p>`
              : nothing
          }`
    }
    ${
      e?.places.length
        ? html`<div class="detail-heading">${f.strings.places}</div>
            <ul class="places">
              ${e.places.map((p) => placeTemplate(p, f, lang))}
            </ul>`
        : nothing
    }
    ${
      e?.sources.length
        ? html`<div class="detail-heading">${f.strings.sources}</div>
            <ul class="sources">
              ${e.sources.map((s) => sourceTemplate(s, f, lang))}
            </ul>`
        : nothing
    }
    <div class="steps" role="group" aria-label=${f.strings.storyNavigation}>
      <button
        type="button"
        part="previous"
        class="step"
        ?disabled=${!e || (!step.previous && !c.titleCard)}
        @click=${c.onPrevious}
      >
        ${f.strings.previous}
      </button>
      ${e ? html`<span class="position nowrap">${positionText(step.index, step.count, f)}</span>` : nothing}
      <button type="button" part="next" class="step" ?disabled=${!step.next} @click=${c.onNext}>
        ${e ? f.strings.next : f.strings.begin}
      </button>
      ${e ? html`<button class="close" type="button" @click=${c.onClose}>${f.strings.close}</button>` : nothing}
    </div>
  </section>`;
}

/**
 * The date with its precision, the Gregorian date beside another calendar's, the source's own
 * wording, and, for an event after the reference date, that it is scheduled as of that date: the
 * chart draws such a mark hollow, and the words say what the hollow mark says.
 */
function eventDateTemplate(
  e: TimelineEvent,
  f: Formatters,
  model: TimelineModel,
  scheduled: (e: TimelineEvent) => boolean,
): TemplateResult {
  const lang = model.language;
  const reported = e.displayDate && fill(f.strings.asReported, { date: f.text(e.displayDate, lang) });
  const gregorian = f.otherCalendar
    ? html` <span class="nowrap">(<bdi class="gregorian">${gregorianDate(e, f)}</bdi>)</span>`
    : nothing;
  const asReported = reported ? html` · <span class="as-reported">${reported}</span>` : nothing;
  const ahead =
    model.referenceDate && scheduled(e) && fill(f.strings.scheduled, { date: f.date(model.referenceDate) });
  return html`<bdi class="nowrap">${eventDate(e, f)}</bdi>${gregorian}${asReported}${
      ahead ? html` · <span class="scheduled-as-of">${ahead}</span>` : nothing
    }`;
}

/** An announced change, read as a note: its date, its words and who said it. */
function noteWords(a: SeriesAnnotation, f: Formatters, lang: string | undefined): TemplateResult {
  const words = fill(f.strings.seriesNote, { text: f.text(a.text, lang) });
  return html`<bdi class="nowrap">${f.date(a.date)}</bdi> · <bdi>${words}</bdi>${
      a.source ? html` — ${sourceWords(a.source, f, lang)}` : nothing
    }`;
}

/** A category's shape, beside an event in the list: colour is never the only difference. */
function shapeTemplate(e: TimelineEvent, look: Look): TemplateResult {
  return html`<svg class="shape" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
    <path d=${markerPath(look.shape(e), false)} fill=${look.color(e)}></path>
  </svg>`;
}

/**
 * The textual equivalent of the chart, written to be read: every event under its year, key
 * events marked, each with its category's shape and name, image, summary and sources; then the
 * figures, one table group per series, disputed figures marked with both sources kept.
 */
export function listTemplate(
  model: TimelineModel,
  /** The events the chart shows (the `categories` filter applied), in time order. */
  events: readonly TimelineEvent[],
  f: Formatters,
  levels: { readonly year: number; readonly event: number },
  look: Look,
  media: MediaContext,
  scheduled: (e: TimelineEvent) => boolean,
): TemplateResult {
  const lang = model.language;
  const categories = new Map(model.categories.map((c) => [c.id, c]));
  return html`<div part="list">
    ${yearSections(events).map(
      (section) =>
        html`<section class="year">
          <div role="heading" aria-level=${levels.year} class="year-heading">
            ${f.tick(section.time, 'year', true)}
          </div>
          <ol class="event-list">
            ${section.events.map((e, i) => {
              const number = section.numbers[i];
              const category = e.category !== undefined ? categories.get(e.category) : undefined;
              return html`<li data-id=${e.id} class=${e.importance}>
                <div role="heading" aria-level=${levels.event} class="list-title">
                  ${shapeTemplate(e, look)}<bdi>${f.text(e.title, lang)}</bdi>
                </div>
                <div class="meta">
                  ${number !== undefined ? html`<span class="number">${f.number(number)}</span>` : nothing}${
                    e.importance === 'core' ? html`<span class="key">${f.strings.keyEvent}</span>` : nothing
                  }${
                    e.importance === 'core' && category ? ' · ' : nothing
                  }${category ? html`<bdi>${f.text(category.label, lang)}</bdi>` : nothing}
                </div>
                <div class="detail-date">${eventDateTemplate(e, f, model, scheduled)}</div>
                ${e.media ? mediaTemplate(e.media, f, lang, media) : nothing}
                ${e.summary ? html`<p dir="auto">${f.text(e.summary, lang)}</p>` : nothing}
                ${
                  e.sources.length
                    ? html`<ul class="sources" aria-label=${f.strings.sources}>
                        ${e.sources.map((s) => sourceTemplate(s, f, lang))}
                      </ul>`
                    : nothing
                }
              </li>`;
            })}
          </ol>
        </section>`,
    )}
    ${
      model.series.length
        ? html`<table class="series-table">
            <caption>
              ${f.strings.seriesLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">${f.strings.dateLabel}</th>
                <th scope="col">${f.strings.valueLabel}</th>
                <th scope="col">${f.strings.sources}</th>
              </tr>
            </thead>
            ${model.series.map(
              (s) =>
                html`<tbody>
                  <tr class="series-heading">
                    <th scope="rowgroup" colspan="3">
                      <bdi>${f.text(s.label, lang)}</bdi
                      >${s.unit ? html` (<bdi>${f.text(s.unit, lang)}</bdi>)` : nothing}
                    </th>
                  </tr>
                  ${seriesRows(s).map(
                    ({ point: p, disputed }) =>
                      html`<tr class=${disputed ? 'disputed' : ''}>
                        <td class="nowrap"><bdi>${f.date(p.date)}</bdi></td>
                        <td>
                          <span class="nowrap"><bdi>${seriesValue(p, f)}</bdi></span
                          >${
                            disputed
                              ? html` <span class="disputed-mark nowrap">(${f.strings.disputed})</span>`
                              : nothing
                          }
                        </td>
                        <td>${p.source ? sourceWords(p.source, f, lang) : nothing}</td>
                      </tr>`,
                  )}
                  ${s.annotations.map(
                    // An announced change is not a figure: a row of its own across the columns,
                    // so that it never stands in the figures column as if it were a count.
                    (a) =>
                      html`<tr class="note-row">
                        <td colspan="3">${noteWords(a, f, lang)}</td>
                      </tr>`,
                  )}
                </tbody>`,
            )}
          </table>`
        : nothing
    }
  </div>`;
}

/**
 * Brings the card into view after a reader picked an event, or stepped with Previous/Next
 * (smoothly, unless the reader prefers reduced motion). Focus
 * stays on the button pressed, or moves to the card's heading when that button is no longer
 * usable (first or last event); on a phone (`phone`: below the vertical layout's width) a pick
 * moves focus to the heading too, since the card opens below the chart.
 */
export function revealCard(root: ParentNode, reveal: Reveal, phone: boolean): void {
  const card = root.querySelector<HTMLElement>('[part~="card"]');
  if (!card) return;
  const heading = card.querySelector<HTMLElement>('.detail-title');
  const button =
    reveal.focus === 'button' ? card.querySelector<HTMLButtonElement>(`[part~="${reveal.part}"]`) : null;
  if (button && !button.disabled) button.focus({ preventScroll: true });
  else if (phone || reveal.focus === 'button') heading?.focus({ preventScroll: true });
  // A glide shows the reader where the card is, relative to the mark they tapped; a reader who
  // asked for less motion is taken there at once.
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  card.scrollIntoView({ block: 'nearest', behavior: still ? 'instant' : 'smooth' });
}
