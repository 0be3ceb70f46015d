/**
 * Which category colours may reach CSS. A colour from data ends up in an SVG `fill`, whose paint
 * grammar also takes `url(…)`: `url(http://other-origin/x#g)` makes the browser fetch another
 * origin, and no `img-src` rule stops it. So a colour is accepted only when it is a colour, with
 * no function that can name a resource or another value. Where a DOM exists the browser's own
 * grammar decides (`CSS.supports('color', …)`); elsewhere (Node, SSR) a strict pattern does.
 */

/** Functions (and escapes that could spell them) that never belong in a colour from data. */
const REFUSED = /url\(|var\(|image-set\(|image\(|env\(|attr\(|\\|[;{}<>"'`]/i;

/** Hex, a colour keyword, or a colour function of numbers, percentages and keywords. */
const PATTERN =
  /^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,30}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-a-z0-9.,%/+ ]{1,60}\))$/i;

const supports: ((value: string) => boolean) | undefined =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? (value) => CSS.supports('color', value)
    : undefined;

/** True when `value` is a CSS colour that names nothing but a colour. */
export function isSafeColor(value: string): boolean {
  const text = value.trim();
  if (text === '' || text.length > 100 || REFUSED.test(text)) return false;
  return supports ? supports(text) : PATTERN.test(text);
}
