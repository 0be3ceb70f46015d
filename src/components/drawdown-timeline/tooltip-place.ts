/**
 * A pointed or focused mark's tooltip: its words and place (see `controllers/tooltip.ts` and
 * `layout/tooltip.ts`), how it is drawn, and its own rules. Only a hover or a focus asks, so the
 * single-file bundle fetches it then; the story's first frame never does. Until it arrives, the
 * mark is drawn without its tooltip.
 */
import { html, type TemplateResult } from 'lit';
import type { Tooltip } from '../../controllers/tooltip.js';
import { cssProps } from './css-props.js';

export { tooltipOf } from '../../controllers/tooltip.js';

/** The element adopts these beside its own rules when this module arrives. */
export { tooltipStyles } from './tooltip.styles.js';

/** The tooltip where layout put it, over the chart's labels. */
export function tooltipTemplate(t: Tooltip): TemplateResult {
  return html`<div
    class="tooltip${t.titleLines ? '' : ' inline'}"
    part="tooltip"
    data-id=${t.id}
    style=${cssProps({ left: `${t.x}px`, top: `${t.y}px`, width: `${t.width}px` })}
  >
    <bdi class="tooltip-date">${t.date}</bdi>
    <bdi class="tooltip-title">${t.title}</bdi>
  </div>`;
}
