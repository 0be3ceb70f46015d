/**
 * Text widths for label layout, measured once per text and font on a canvas and cached, so
 * layout never reads DOM geometry in a loop. Falls back to an estimate where no canvas exists.
 */
export class TextMeasurer {
  private context?: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  private readonly cache = new Map<string, number>();

  /**
   * Forgets every width: a new document brings new texts. The canvas goes too: Chromium keeps
   * the shaping of every text a canvas has measured for as long as the canvas lives.
   */
  clear(): void {
    this.cache.clear();
    this.context = undefined;
  }

  width(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.cache.get(key);
    if (width !== undefined) return width;
    if (this.context === undefined) {
      this.context =
        typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    }
    if (this.context) {
      this.context.font = font;
      width = this.context.measureText(text).width;
    } else {
      width = text.length * 7.5;
    }
    // Bounded: a long-running page with changing data must not grow this forever.
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, width);
    return width;
  }
}
