/** HTML to plain text, for readers of formats that carry HTML: data never becomes markup. */

/** Tags that separate words when rendered, so `a<br>b` reads "a b", not "ab". */
const BREAKING_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is code or an embed, never readable text. */
const HIDDEN_CONTENT: ReadonlyMap<string, RegExp> = new Map([
  ['script', /<\/script[\s/>]/gi],
  ['style', /<\/style[\s/>]/gi],
  ['iframe', /<\/iframe[\s/>]/gi],
  ['template', /<\/template[\s/>]/gi],
]);

// A Map, not an object literal: a lookup of "constructor" must not find Object's.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['middot', '·'],
  ['bull', '•'],
  ['deg', '°'],
  ['times', '×'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
]);

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Index just past the `>` that closes a tag whose name starts at `from`, or -1 when the tag
 * never closes. A quote opens an attribute value only after `=`, as in HTML, so an apostrophe
 * in a malformed tag (`<b don't>`) does not swallow the rest of the text.
 */
function tagEnd(html: string, from: number): number {
  let previous = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (c === '>') return i + 1;
    if ((c === '"' || c === "'") && previous === '=') {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
      previous = c;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') previous = c;
  }
  return -1;
}

/**
 * Plain text from an HTML fragment, without a DOM (the adapters run in workers and on servers,
 * and parsing into a live DOM would load images and run handlers). Tags go, hidden content
 * (scripts, styles, embeds) goes with them, an unclosed tag swallows the rest of the text as it
 * would in a browser, entities are decoded once after the tags are gone (so `&lt;b&gt;` stays
 * the visible text "<b>"), and whitespace collapses as rendered HTML would show it.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) break;
      i = close + 3;
      continue;
    }
    const next = html.charAt(lt + 1);
    if (!/[A-Za-z/!?]/.test(next)) {
      // "a < b" is text, not a tag.
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end === -1) break;
    const head = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, Math.min(end, lt + 40)));
    const name = head?.[2]?.toLowerCase() ?? '';
    if (BREAKING_TAGS.has(name)) out += ' ';
    i = end;
    const closer = head?.[1] === '' ? HIDDEN_CONTENT.get(name) : undefined;
    if (closer) {
      closer.lastIndex = end;
      const found = closer.exec(html);
      if (!found) break;
      i = found.index;
    }
  }
  // NBSP is kept: "10&nbsp;km" should not break between the number and its unit.
  return decodeEntities(out)
    .replace(/[\t\n\v\f\r \u2028\u2029]+/g, ' ')
    .trim();
}

/** Plain text from a TimelineJS text field; numbers are accepted since sheets produce them. */
export function plainText(value: unknown): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = htmlToText(value);
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  return text === '' ? undefined : text;
}

/** The start of a text, cut at a character boundary, for use as a missing headline. */
export function excerpt(text: string, length = 80): string {
  // Each code point is at most two UTF-16 units, so this slice holds more than `length` of
  // them whenever the whole text does.
  const chars = Array.from(text.slice(0, length * 2 + 1));
  if (chars.length <= length) return text;
  return `${chars.slice(0, length).join('').trimEnd()}…`;
}
