/**
 * The overview strip's own rules: they travel with the strip in its chunk (see
 * overview-strip.ts), which only a zoomed chart fetches, so the bundle a first frame needs does
 * not carry them. The element adopts them after its own sheet when the chunk arrives; none of
 * them ties with a rule there.
 */
import { css } from 'lit';

export const overviewStyles = css`
  .overview {
    display: block;
    margin-block: 4px;
    touch-action: none;
    cursor: grab;
  }

  .overview .axis-line {
    stroke: var(--drawdown-color-axis);
  }

  .overview-mark {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .overview-mark.core {
    stroke-width: 2.5;
  }

  .overview-window {
    fill: var(--drawdown-color-focus);
    fill-opacity: 0.12;
    stroke: var(--drawdown-color-focus);
    stroke-width: 2;
  }
`;
