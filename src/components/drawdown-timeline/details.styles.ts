/**
 * The story card's and the list view's own rules: they travel with those views in their chunk
 * (see details.ts), so the bundle a first frame needs does not carry them. Drawn in a style
 * element inside the view, they come before the element's own sheet in the cascade: none of them
 * ties with a rule there (the card's buttons have their toolbar look here, not there).
 */
import { css } from 'lit';

export const detailsStyles = css`
  [part~='detail'],
  [part~='list'] {
    margin: 8px 16px 16px;
    padding: 12px 16px;
    border: 1px solid;
    border-color: var(--drawdown-color-grid);
    border-radius: 6px;
  }

  .detail-title,
  .list-title {
    font-size: 1.1em;
    font-weight: 600;
  }

  .detail-date {
    margin: 2px 0 6px;
    color: var(--drawdown-color-muted);
  }

  .detail-heading {
    font-weight: 600;
    margin-top: 8px;
  }

  [part~='detail'] p,
  [part~='list'] p {
    margin: 4px 0;
  }

  .sources,
  .places {
    margin: 2px 0;
    padding-inline-start: 20px;
  }

  .sources q {
    display: block;
    font-style: italic;
  }

  /* Arabic quotes a speaker between guillemets, as its press and the story's texts do. */
  .sources q:lang(ar) {
    quotes: '«' '»';
  }

  /* Arabic (and Hebrew) script has no italics: a slanted copy of its letters only blurs them. */
  .sources q bdi:dir(rtl) {
    font-style: normal;
  }

  /*
   * The story card reads like an article: lines of about 70 characters (an average character is
   * about half an em), under the chart on a desktop.
   */
  .card {
    max-inline-size: 36em;
  }

  /* On a phone, in the room the chart keeps for it under the timeline. */
  .card.in-chart {
    position: absolute;
    inset-inline: 0;
    margin-block: 0;
  }

  .card .detail-title {
    font-size: 1.25em;
  }

  .card .detail-title:focus {
    outline: none;
  }

  .card .detail-title:focus-visible {
    outline: 2px solid;
    outline-color: var(--drawdown-color-focus);
  }

  .dek {
    color: var(--drawdown-color-muted);
  }

  .steps {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: 12px;
  }

  .steps button {
    min-height: 32px;
  }

  .steps button:disabled {
    opacity: 0.6;
    cursor: default;
  }

  /* Arrows point the way the story runs on the page: to the left in a right-to-left language. */
  [part~='previous']::before {
    content: '← ' / '';
  }
  [part~='next']::after {
    content: ' →' / '';
  }
  [part~='previous']:dir(rtl)::before {
    content: '→ ' / '';
  }
  [part~='next']:dir(rtl)::after {
    content: ' ←' / '';
  }

  .position {
    color: var(--drawdown-color-muted);
    font-size: 13px;
  }

  .steps .close {
    margin-inline-start: auto;
  }

  .media {
    margin: 8px 0;
  }

  /* The box is reserved from the image's own width and height before it loads. */
  .media img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    background-color: var(--drawdown-color-grid);
  }

  /* Without a declared size the box is still reserved, at a common photo shape. */
  .media img.unsized {
    inline-size: 100%;
    aspect-ratio: 3 / 2;
    object-fit: contain;
  }

  .media figcaption,
  .media-text {
    font-size: 13px;
    color: var(--drawdown-color-muted);
  }

  .coords-toggle {
    display: inline;
    font-size: 13px;
  }

  .coords-toggle summary {
    display: inline;
    cursor: pointer;
    color: var(--drawdown-color-link);
  }

  .coords-toggle summary::-webkit-details-marker {
    display: none;
  }

  .year-heading {
    font-size: 1.25em;
    font-weight: 700;
    margin: 12px 0 4px;
  }

  /* No running count: a key event carries the chart's number instead, and no other event has one. */
  .event-list {
    margin: 0;
    padding-inline-start: 24px;
    list-style: none;
  }

  .event-list > li {
    margin-bottom: 12px;
    max-inline-size: 36em;
  }

  /* On the title's line: the page's svg rule makes drawings blocks. */
  .list-title .shape {
    display: inline-block;
    margin-inline-end: 6px;
    vertical-align: -1px;
  }

  .meta {
    font-size: 13px;
    color: var(--drawdown-color-muted);
  }

  .key {
    font-weight: 600;
    color: var(--drawdown-color-text);
  }

  .event-list > li.core {
    border-inline-start: 3px solid;
    border-inline-start-color: var(--drawdown-color-text);
    padding-inline-start: 8px;
    margin-inline-start: -11px;
  }

  .series-table {
    border-collapse: collapse;
    margin-top: 12px;
    font-size: var(--drawdown-label-font-size);
  }

  .series-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }

  .series-heading th {
    font-weight: 600;
    padding-top: 10px;
  }

  .disputed-mark {
    color: var(--drawdown-color-estimate);
    font-weight: 600;
  }

  .series-table th,
  .series-table td {
    text-align: start;
    padding: 3px 10px 3px 0;
    border-bottom: 1px solid;
    border-bottom-color: var(--drawdown-color-grid);
  }
`;
