/**
 * Sets inline styles through the CSSOM only. Lit's styleMap writes its first value as a
 * `style="…"` attribute, which a page with `style-src 'self'` (no 'unsafe-inline') blocks;
 * `element.style.setProperty` is not an inline style sheet and is allowed under that policy.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | number | undefined>>;

const NAMES = new Map<string, string>();

/** camelCase → kebab-case, leaving custom properties (`--x`) as they are; each name once. */
function cssName(name: string): string {
  let css = NAMES.get(name);
  if (css === undefined) {
    css = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    NAMES.set(name, css);
  }
  return css;
}

class CssPropsDirective extends Directive {
  /** What was set last time, by property name: unchanged values are not written again. */
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProps() belongs in a style attribute binding');
    }
  }

  render(_styles: Styles): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    for (const key in styles) {
      const value = styles[key];
      if (value === undefined || value === '') continue;
      const name = cssName(key);
      const text = String(value);
      next.set(name, text);
      if (this.previous.get(name) !== text) style.setProperty(name, text);
    }
    for (const name of this.previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
