/**
 * The element's events and their details. They bubble and are composed, so a page can listen on
 * `document`; the maps below let `addEventListener('drawdown-select', …)` know the detail's type.
 */
import type { TimelineEvent, ValidationIssue } from '../../controllers/document.js';

export interface DrawdownLoadDetail {
  /** The events shown, sorted by time. */
  readonly events: readonly TimelineEvent[];
  /** Problems found in the data (the events shown are the valid ones). */
  readonly issues: readonly ValidationIssue[];
}

export interface DrawdownErrorDetail {
  /** HTTP status when `src` failed; -1 for a network failure. */
  readonly status?: number;
  /** The address asked for, when `src` failed. */
  readonly url?: string;
  readonly issues: readonly ValidationIssue[];
}

export interface DrawdownSelectDetail {
  /** The selected event's id; undefined when the selection was cleared. */
  readonly id?: string;
  readonly event?: TimelineEvent;
}

export interface DrawdownRangeChangeDetail {
  /** The first day shown, as an ISO date (UTC). */
  readonly start: string;
  /** The last day shown, as an ISO date (UTC): `zoomTo(start, end)` gives the same window back. */
  readonly end: string;
}

/** The element's events by name. They bubble and are composed, so a page can listen on `document`. */
export interface DrawdownTimelineEventMap {
  'drawdown-load': CustomEvent<DrawdownLoadDetail>;
  'drawdown-error': CustomEvent<DrawdownErrorDetail>;
  'drawdown-select': CustomEvent<DrawdownSelectDetail>;
  'drawdown-range-change': CustomEvent<DrawdownRangeChangeDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's own maps */
declare global {
  interface HTMLElementEventMap extends DrawdownTimelineEventMap {}
  interface DocumentEventMap extends DrawdownTimelineEventMap {}
  interface WindowEventMap extends DrawdownTimelineEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

export type Detail =
  DrawdownLoadDetail | DrawdownErrorDetail | DrawdownSelectDetail | DrawdownRangeChangeDetail;
