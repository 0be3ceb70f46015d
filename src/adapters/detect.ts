/**
 * Text of unknown format to a raw document. Servers label files carelessly (CSV as text/plain,
 * JSON as application/octet-stream), so the content decides and the content type only breaks
 * ties.
 */
import type { ValidationIssue } from '../schema/model.js';
import { MAX_DOCUMENT_CHARS, parseDocumentText } from '../schema/parse.js';
import { fromCsv } from './csv.js';
import { field, fromTimelineJs, isRecord } from './timelinejs.js';

export interface ReadResult {
  value: unknown;
  issues: ValidationIssue[];
}

type Hint = 'json' | 'csv' | undefined;

function hintOf(contentType: unknown): Hint {
  if (typeof contentType !== 'string') return undefined;
  const type = contentType.toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('csv') || type.includes('comma-separated')) return 'csv';
  return undefined;
}

function hasStartDate(item: unknown): boolean {
  return isRecord(item) && Object.hasOwn(item, 'start_date');
}

/**
 * TimelineJS3 has `start_date` objects in its events and a title slide with a `text` object;
 * the document format has `start` strings and a title that is text or a map of texts.
 */
export function isTimelineJsDocument(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const events = field(value, 'events');
  const eras = field(value, 'eras');
  return (
    (Array.isArray(events) && events.some(hasStartDate)) ||
    (Array.isArray(eras) && eras.some(hasStartDate)) ||
    isRecord(field(field(value, 'title'), 'text'))
  );
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

function csv(text: string): ReadResult {
  const { document, issues } = fromCsv(text);
  return { value: document, issues };
}

/**
 * Reads timeline text in any supported format: the document format's JSON (returned as-is for
 * the caller to validate), TimelineJS3 JSON, or CSV. Never throws.
 */
export function readTimelineText(text: string, contentType?: string): ReadResult {
  if (typeof text !== 'string') {
    return { value: undefined, issues: [{ path: '', message: 'expected text', severity: 'error' }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_DOCUMENT_CHARS) {
    const parsed = parseDocumentText(body);
    return { value: undefined, issues: parsed.ok ? [] : [parsed.issue] };
  }
  const hint = hintOf(contentType);
  const opening = body.trimStart().charAt(0);
  const looksLikeJson = opening === '{' || opening === '[';
  if (hint === 'csv' && !looksLikeJson) return csv(body);

  const parsed = parseDocumentText(body);
  if (parsed.ok) {
    if (!isTimelineJsDocument(parsed.value)) return { value: parsed.value, issues: [] };
    const { document, issues } = fromTimelineJs(parsed.value);
    return { value: document, issues };
  }
  // Broken JSON is reported as JSON: reading it as CSV would bury the real problem under
  // "missing column" complaints.
  if (!looksLikeJson && hint !== 'json' && firstLine(body).includes(',')) return csv(body);
  return { value: undefined, issues: [parsed.issue] };
}
