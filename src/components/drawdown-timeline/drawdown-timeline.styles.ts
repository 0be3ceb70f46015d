import { css } from 'lit';

export const styles = css`
  :host {
    /* Library tokens; override any of them from outside the element. */
    --drawdown-font-family:
      system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Segoe UI', Tahoma, 'Geeza Pro',
      sans-serif;
    --drawdown-font-size: 14px;
    --drawdown-label-font-size: 13px;
    --drawdown-color-text: #1f2328;
    --drawdown-color-muted: #57606a;
    --drawdown-color-background: #ffffff;
    --drawdown-color-axis: #57606a;
    --drawdown-color-grid: #d8dee4;
    --drawdown-color-now: #b35900;
    --drawdown-color-series: #1f5f99;
    --drawdown-color-estimate: #a3401f;
    --drawdown-color-message-background: #fff5e6;
    --drawdown-color-error: #a40e26;
    --drawdown-category-1: #1f6feb;
    --drawdown-category-2: #b3261e;
    --drawdown-category-3: #1a7f37;
    --drawdown-category-4: #8250df;
    --drawdown-category-5: #9a6700;
    --drawdown-category-6: #0b7285;
    --drawdown-min-height: 320px;

    display: block;
    position: relative;
    min-height: var(--drawdown-min-height);
    font-family: var(--drawdown-font-family);
    font-size: var(--drawdown-font-size);
    line-height: 1.4;
    color: var(--drawdown-color-text);
    background: var(--drawdown-color-background);
  }

  :host([hidden]) {
    display: none;
  }

  figure {
    margin: 0;
  }

  figcaption {
    font-size: 1.15em;
    font-weight: 600;
    padding: 8px 16px 0;
  }

  .chart {
    position: relative;
    width: 100%;
  }

  svg {
    display: block;
    overflow: visible;
  }

  [part~='axis'] line,
  .axis-line {
    stroke: var(--drawdown-color-axis);
  }

  .grid {
    stroke: var(--drawdown-color-grid);
    stroke-width: 1;
  }

  .tick-text {
    fill: var(--drawdown-color-muted);
    font-size: 12px;
  }

  [part~='band'] {
    opacity: 0.28;
  }

  [part~='band'].soft {
    opacity: 0.16;
    stroke-dasharray: 3 2;
    stroke-width: 1;
  }

  .leader {
    stroke: var(--drawdown-color-muted);
    stroke-width: 1;
  }

  [part~='deadline'] {
    stroke-width: 2;
  }

  [part~='now'] line {
    stroke: var(--drawdown-color-now);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .now-text {
    fill: var(--drawdown-color-now);
    font-size: 12px;
    font-weight: 600;
  }

  [part~='series'] .series-line {
    fill: none;
    stroke: var(--drawdown-color-series);
    stroke-width: 2;
  }

  [part~='series'] .series-point {
    fill: var(--drawdown-color-series);
  }

  [part~='estimate'] {
    stroke: var(--drawdown-color-estimate);
    stroke-width: 6;
    stroke-linecap: butt;
    opacity: 0.75;
  }

  .estimate-point {
    fill: var(--drawdown-color-background);
    stroke: var(--drawdown-color-estimate);
    stroke-width: 2;
  }

  .labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  [part~='label'],
  .annotation {
    position: absolute;
    box-sizing: border-box;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: var(--drawdown-label-font-size);
    line-height: 20px;
    padding: 0 6px;
    border-radius: 4px;
    background: var(--drawdown-color-background);
    border: 1px solid var(--drawdown-color-grid);
  }

  [part~='label'].core {
    font-weight: 600;
    border-color: currentColor;
  }

  .annotation {
    border: none;
    padding: 0 2px;
    font-size: 12px;
    color: var(--drawdown-color-muted);
    background: transparent;
  }

  .annotation.estimate {
    color: var(--drawdown-color-estimate);
  }

  .annotation.series-title {
    color: var(--drawdown-color-text);
    font-weight: 600;
  }

  [part~='message'] {
    margin: 8px 16px;
    padding: 8px 12px;
    border-radius: 4px;
    background: var(--drawdown-color-message-background);
    color: var(--drawdown-color-error);
  }

  [part~='message'] ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    color: var(--drawdown-color-text);
    font-size: 12px;
  }

  .loading {
    padding: 24px 16px;
    color: var(--drawdown-color-muted);
  }

  .empty {
    padding: 0 16px;
    color: var(--drawdown-color-muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    [part~='label'] {
      border-color: CanvasText;
    }
    .marker {
      fill: CanvasText;
    }
  }
`;
