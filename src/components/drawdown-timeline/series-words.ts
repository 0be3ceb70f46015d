/**
 * The series in the accessibility tree, apart from how the track is drawn: each shown series is a
 * named group with its summary (first and last figures, range, every disputed observation with
 * both estimates and sources) and a list of its observations, each with its date, source and
 * the notes that belong to it. Visually hidden: the drawing shows the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeSeries } from '../../locale/describe.js';
import type { Formatters } from '../../locale/format.js';
import type { TimelineModel } from '../../schema/model.js';

export function seriesWordsTemplate(
  model: TimelineModel,
  f: Formatters,
  ids: readonly string[] | undefined,
): TemplateResult | typeof nothing {
  const shown = model.series.filter((s) => !ids || ids.includes(s.id));
  if (shown.length === 0) return nothing;
  return html`<div class="visually-hidden series-words">
    ${shown.map((s) => {
      const words = describeSeries(s, f, model.language);
      return html`<section role="group" aria-label=${words.label} data-series=${s.id}>
        <p>${words.summary}</p>
        <ul>
          ${words.observations.map((o) => html`<li>${o}</li>`)}
        </ul>
      </section>`;
    })}
  </div>`;
}
