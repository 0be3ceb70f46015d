/** Text of any supported format to a raw document, with every reader at hand. */
import { fromCsv } from './csv.js';
import { sniffTimelineText, type ReadResult, type Sniffed } from './sniff.js';
import { fromTimelineJs } from './timelinejs.js';

export { isTimelineJsDocument, type ReadResult } from './sniff.js';

/** Runs the reader a sniffed text needs. */
export function readSniffed(sniffed: Sniffed): ReadResult {
  if (sniffed.format === 'document') return sniffed.result;
  const { document, issues } =
    sniffed.format === 'csv' ? fromCsv(sniffed.text) : fromTimelineJs(sniffed.value);
  return { value: document, issues };
}

/**
 * Reads timeline text in any supported format: the document format's JSON (returned as-is for
 * the caller to validate), TimelineJS3 JSON, or CSV. Never throws.
 */
export function readTimelineText(text: string, contentType?: string): ReadResult {
  return readSniffed(sniffTimelineText(text, contentType));
}
