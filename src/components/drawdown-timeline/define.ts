import { DrawdownTimeline } from './drawdown-timeline.js';

/** Registers `<drawdown-timeline>` once; a second copy of the library on a page does nothing. */
if (!customElements.get('drawdown-timeline')) {
  customElements.define('drawdown-timeline', DrawdownTimeline);
}

export { DrawdownTimeline };
