import type { ValidationIssue } from './model.js';

/**
 * A value as a problem's message shows it: a string quoted and cut at 40 characters, a number
 * or boolean quoted, otherwise its kind. Never calls a custom `toString` or `toJSON`: the value
 * may be hostile.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `"${String(value)}"`;
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

/** Problems listed before the rest are summed up in one line: hostile input stays bounded work. */
export const MAX_ISSUES = 200;

/** The top-level key and the first list index of a path: `events[3].start` is `events`, 3. */
const HEAD = /^([^.[]*)(?:\[(\d+)\])?/;

/** Collects problems with their paths, capped at MAX_ISSUES. */
export class IssueList {
  private readonly items: ValidationIssue[] = [];
  private dropped = 0;

  /** True once further problems are only counted. */
  get full(): boolean {
    return this.items.length >= MAX_ISSUES;
  }

  /** Problems found so far, listed or not. */
  get count(): number {
    return this.items.length + this.dropped;
  }

  add(path: string, message: string, severity: ValidationIssue['severity'] = 'error', always = false): void {
    if (always || this.items.length < MAX_ISSUES) this.items.push({ path, message, severity });
    else this.dropped++;
  }

  /**
   * The problems, in document order when the document's top-level keys are given: a section's
   * problems follow the order of its key in the document, and a list's the order of its items,
   * whichever stage found them (the copy, the schema, or the checks across items).
   */
  done(keyOrder?: readonly string[]): ValidationIssue[] {
    const items = keyOrder ? inDocumentOrder(this.items, keyOrder) : this.items;
    if (this.dropped > 0) {
      items.push({ path: '', message: `${this.dropped} more problems not listed`, severity: 'warning' });
    }
    return items;
  }
}

function inDocumentOrder(items: readonly ValidationIssue[], keyOrder: readonly string[]): ValidationIssue[] {
  const rank = new Map(keyOrder.map((key, i) => [key, i]));
  const keyed = items.map((issue, seq) => {
    const [, head = '', index] = HEAD.exec(issue.path) ?? [];
    return {
      issue,
      section: head === '' ? -1 : (rank.get(head) ?? keyOrder.length),
      index: index === undefined ? -1 : Number(index),
      seq,
    };
  });
  keyed.sort((a, b) => a.section - b.section || a.index - b.index || a.seq - b.seq);
  return keyed.map((k) => k.issue);
}
