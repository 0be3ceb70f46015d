/**
 * The element's reader: the document format's JSON is read at once, and the CSV and TimelineJS3
 * readers load the first time a text needs them, as a chunk beside the module. Most pages show
 * the built-in story or a JSON document, and should not download readers they never run.
 */
import type { ReadResult } from './sniff.js';
import { sniffTimelineText } from './sniff.js';

type Readers = typeof import('./detect.js');

/** The reader module once loaded: code, the same for every element on the page. */
let readers: Readers | undefined;
let loading: Promise<void> | undefined;
let failed: string | undefined;

function loadReaders(): Promise<void> {
  loading ??= import('./detect.js').then(
    (module) => {
      readers = module;
    },
    (error: unknown) => {
      failed = error instanceof Error ? error.message : String(error);
    },
  );
  return loading;
}

/** A read that is done, or that waits for the readers to load (read again once `pending` settles). */
export type LazyRead = ReadResult & { pending?: Promise<void> };

export function readTimelineTextLazily(text: string, contentType?: string): LazyRead {
  const sniffed = sniffTimelineText(text, contentType);
  if (sniffed.format === 'document') return sniffed.result;
  if (readers) return readers.readSniffed(sniffed);
  if (failed !== undefined) {
    return {
      value: undefined,
      issues: [
        {
          path: '',
          message: `the ${sniffed.format} reader could not be loaded: ${failed}`,
          severity: 'error',
        },
      ],
    };
  }
  return { value: undefined, issues: [], pending: loadReaders() };
}
