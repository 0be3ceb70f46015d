/** Reading values of unknown shape, and what every format reader returns. */
import type { TimelineDocument } from '../schema/document.js';
import type { ValidationIssue } from '../schema/model.js';

export interface AdapterResult {
  document: TimelineDocument;
  issues: ValidationIssue[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so inherited names (`constructor`, `toString`) never read as data. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
