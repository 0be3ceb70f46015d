import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The fonts labels are measured in: a context label's, a core label's (bold), the series track's. */
export interface Fonts {
  readonly family: string;
  readonly label: string;
  readonly core: string;
  /** Figures and notes on the series track (measured bold: estimates are set in bold). */
  readonly small: string;
}

/**
 * Owns the host's resolved fonts, at `--drawdown-label-font-size` and
 * `--drawdown-small-font-size`. Reading a computed style forces a style recalculation; doing it
 * in every update would put one on every zoom frame, so the fonts are read once and kept until
 * `readFor()` names another document, language or theme, or until the host's `style` or `class` changes:
 * a page that sets the font size after the chart is drawn gets its labels measured at that size.
 */
export class FontController implements ReactiveController {
  private fonts?: Fonts;
  private observer?: MutationObserver;
  private key?: readonly unknown[];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get(): Fonts {
    if (!this.fonts) {
      const style = getComputedStyle(this.host);
      const family = style.fontFamily || 'sans-serif';
      const size = style.getPropertyValue('--drawdown-label-font-size').trim() || '13px';
      const small = style.getPropertyValue('--drawdown-small-font-size').trim() || '12px';
      this.fonts = {
        family,
        label: `${size} ${family}`,
        core: `600 ${size} ${family}`,
        small: `600 ${small} ${family}`,
      };
    }
    return this.fonts;
  }

  /** Forgets the fonts when what they were read for (the document, language and theme) changed. */
  readFor(...key: readonly unknown[]): void {
    if (this.key?.length === key.length && this.key.every((v, i) => v === key[i])) return;
    this.key = key;
    this.fonts = undefined;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      this.fonts = undefined;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['style', 'class'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
