/**
 * Which format a timeline text is in, without the readers for the other formats: the element
 * loads the CSV and TimelineJS3 readers only when a text needs them. Servers label files
 * carelessly (CSV as text/plain, JSON as application/octet-stream), so the content decides and
 * the content type only breaks ties.
 */
import type { ValidationIssue } from '../schema/model.js';
import { MAX_DOCUMENT_CHARS, parseDocumentText } from '../schema/parse.js';
import { field, isRecord } from './read.js';

export interface ReadResult {
  value: unknown;
  issues: ValidationIssue[];
}

/** A text sorted by format: the document format's JSON is read already; the others need a reader. */
export type Sniffed =
  | { format: 'document'; result: ReadResult }
  | { format: 'timelinejs'; value: unknown }
  | { format: 'csv'; text: string };

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

/** Sorts a text by format, parsing JSON once. Never throws. */
export function sniffTimelineText(text: string, contentType?: string): Sniffed {
  if (typeof text !== 'string') {
    return {
      format: 'document',
      result: { value: undefined, issues: [{ path: '', message: 'expected text', severity: 'error' }] },
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_DOCUMENT_CHARS) {
    const parsed = parseDocumentText(body);
    return { format: 'document', result: { value: undefined, issues: parsed.ok ? [] : [parsed.issue] } };
  }
  const hint = hintOf(contentType);
  const opening = body.trimStart().charAt(0);
  const looksLikeJson = opening === '{' || opening === '[';
  if (hint === 'csv' && !looksLikeJson) return { format: 'csv', text: body };

  const parsed = parseDocumentText(body);
  if (parsed.ok) {
    if (isTimelineJsDocument(parsed.value)) return { format: 'timelinejs', value: parsed.value };
    return { format: 'document', result: { value: parsed.value, issues: [] } };
  }
  // Broken JSON is reported as JSON: reading it as CSV would bury the real problem under
  // "missing column" complaints.
  if (!looksLikeJson && hint !== 'json' && firstLine(body).includes(','))
    return { format: 'csv', text: body };
  return { format: 'document', result: { value: undefined, issues: [parsed.issue] } };
}
