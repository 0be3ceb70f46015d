/**
 * The selection and the story a reader steps through: the one owner of what `selected` may name
 * (an event of the current document, or nothing), of Previous and Next (time order, the
 * `categories` filter applied, the title card before the first event) and of where the card is
 * brought into view after the render that shows it.
 */
import type { ReactiveControllerHost } from 'lit';
import { storyEvents, storyStep, type StoryStep } from '../layout/story.js';
import type { TimelineEvent } from '../schema/model.js';
import type { DocumentController } from './document.js';
import type { RovingFocusController } from './roving-focus.js';
import type { Settings, Warn } from './settings.js';

/** Where focus goes when the card comes into view: its heading, or the Previous/Next button pressed. */
export type Reveal = { focus: 'heading' } | { focus: 'button'; part: 'previous' | 'next' };

/** The element's attributes this controller reads and, for `selected`, writes. */
export interface SelectionHost extends ReactiveControllerHost {
  selected?: string | undefined;
  readonly titleCard: boolean;
}

export interface SelectionInputs {
  /** The document shown, and its events by id. */
  readonly doc: Pick<DocumentController, 'model' | 'eventWithId'>;
  /** The settings in force: the categories `categories` keeps. */
  settings(): Pick<Settings, 'categoryIds'>;
  /** The chart's tab stop, which follows the selection (and takes focus back when a card closes). */
  roving(): Pick<RovingFocusController, 'active' | 'focus'>;
  /** The selection changed: the event selected, or undefined when cleared. */
  changed(event: TimelineEvent | undefined): void;
  readonly warn: Warn;
}

export class SelectionController {
  /** After the next render, bring the card into view (and, on a phone, focus to its heading). */
  private reveal?: Reveal;

  constructor(
    private readonly host: SelectionHost,
    private readonly inputs: SelectionInputs,
  ) {}

  /** The selected event, when `selected` names one the chart shows. */
  get event(): TimelineEvent | undefined {
    return this.shown(this.host.selected);
  }

  /**
   * The event with an id, when the chart shows it: an event the `categories` filter leaves out
   * has no mark, so it has no card and no place in the story a reader steps through. The id as a
   * CMS writes it, spaces around it or none at all.
   */
  private shown(id: string | undefined): TimelineEvent | undefined {
    const event = this.inputs.doc.eventWithId(id?.trim());
    const only = this.inputs.settings().categoryIds;
    return event && (!only || (event.category !== undefined && only.has(event.category))) ? event : undefined;
  }

  /** The events a reader steps through, in time order. */
  events(): readonly TimelineEvent[] {
    return storyEvents(this.inputs.doc.model?.events ?? [], this.inputs.settings().categoryIds);
  }

  /** Where the selection is in the story the reader steps through. */
  step(): StoryStep {
    return storyStep(this.events(), this.event?.id);
  }

  select(id: string | undefined): void {
    const event = this.shown(id);
    const next = event?.id;
    if (next === this.host.selected) return;
    this.host.selected = next;
    if (next) this.inputs.roving().active = next;
    this.inputs.changed(event);
  }

  next(): void {
    const next = this.step().next;
    if (next) this.select(next.id);
  }

  previous(): void {
    const step = this.step();
    if (step.previous) this.select(step.previous.id);
    else if (step.position === 1 && this.host.titleCard) this.select(undefined);
  }

  /** Drops a selection that names no event, and keeps the roving tab stop on an existing event. */
  settle(): void {
    const { selected } = this.host;
    const event = this.event;
    if (selected?.trim() && !event && this.inputs.doc.model) {
      const hidden = this.inputs.doc.eventWithId(selected.trim()) !== undefined;
      this.inputs.warn(
        `selected:${selected}`,
        `selected="${selected}" ${hidden ? 'names an event the categories filter hides' : 'names no event'}.`,
      );
    }
    if (event) this.inputs.roving().active = event.id;
  }

  /** A reader picked an event on the chart: select it and bring its card into view. */
  readonly pick = (id: string): void => {
    this.select(id);
    if (this.host.selected === id) this.reveal = { focus: 'heading' };
  };

  /**
   * The card's Previous and Next. The card comes into view; focus stays on the button pressed,
   * or moves to the card's heading when that button is no longer usable (first or last event).
   */
  readonly onPrevious = (): void => {
    this.previous();
    this.reveal = { focus: 'button', part: 'previous' };
  };

  readonly onNext = (): void => {
    this.next();
    this.reveal = { focus: 'button', part: 'next' };
  };

  /** The card's Close (and Escape): focus returns to the event whose card closed. */
  readonly clear = (): void => {
    const id = this.host.selected;
    this.select(undefined);
    if (id) this.inputs.roving().focus(id);
  };

  /** Whether a render is to bring the card into view. */
  get revealing(): boolean {
    return this.reveal !== undefined;
  }

  /** What the last render should bring into view, once; undefined when nothing asked. */
  takeReveal(): Reveal | undefined {
    const reveal = this.reveal;
    this.reveal = undefined;
    return reveal;
  }
}
