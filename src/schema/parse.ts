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
    return { ok: false, issue: { path: '', message: `not valid JSON: ${detail}`, severity: 'error' } };
  }
}
