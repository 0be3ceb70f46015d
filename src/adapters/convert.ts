/**
 * What the readers that convert another format (CSV, TimelineJS3) share: period checks and
 * unique ids. Apart from `read.ts`, which the bundle's own JSON reading uses too, so that they
 * travel in the readers' chunk.
 */
import { dateInterval, type PartialDate } from '../time/partial-date.js';

/**
 * The validator's rule for periods, checked here too so that a CSV user is told the line
 * rather than the position of the event in the converted document.
 */
export function periodProblem(start: PartialDate, end: PartialDate): string | undefined {
  return dateInterval(end).end <= dateInterval(start).start
    ? `the end "${end.iso}" is before the start "${start.iso}"`
    : undefined;
}

/** Hands out ids that are unique within one document, suffixing `-2`, `-3`… on collisions. */
export class IdPool {
  private readonly used = new Set<string>();
  // The next suffix to try per base, so many copies of one id stay linear work.
  private readonly next = new Map<string, number>();

  reserve(id: string): void {
    this.used.add(id);
  }

  claim(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
