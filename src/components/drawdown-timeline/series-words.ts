/**
 * The series in the accessibility tree. On the track each drawn series is a named group,
 * described by its summary (first and last figures, range, every disputed observation with both
 * estimates and sources) and the track's keys; each figure in view is a focusable item in it,
 * named by its value, date and source (both estimates and sources, marked disputed, for a
 * disputed observation), the notes that belong to it, and its place among the series' figures.
 * Each figure's focus ring is the only thing drawn here (seen only while it has focus): the
 * track draws the rest.
 */
import { html, svg, type TemplateResult } from 'lit';
import { describeSeries, positionText, seriesKeysHelp, type SeriesWords } from '../../locale/describe.js';
import type { Formatters } from '../../locale/format.js';
import type { SeriesReach } from '../../controllers/series-focus.js';
import type { Series } from '../../schema/model.js';

/** The track as the keyboard reaches it, with the formatters and language its words are told in. */
export interface SeriesLayer extends SeriesReach {
  readonly f: Formatters;
  readonly language: string | undefined;
}

const WORDS = new WeakMap<Series, [Formatters, SeriesWords]>();

/**
 * Each drawn series in words, composed once per series (the model's own, in its language) and
 * formatters: each frame of a gesture brings a new track, with the same series in it.
 */
function words({ track, f, language }: SeriesLayer): SeriesWords[] {
  return track.lines.map(({ series }) => {
    let told = WORDS.get(series);
    if (told?.[0] !== f) WORDS.set(series, (told = [f, describeSeries(series, f, language)]));
    return told[1];
  });
}

/** The focusable figures, inside the chart's SVG. */
export function seriesPointsTemplate(layer: SeriesLayer): TemplateResult {
  const told = words(layer);
  const { active } = layer;
  // No focus listener on the layer or the groups: Chromium makes an SVG element with one a tab stop.
  return svg`<g class="series-keys" @keydown=${layer.onKeydown}>${layer.targets.lines.map((line, n) => {
    const w = told[n]!;
    return svg`<g role="group" aria-label=${w.label} aria-describedby="series-summary-${line.index} series-keys" data-series=${line.seriesId}>${line.targets.map(
      (t) => {
        const at = w.times.indexOf(t.time);
        const name = `${w.observations[at]}, ${positionText(at, w.times.length, layer.f)}`;
        const on = active?.series === line.index && active.time === t.time;
        const r = t.ring;
        return svg`<g class="series-target" role="img" tabindex=${on ? 0 : -1} aria-label=${name} data-series-index=${line.index} data-time=${t.time} @focus=${layer.onFocus}><rect class="focus-ring" x=${r.x} y=${r.y} width=${r.width} height=${r.height} rx="4"></rect></g>`;
      },
    )}</g>`;
  })}</g>`;
}

/** The summaries and keys the groups' descriptions name, visually hidden. */
export function seriesWordsTemplate(layer: SeriesLayer): TemplateResult {
  const told = words(layer);
  const several = layer.targets.lines.filter((l) => l.targets.length > 0).length > 1;
  return html`<div class="visually-hidden series-words">
    ${layer.track.lines.map((l, n) => html`<p id="series-summary-${l.index}">${told[n]!.summary}</p>`)}
    <p id="series-keys">${seriesKeysHelp(layer.f, layer.targets.forward, several)}</p>
  </div>`;
}
