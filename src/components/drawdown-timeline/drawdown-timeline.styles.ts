import { css } from 'lit';

export const styles = css`
  :host {
    /* Library tokens; override any of them from outside the element. */
    --drawdown-font-family:
      system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Segoe UI', Tahoma, 'Geeza Pro',
      sans-serif;
    --drawdown-title-font-size: 22px;
    --drawdown-font-size: 14px;
    --drawdown-label-font-size: 13px;
    --drawdown-small-font-size: 12px;
    --drawdown-color-text: light-dark(#1f2328, #e6edf3);
    --drawdown-color-muted: light-dark(#57606a, #a5b0bc);
    --drawdown-color-background: light-dark(#ffffff, #0d1117);
    --drawdown-color-axis: light-dark(#57606a, #a5b0bc);
    --drawdown-color-grid: light-dark(#d8dee4, #30363d);
    --drawdown-color-now: light-dark(#b35900, #f0a060);
    --drawdown-color-series: light-dark(#1f5f99, #6cb6ff);
    --drawdown-color-series-2: light-dark(#6a3d9a, #d2a8ff);
    --drawdown-color-series-3: light-dark(#1a7f37, #56d364);
    --drawdown-color-focus: light-dark(#0b57d0, #79c0ff);
    --drawdown-color-link: light-dark(#0b57d0, #79c0ff);
    /* Disputed figures only: a colour no category, series or rule uses. */
    --drawdown-color-estimate: light-dark(#a1168a, #f38ee0);
    --drawdown-color-message-background: light-dark(#fff5e6, #3d1f00);
    --drawdown-color-error: light-dark(#a40e26, #ffa198);
    --drawdown-category-1: light-dark(#1f6feb, #6cb6ff);
    --drawdown-category-2: light-dark(#b3261e, #ff8182);
    --drawdown-category-3: light-dark(#1a7f37, #56d364);
    --drawdown-category-4: light-dark(#8250df, #d2a8ff);
    --drawdown-category-5: light-dark(#9a6700, #e3b341);
    --drawdown-category-6: light-dark(#0b7285, #39c5cf);
    display: block;
    position: relative;
    min-height: var(--drawdown-min-height, 320px);
    font-family: var(--drawdown-font-family);
    font-size: var(--drawdown-font-size);
    line-height: 1.4;
    color: var(--drawdown-color-text);
    background-color: var(--drawdown-color-background);
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Arabic letters are smaller than Latin ones at the same size: every level of Arabic text is
   * set one or two pixels larger.
   */
  :host(:lang(ar)) {
    --drawdown-title-font-size: 24px;
    --drawdown-font-size: 16px;
    --drawdown-label-font-size: 15px;
    --drawdown-small-font-size: 13px;
  }

  /*
   * Themes pick the colour scheme; every colour token is light-dark(light, dark), so one set of
   * tokens serves both and a page's own overrides keep working in either.
   */
  :host,
  :host([theme='light' i]) {
    color-scheme: light;
  }

  :host([theme='dark' i]) {
    color-scheme: dark;
  }

  :host([theme='auto' i]) {
    color-scheme: light dark;
  }

  /*
   * A chart loaded from src holds the room it will take (set by the element while it loads and
   * kept after); a page's own --drawdown-min-height wins.
   */
  figure {
    margin: 0;
    min-height: var(--drawdown-min-height, var(--reserved-height, 0px));
  }

  figcaption {
    font-size: var(--drawdown-title-font-size);
    font-weight: 700;
    line-height: 1.25;
    padding: 8px 16px 0;
  }

  /* Before a document is read, a generic title would flash before the real one: its room is kept, unseen. */
  figcaption.placeholder {
    visibility: hidden;
  }

  [part~='dek'] {
    margin: 4px 16px 0;
    max-width: 72ch;
    color: var(--drawdown-color-text);
  }

  [part~='footer'] {
    margin: 8px 16px 0;
    padding-top: 6px;
    border-top: 1px solid;
    /* A rule, not a grid line: it keeps 3:1 against the background in either theme. */
    border-top-color: var(--drawdown-color-axis);
    font-size: var(--drawdown-small-font-size);
    color: var(--drawdown-color-muted);
  }

  [part~='footer'] p {
    margin: 0 0 2px;
  }

  .footer-label {
    font-weight: 600;
  }

  /*
   * A drag on the chart pans it; it must not also select the tick texts and labels it passes
   * over. The list view and the detail panel hold the same texts for copying.
   */
  /* The story card a phone opens in the chart stands in this box. */
  .chart-area {
    position: relative;
  }

  .chart {
    position: relative;
    width: 100%;
    user-select: none;
  }

  svg {
    display: block;
    overflow: visible;
  }

  .axis-line {
    stroke: var(--drawdown-color-axis);
    stroke-width: 1.5;
  }

  .grid {
    stroke: var(--drawdown-color-grid);
    stroke-width: 1;
  }

  .tick-text {
    fill: var(--drawdown-color-muted);
    font-size: var(--drawdown-small-font-size);
  }

  /* A mark takes its category's colour from the color attribute of its group. */
  .band,
  .period,
  .marker {
    fill: currentColor;
  }

  .band,
  .deadline,
  .open {
    stroke: currentColor;
  }

  /*
   * A pale fill shows the span; its edge, in the category's own colour, keeps at least 3:1
   * against the background in either theme, so no band fades away.
   */
  .band {
    fill-opacity: 0.22;
    stroke-width: 1;
  }

  .band.soft {
    fill-opacity: 0.1;
    stroke-dasharray: 3 2;
  }

  /*
   * A dodged mark's pin to its own time on the axis is drawn as a leader: in the category's
   * colour, a row of pins and marks at one time read as one long mark.
   */
  .leader,
  .pin {
    stroke: var(--drawdown-color-muted);
    stroke-width: 1;
  }

  /*
   * Every mark's click target is a 24 px square around its marker; bands, leaders and pins
   * take no clicks, so that a wide band never catches the click meant for a mark on it.
   */
  .hit {
    fill: transparent;
  }

  .band,
  .leader,
  .pin,
  .deadline,
  .open {
    pointer-events: none;
  }

  /* Time drawn compressed around the story's focus: shaded, named, and broken on the axis. */
  .compressed {
    fill: var(--drawdown-color-grid);
    opacity: 0.35;
  }

  .compressed-text {
    fill: var(--drawdown-color-muted);
    font-size: var(--drawdown-small-font-size);
    font-style: italic;
  }

  /* Arabic (and Hebrew) script has no italics: a slanted copy of its letters only blurs them. */
  .compressed-text[direction='rtl'] {
    font-style: normal;
  }

  .axis-break line {
    stroke: var(--drawdown-color-axis);
    stroke-width: 1.5;
  }

  .break-gap {
    fill: var(--drawdown-color-background);
  }

  .deadline,
  .open {
    stroke-width: 2.5;
  }

  .open {
    stroke-dasharray: 4 3;
  }

  [part~='now'] line {
    stroke: var(--drawdown-color-now);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .now-text {
    color: var(--drawdown-color-now);
    font-weight: 600;
    text-align: center;
  }

  /* Vertical: under the rule, across the tick column, wrapping there; or beside it on two lines. */
  .now-text.vertical,
  .now-text.wrapped {
    white-space: normal;
    line-height: 18px;
    text-align: start;
  }

  .marker {
    stroke: var(--drawdown-color-background);
    stroke-width: 1.5;
  }

  /* After the reference date: scheduled as of that date, not an outcome. A hollow mark. */
  .scheduled .marker,
  .marker.scheduled {
    fill: var(--drawdown-color-background);
    stroke: currentColor;
    stroke-width: 2;
  }

  .label.scheduled {
    border-style: dashed;
  }

  .event,
  .mark-paths {
    cursor: pointer;
    outline: none;
  }

  .cluster {
    outline: none;
  }

  .cluster-bubble {
    cursor: zoom-in;
  }

  .cluster-dot {
    fill: var(--drawdown-color-background);
    stroke: var(--drawdown-color-muted);
    stroke-width: 1.5;
  }

  /*
   * Drawn over the marks, on a patch and a halo of the background: no mark on the bubble runs
   * through it.
   */
  .count-face {
    fill: var(--drawdown-color-background);
    pointer-events: none;
  }

  .cluster-count {
    fill: var(--drawdown-color-text);
    font-size: var(--drawdown-small-font-size);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--drawdown-color-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .cluster:focus-visible .focus-ring {
    opacity: 1;
  }

  /* A figure on the series track as the keyboard reaches it: only its ring is drawn. */
  .series-target {
    outline: none;
    pointer-events: none;
  }

  .series-target:focus-visible .focus-ring {
    opacity: 1;
  }

  .raised {
    pointer-events: none;
  }

  .focus-ring {
    fill: none;
    stroke: var(--drawdown-color-focus);
    stroke-width: 2.5;
    opacity: 0;
  }

  .event:focus-visible .focus-ring,
  .event[aria-pressed='true'] .focus-ring {
    opacity: 1;
  }

  .event[aria-pressed='true'] .focus-ring {
    stroke-dasharray: 3 2;
  }

  /*
   * The mark under the pointer (or focused): a ring in the text colour, far above 3:1 on the
   * background in either theme, whatever colour the mark's category has.
   */
  .hover-ring {
    fill: none;
    stroke: var(--drawdown-color-text);
    stroke-width: 2;
  }

  .event:focus-visible .focus-ring {
    stroke-dasharray: none;
  }

  .series-0 {
    --series-color: var(--drawdown-color-series);
  }
  .series-1 {
    --series-color: var(--drawdown-color-series-2);
  }
  .series-2 {
    --series-color: var(--drawdown-color-series-3);
  }

  .series-line {
    fill: none;
    stroke: var(--series-color);
    stroke-width: 2;
  }

  .series-point {
    fill: var(--series-color);
  }

  .note {
    stroke: var(--drawdown-color-muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }

  .annotation.note-text {
    color: var(--drawdown-color-text);
    font-style: italic;
  }

  /* An estimate or a note told under the track, away from its date: it wraps across the track. */
  .annotation.under {
    white-space: normal;
  }

  /* Steps across a stretch with no figure: dashed, so no one reads a figure into it. */
  .series-line.gap {
    stroke-dasharray: 2 4;
    stroke-width: 1.5;
  }

  .series-rule {
    stroke: var(--drawdown-color-now);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  /* A disputed figure: the range between its estimates, open-ended above for "more than". */
  .estimate-range,
  .estimate-open-band {
    fill: var(--drawdown-color-estimate);
    stroke: var(--drawdown-color-estimate);
    stroke-width: 1.5;
  }

  .estimate-range {
    fill-opacity: 0.3;
  }

  /* "More than": a faint band under an arrow, with no outline, so no edge reads as an upper bound. */
  .estimate-open-band {
    fill-opacity: 0.15;
    stroke: none;
  }

  .estimate-open {
    fill: none;
    stroke: var(--drawdown-color-estimate);
    stroke-width: 2;
  }

  /* Filled: on this chart a hollow mark means scheduled, and an estimate is a figure reported. */
  .estimate-point {
    fill: var(--drawdown-color-estimate);
    stroke: var(--drawdown-color-estimate);
    stroke-width: 2;
  }

  .labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
    /* Label changes never reach past the chart: style and layout work stays inside it. */
    contain: strict;
  }

  /* Holds what moves with a pan (see layout/pan-frame.ts); the labels' origin stays the chart's. */
  .labels > .pan {
    position: absolute;
    inset: 0;
  }

  .label,
  .annotation {
    position: absolute;
    box-sizing: border-box;
    white-space: nowrap;
    line-height: 20px;
  }

  /*
   * Placed by a transform from the chart's top left: a transform moves without a relayout.
   * Tokens go into longhands (background-color, border-color), never into a shorthand: a var()
   * in a shorthand is substituted and re-parsed for each label on every style change.
   */
  .label {
    left: 0;
    top: 0;
    contain: layout style;
    overflow: clip;
    /* Arabic glyphs (the dots of ي and ب) reach below the font's descent: they may overhang the
       box's bottom edge rather than be cut off. */
    overflow-clip-margin: 3px;
    text-overflow: ellipsis;
    font-size: var(--drawdown-label-font-size);
    padding: 0 7px;
    border-radius: 4px;
    background-color: var(--drawdown-color-background);
    border: 1px solid;
    border-color: var(--drawdown-color-grid);
    pointer-events: auto;
    cursor: pointer;
  }

  .label.wrap {
    white-space: normal;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow-wrap: anywhere;
  }

  /*
   * A core label's border is as wide as a context label's, a whole px: Chromium draws a 1.5 px
   * border 1 px wide on one screen and 1.5 px on another, and the layout wraps a label's lines
   * in the width its borders leave.
   */
  .label.core {
    font-weight: 600;
  }

  /* A core event's number: the headlines of the story, counted in time order, on its label and in the list. */
  .number {
    display: inline-block;
    min-width: 18px;
    height: 18px;
    margin-inline-end: 4px;
    border-radius: 9px;
    background-color: var(--drawdown-color-text);
    color: var(--drawdown-color-background);
    font-size: 12px;
    line-height: 18px;
    text-align: center;
    vertical-align: 1px;
  }

  .label.selected {
    outline: 2px solid;
    outline-color: var(--drawdown-color-focus);
    outline-offset: 1px;
  }

  /* A halo in the background colour keeps a figure readable where the series line crosses it. */
  .annotation {
    font-size: var(--drawdown-small-font-size);
    color: var(--drawdown-color-muted);
    text-shadow:
      0 0 2px var(--drawdown-color-background),
      0 0 2px var(--drawdown-color-background),
      0 0 3px var(--drawdown-color-background);
  }

  /*
   * The track's texts take the 18 px line the layout places them on: estimates stacked on it
   * meet, never overlap, and a figure fitted into a gap fills exactly the room it was given.
   */
  .annotation.estimate,
  .annotation.value,
  .annotation.series-title,
  .annotation.note-text {
    left: 0;
    top: 0;
    line-height: 18px;
  }

  .annotation.estimate {
    color: var(--drawdown-color-estimate);
    font-weight: 600;
  }

  .annotation.series-title {
    color: var(--series-color);
    font-weight: 600;
  }

  /* A figure on the value axis stays readable where the line passes behind it. */
  .annotation.tick-value {
    background-color: var(--drawdown-color-background);
    padding: 0 2px;
    line-height: 16px;
  }

  /* On the compressed stretch, the box is its shade: the text reads as part of it, not a patch. */
  .annotation.tick-value.shaded {
    background-color: color-mix(in srgb, var(--drawdown-color-grid) 35%, var(--drawdown-color-background));
  }

  .annotation.series-axis {
    color: var(--drawdown-color-text);
    font-weight: 600;
  }

  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 8px 16px 0;
  }

  /* The toolbar's buttons, and the story card's (its other rules travel in its chunk). */
  [part~='controls'] button,
  [part~='detail'] .close,
  .steps button,
  .retry {
    font: inherit;
    font-size: var(--drawdown-label-font-size);
    min-height: 28px;
    min-width: 28px;
    padding: 2px 10px;
    border: 1px solid;
    border-color: var(--drawdown-color-muted);
    border-radius: 4px;
    background-color: var(--drawdown-color-background);
    color: var(--drawdown-color-text);
    cursor: pointer;
  }

  .retry {
    margin-top: 6px;
  }

  [part~='controls'] button:disabled {
    opacity: 0.6;
    cursor: default;
  }

  button:focus-visible,
  a:focus-visible {
    outline: 2px solid;
    outline-color: var(--drawdown-color-focus);
    outline-offset: 2px;
  }

  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 8px 16px 0;
    list-style: none;
    font-size: var(--drawdown-label-font-size);
  }

  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 6px;
  }

  /* What the kinds of mark mean: in the muted colour, after the categories. */
  [part~='legend'] .kind {
    color: var(--drawdown-color-muted);
    font-size: var(--drawdown-small-font-size);
  }

  [part~='legend'] svg {
    flex: none;
  }

  /* Arabic (and Hebrew) script has no italics: a slanted copy of its letters only blurs them. */
  .annotation.note-text bdi:dir(rtl) {
    font-style: normal;
  }

  a {
    color: var(--drawdown-color-link);
  }

  /* A date or a pair of coordinates reads as one piece: it moves to the next line whole. */
  .nowrap {
    white-space: nowrap;
  }

  .credit {
    font-size: 12px;
  }

  [part~='message'] {
    margin: 8px 16px;
    padding: 8px 12px;
    border-radius: 4px;
    background-color: var(--drawdown-color-message-background);
    color: var(--drawdown-color-error);
  }

  [part~='message'] ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    color: var(--drawdown-color-text);
    font-size: var(--drawdown-small-font-size);
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 24px 16px;
    color: var(--drawdown-color-muted);
  }

  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid;
    border-color: var(--drawdown-color-grid);
    border-top-color: var(--drawdown-color-series);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    * {
      transition: none !important;
    }
  }

  /* A message's box and padding; only its colour is its own. */
  .empty {
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
    .label {
      border-color: CanvasText;
    }
    .marker,
    .series-point,
    .estimate-point {
      fill: CanvasText;
    }
    .band,
    .period,
    .series-line,
    .estimate-range,
    .estimate-point,
    .estimate-open,
    .deadline,
    .open,
    .leader,
    .axis-line {
      stroke: CanvasText;
    }
    .cluster-dot {
      stroke: CanvasText;
    }
    /* Chromium forces no SVG fill: the chart's own texts, and the patches and shades under them. */
    .tick-text,
    .compressed-text,
    .cluster-count {
      fill: CanvasText;
    }
    .count-face,
    .compressed {
      fill: Canvas;
    }

    .focus-ring {
      stroke: Highlight;
    }
    .hover-ring {
      stroke: CanvasText;
    }
  }

  /*
   * On paper: no controls (nothing can be pressed there), the whole chart, and ink-friendly
   * colours: the light tokens on white whatever the theme, and no filled backgrounds.
   */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      --drawdown-color-background: #fff;
      --drawdown-color-text: #000;
      --drawdown-color-muted: #333;
      --drawdown-color-message-background: #fff;
      min-height: 0;
      break-inside: avoid;
    }

    figure {
      min-height: 0;
    }

    [part~='controls'],
    button,
    .focus-ring,
    .hover-ring,
    .spinner {
      display: none;
    }

    .chart,
    svg {
      overflow: visible;
    }
  }
`;
