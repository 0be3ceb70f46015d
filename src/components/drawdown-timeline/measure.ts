/**
 * Text widths for label layout, measured once per text and font on a canvas and cached, so
 * layout never reads DOM geometry in a loop. Falls back to an estimate where no canvas exists.
 */

/**
 * Texts a canvas measures before it is replaced. Chromium keeps the shaping of every text a
 * canvas has measured for as long as the canvas lives (about 1.2 KB each); a page that swaps
 * documents or zooms through thousands of labels would grow Blink's heap without bound.
 */
const TEXTS_PER_CANVAS = 500;

export class TextMeasurer {
  private context?: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  /** The font the context is set to: setting it parses the font again, even when it is the same. */
  private font = '';
  private measured = 0;
  /** Widths by font, then text: no key is composed per lookup (layout asks for thousands a render). */
  private cache = new Map<string, Map<string, number>>();
  /** How many widths `cache` holds. */
  private size = 0;
  /** The widths of the document before the one shown (see `nextDocument`). */
  private before = new Map<string, Map<string, number>>();

  /**
   * A new document brings new texts: the widths of the one before are kept until the next one
   * arrives, and only those it measures again move on with it. A document set again (a copy of
   * the same story, a page toggling between two) then measures nothing, and the widths kept
   * never grow past those of two documents.
   */
  nextDocument(): void {
    this.before = this.cache;
    this.cache = new Map();
    this.size = 0;
  }

  width(text: string, font: string): number {
    let widths = this.cache.get(font);
    if (!widths) this.cache.set(font, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      width = this.before.get(font)?.get(text) ?? this.measure(text, font);
      // Bounded: a long-running page with changing data must not grow this forever.
      if (this.size > 20_000) {
        this.cache.clear();
        this.cache.set(font, (widths = new Map()));
        this.size = 0;
      }
      widths.set(text, width);
      this.size++;
    }
    return width;
  }

  private measure(text: string, font: string): number {
    if (this.context === undefined || this.measured >= TEXTS_PER_CANVAS) {
      this.context =
        typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
      this.font = '';
      this.measured = 0;
    }
    if (!this.context) return text.length * 7.5;
    if (this.font !== font) this.context.font = this.font = font;
    this.measured++;
    return this.context.measureText(text).width;
  }
}
