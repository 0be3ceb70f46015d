/**
 * A tooltip's own rules: they travel with its placement in its chunk (see tooltip-place.ts),
 * which only a pointed or focused mark fetches, so the bundle a first frame needs does not carry
 * them. The element adopts them after its own sheet when the chunk arrives; none of them ties
 * with a rule there.
 */
import { css } from 'lit';

export const tooltipStyles = css`
  /*
   * A tooltip is not a label: inverted colours, no border, a shadow, the date on a line of its
   * own above the title. Its box comes from layout (layout/tooltip.ts); line height and padding
   * match the metrics it is placed with.
   */
  .tooltip {
    position: absolute;
    z-index: 2;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    /* Its height is the layout's: (lines × 18 px) + 10 px; on one line, 18 + 6 px. */
    padding: 5px 10px;
    border-radius: 6px;
    background-color: var(--drawdown-color-text);
    color: var(--drawdown-color-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 35%);
    font-size: var(--drawdown-label-font-size);
    line-height: 18px;
    pointer-events: none;
    overflow-wrap: anywhere;
  }

  /* Where no place near the mark has room for two lines: the date and the title on one. */
  .tooltip.inline {
    flex-direction: row;
    column-gap: 8px;
    padding-block: 3px;
    white-space: nowrap;
  }

  .tooltip-date {
    font-size: var(--drawdown-small-font-size);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
`;
