/**
 * Text to raw document: JSON, read as data only. The raw value still goes through
 * `validateDocument`; this step only reports text that is not JSON at all.
 */
import type { ValidationIssue } from './model.js';

export type ParsedText = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/** Largest document text read, in characters; larger text is refused before parsing. */
export const MAX_DOCUMENT_CHARS = 20_000_000;

export function parseDocumentText(text: string): ParsedText {
  if (text.length > MAX_DOCUMENT_CHARS) {
    return {
      ok: false,
      issue: {
        path: '',
        message: `the document is larger than ${MAX_DOCUMENT_CHARS} characters`,
        severity: 'error',
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = jsonErrorOffset(text);
    return {
      ok: false,
      issue: {
        path: '',
        message: `not valid JSON${at < 0 ? '' : ` at ${lineAndColumn(text, at)}`}: ${detail}`,
        severity: 'error',
      },
    };
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where `text` stops being JSON: the offset of the first offending character (`text.length` when
 * it ends too early), or -1 when it is JSON. Engines differ in what their JSON.parse errors say,
 * and V8's "Unexpected token" names no position at all, so a person looking for the broken line
 * in a hand-written file gets it from here. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  const key = (): boolean => {
    skip();
    if (!string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const stack: string[] = [];
  for (;;) {
    // A value starts here.
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i + 1;
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => w[0] === c);
      if (word === undefined) return i;
      for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return i + k;
      i += word.length;
    }
    // A value ended: close containers until the next item or the end.
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (text[i] !== (top === '{' ? '}' : ']')) return i;
      i++;
      stack.pop();
    }
  }
}
