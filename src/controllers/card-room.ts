import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The height of the story card a phone opens in the chart, under the timeline (see
 * `LayoutInput.cardRoom`), as the browser lays it out. One ResizeObserver watches the card drawn:
 * a card that grows or shrinks (another event, a new width, an image that loads) moves the
 * figures track below it. Until its first card is measured the chart keeps no room, and the card
 * is drawn hidden for that frame.
 */
export class CardRoomController implements ReactiveController {
  /** The card's height in px; undefined until a card has been measured. */
  height?: number;
  private observer?: ResizeObserver;
  private card?: Element | null;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const card = this.find();
    if (card === this.card) return;
    this.card = card;
    this.observer ??= new ResizeObserver((entries) => {
      const height = Math.round(entries[entries.length - 1]!.borderBoxSize[0]!.blockSize);
      if (height === this.height) return;
      this.height = height;
      // Laid out again after this delivery: the host's height changes with the room, and the host
      // is observed for its width (see SizeController).
      this.frame ??= requestAnimationFrame(() => {
        this.frame = undefined;
        this.host.requestUpdate();
      });
    });
    this.observer.disconnect();
    if (card) this.observer.observe(card);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.card = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
