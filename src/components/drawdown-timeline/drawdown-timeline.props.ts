/**
 * The public surface of `<drawdown-timeline>` that a page sets, listens to and styles: its
 * attributes and properties (each documented on its field), its events, parts and custom
 * properties. The element (`drawdown-timeline.ts`) extends it with the behaviour; the custom
 * elements manifest, the README's API tables, the IDE data and the React wrapper are generated
 * from these doc comments as the element's own.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { EventInput, TimelineDocument } from '../../controllers/document.js';
import type {
  OrientationSetting,
  ThemeSetting,
  TimeDirectionSetting,
  ViewSetting,
} from '../../controllers/settings.js';
import type { CalendarName, Numbering } from '../../locale/format.js';

/**
 * @attr {string} lang - Interface language, and the language picked from localized text. Inherited from ancestors when absent; an invalid tag falls back to `en` with a console warning.
 * @attr {'ltr' | 'rtl'} dir - Reading direction (`ltr`/`rtl`); inherited from ancestors, else the language's own direction.
 *
 * @event {CustomEvent<DrawdownLoadDetail>} drawdown-load - A document was read; `detail.events` are the events shown and `detail.issues` any problems found.
 * @event {CustomEvent<DrawdownErrorDetail>} drawdown-error - Loading failed or the data had errors; `detail.status` is the HTTP status (-1 for a network failure) and `detail.url` the address that failed. Readers see a short note; the status and address also go to the console and the `debug` view.
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
 * @csspart now - The story's reference date, drawn as a rule that reads "As of the report, <date>"; events after it are drawn hollow, as scheduled.
 * @csspart series - One quantitative series.
 * @csspart estimate - The range between disputed estimates of one figure.
 * @csspart cluster - A cluster of several events close in time, as a reader reaches it: the named, focusable ring; choosing it zooms in to them.
 * @csspart cluster-bubble - The drawn bubble of a cluster and its count, under the marks (hidden from assistive technology; a click on it chooses the cluster).
 * @csspart tooltip - The date and title of a pointed or focused mark whose label does not carry its date: placed a gap clear of the chart's texts, within reach of its mark.
 * @csspart note - An annotation on the series track (e.g. an announced reduction): its words (under the track, with its date, where there is no room beside it), and the rule across the track when it is not tied to a disputed figure.
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
 * @cssproperty --drawdown-min-height - Minimum height. Default: 320 px; a chart loaded from `src` reserves the height a full story takes at its width (about 740 px at 1000 px and wider, 1340 px at 375 px) from the first paint and keeps it once drawn, so the page below does not move when the document arrives (a chart the page ends with takes its own height once drawn, since nothing below it can move, and so does a chart drawn out of the reader's view, for good; a failed request gives it up and shows its message at the minimum height). Set it to the chart's own height to reserve exactly that.
 */
export class DrawdownTimelineProperties extends LitElement {
  /**
   * URL of a JSON document, TimelineJS3 JSON or a CSV file (the format is read from the content).
   * A new value aborts the request in flight, and a late answer is ignored. A failed request
   * dispatches `drawdown-error` with the HTTP status (-1 for the network or the timeout), offers
   * "Try again", and falls back to inline JSON or a story written in the element when there is
   * one (then readers see the fallback without the failure). An empty or blank value names no
   * document: the content written in the element is read, and with none it is a problem, never
   * the built-in story.
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
   * Id of the selected event (spaces around it are ignored; empty selects nothing); reflects, so
   * a page can deep-link. An id that names no event, or one the `categories` filter hides, selects
   * nothing (one console warning).
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
   * document. An invalid date is ignored with a console warning; an `end` before `start` is read
   * the right way round, with one.
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
   * Space-separated ids of the categories to show: the legend, the list and the card's steps
   * keep only these, and an event they hide cannot be selected. Default: all; unknown ids show
   * nothing.
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
}
