/**
 * The toolbar and the message area: templates like the chart's, that map what the element knows
 * to elements; the words come from the formatters and locale/describe.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Formatters } from '../../locale/format.js';
import type { ValidationIssue } from '../../schema/model.js';
import type { WindowController } from '../../controllers/window.js';
import { failureCause, type DocumentController } from '../../controllers/document.js';
import { messageHeadline } from '../../locale/describe.js';

export interface ControlsContext {
  readonly f: Formatters;
  readonly view: 'chart' | 'list';
  /** Zoom and pan buttons are offered (a chart with events, zooming not turned off). */
  readonly zoomable: boolean;
  /** The window the zoom, pan and Reset buttons move. */
  readonly window: WindowController;
  /** Time runs right to left: the pan buttons point where the view moves on screen. */
  readonly rtl: boolean;
  /** Offer the downloads. */
  readonly exportable: boolean;
  readonly onToggleView: () => void;
  readonly onDownload: (kind: 'svg' | 'png') => void;
}

/** A toolbar button drawn as a glyph, named by its label for assistive technology and on hover. */
const iconButton = (label: string, glyph: string, act: () => void, cls?: string, disabled = false) =>
  html`<button
    type="button"
    class=${ifDefined(cls)}
    @click=${act}
    ?disabled=${disabled}
    aria-label=${label}
    title=${label}
  >
    ${glyph}
  </button>`;

export function controlsTemplate(c: ControlsContext): TemplateResult {
  const { f, view, window } = c;
  // Panning and Reset act while a window is shown.
  const whole = !window.window;
  return html`<div part="controls" role="toolbar" aria-label=${f.strings.controlsLabel}>
    ${
      c.zoomable
        ? html`${iconButton(f.strings.zoomIn, '+', () => window.zoomBy(2))}
            ${iconButton(f.strings.zoomOut, '−', () => window.zoomBy(0.5))}
            ${iconButton(f.strings.panEarlier, c.rtl ? '›' : '‹', () => window.zoom.panBy(-0.5), 'pan-earlier', whole)}
            ${iconButton(f.strings.panLater, c.rtl ? '‹' : '›', () => window.zoom.panBy(0.5), 'pan-later', whole)}
            <button type="button" @click=${() => window.show(undefined)} ?disabled=${whole}>
              ${f.strings.resetZoom}
            </button>`
        : nothing
    }
    <button
      type="button"
      class="view-toggle"
      aria-pressed=${view === 'list' ? 'true' : 'false'}
      @click=${c.onToggleView}
    >
      ${view === 'list' ? f.strings.showChart : f.strings.showList}
    </button>
    ${
      c.exportable && view === 'chart'
        ? html`<button type="button" class="download-svg" @click=${() => c.onDownload('svg')}>
              ${f.strings.downloadSvg}
            </button>
            <button type="button" class="download-png" @click=${() => c.onDownload('png')}>
              ${f.strings.downloadPng}
            </button>`
        : nothing
    }
  </div>`;
}

export interface MessageContext {
  /** What the reader is told first (see `messageHeadline`). */
  readonly headline: string;
  /** Offers "Try again" for a failed request. */
  readonly retry?: () => void;
  readonly tryAgain: string;
  /** The problems with their paths, for the authoring view only. */
  readonly problems?: readonly ValidationIssue[];
}

/**
 * Errors and the note on data that could not be shown. Paths such as events[3].start are for
 * authors: readers get the headline only, unless the page asks for the authoring view.
 */
export function messageTemplate(m: MessageContext): TemplateResult {
  return html`<div part="message" role="alert">
    <div>${m.headline}</div>
    ${m.retry ? html`<button type="button" class="retry" @click=${m.retry}>${m.tryAgain}</button>` : nothing}
    ${
      m.problems?.length
        ? html`<ul dir="ltr" class="problems">
            ${m.problems.map((i) => html`<li><bdi>${i.path ? `${i.path}: ` : ''}${i.message}</bdi></li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

export interface StatusContext {
  readonly f: Formatters;
  readonly doc: DocumentController;
  readonly timeoutSeconds: number;
  /** The authoring view: the problems' paths are listed. */
  readonly debug: boolean;
  /** The last download failed. */
  readonly exportFailed: boolean;
}

/**
 * The message area: loading; a failed load or data with errors (with "Try again" while the
 * request can be retried, and every problem with `debug`); a failed download; or nothing.
 */
export function statusTemplate(c: StatusContext): TemplateResult | typeof nothing {
  const { f, doc } = c;
  if (doc.loading) {
    return html`<div class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span>${f.strings.loading}
    </div>`;
  }
  // A failed request with a fallback shown is not the reader's business: the chart works.
  const failure = doc.model ? undefined : doc.failure;
  const errors = doc.errors;
  // The authoring view lists every problem: the failed request (fallback or not), errors and warnings.
  const problems = c.debug
    ? [
        ...(doc.failure
          ? [{ path: doc.failure.url, message: failureCause(doc.failure), severity: 'error' as const }]
          : []),
        ...doc.issues,
      ]
    : [];
  if (!failure && errors.length === 0 && problems.length === 0) {
    return c.exportFailed ? messageTemplate({ headline: f.strings.exportFailed, tryAgain: '' }) : nothing;
  }
  return messageTemplate({
    headline: messageHeadline(
      f,
      failure,
      c.timeoutSeconds,
      !doc.model,
      problems.length,
      c.debug,
      doc.model?.events.length === 0,
    ),
    tryAgain: f.strings.tryAgain,
    retry: failure && doc.loader.state.kind === 'failed' ? () => doc.loader.retry() : undefined,
    problems,
  });
}
