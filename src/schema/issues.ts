import type { ValidationIssue } from './model.js';

/** Problems listed before the rest are summed up in one line: hostile input stays bounded work. */
export const MAX_ISSUES = 200;

/** Collects problems with their paths, capped at MAX_ISSUES. */
export class IssueList {
  private readonly items: ValidationIssue[] = [];
  private dropped = 0;

  add(path: string, message: string, severity: ValidationIssue['severity'] = 'error'): void {
    if (this.items.length < MAX_ISSUES) this.items.push({ path, message, severity });
    else this.dropped++;
  }

  done(): ValidationIssue[] {
    if (this.dropped > 0) {
      this.items.push({ path: '', message: `${this.dropped} more problems not listed`, severity: 'warning' });
    }
    return this.items;
  }
}
