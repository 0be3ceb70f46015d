/**
 * A dense view's paths (see `layout/mark-paths.ts`): the code that builds them and draws them.
 * Only a view with more plain marks than `METRICS.pathMarks` uses it (a long document zoomed to a
 * few years), so the single-file bundle fetches it the first time a view is that dense; the
 * story never is. Until it arrives, that view draws its marks one by one.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MarkPaths } from '../../layout/mark-paths.js';
import type { Look } from './templates.js';

export { markPaths } from '../../layout/mark-paths.js';

/**
 * A dense view's plain marks, one path per category and kind: a picture for the eye and the
 * pointer (hidden from assistive technology, which meets each mark through the focus proxy).
 * The click targets lie under the markers; the roving focus controller finds the mark a click
 * or hover meant.
 */
export function markPathsTemplate(p: MarkPaths, look: Look): TemplateResult {
  const path = (d: string, cls: string, part?: string) =>
    d ? svg`<path part=${part ?? nothing} class=${cls} d=${d}></path>` : nothing;
  return svg`<g class="mark-paths" aria-hidden="true"><path class="hit mark-hits" d=${p.hits}></path>${repeat(
    p.groups,
    (g) => g.key,
    (g) =>
      svg`<g data-category=${g.key} color=${look.color(g.event)}>${path(g.bands, 'band', 'band')}${path(g.softBands, 'band soft', 'band')}${path(g.deadlines, 'deadline', 'deadline')}${path(g.opens, 'open', 'open')}${path(g.pins, 'pin')}${path(g.markers, 'marker')}${path(g.scheduled, 'marker scheduled')}</g>`,
  )}</g>`;
}
