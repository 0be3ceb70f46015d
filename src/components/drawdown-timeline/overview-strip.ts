/**
 * The overview strip (see `layout/overview.ts`): the code that lays it out, draws it and takes a
 * press on it (`controllers/overview-press.ts`). Only a zoomed chart shows the strip, so the
 * single-file bundle fetches it the first time a reader zooms (or once a zoomable chart's first
 * frame is drawn and the page is idle); the story's first frame never draws it. Until it arrives,
 * the zoomed chart is drawn without the strip.
 */
import { svg, html, type TemplateResult } from 'lit';
import type { Overview } from '../../layout/overview.js';
import type { Look } from './templates.js';

export { layoutOverview } from '../../layout/overview.js';
export { pressStrip } from '../../controllers/overview-press.js';

/** The strip's own rules: the element adopts them beside its own when this module arrives. */
export { overviewStyles } from './overview.styles.js';

/**
 * The overview strip: the whole document, its events as ticks, the visible window as a box. A
 * pointer aid only (hidden from assistive technology): the pan and zoom buttons and keys do the
 * same from the keyboard.
 */
export function overviewTemplate(
  o: Overview,
  look: Look,
  onPointer: (e: PointerEvent) => void,
): TemplateResult {
  return html`<svg
    part="overview"
    class="overview"
    width=${o.width}
    height=${o.height}
    viewBox="0 0 ${o.width} ${o.height}"
    aria-hidden="true"
    @pointerdown=${onPointer}
    @pointermove=${onPointer}
    @pointerup=${onPointer}
    @pointercancel=${onPointer}
  >
    ${o.compressed.map((b) => svg`<rect class="compressed" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
    <line class="axis-line" x1=${o.range[0]} y1=${o.axisY} x2=${o.range[1]} y2=${o.axisY}></line>
    ${o.ticks.map(
      (t) =>
        svg`<path class="overview-mark${t.core ? ' core' : ''}" color=${look.color(t.event)} d=${t.d}></path>`,
    )}
    <rect
      class="overview-window"
      x=${o.window.x}
      y=${o.window.y}
      width=${o.window.width}
      height=${o.window.height}
      rx="3"
    ></rect>
  </svg>`;
}
