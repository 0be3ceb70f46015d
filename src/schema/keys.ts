/**
 * The fields a schema knows, read from the valibot schema itself: one source, so a field added
 * to the schema is known here without a second list. Used to report unknown keys (usually
 * typos: `sumary`, `evnets`) with the nearest known one.
 */
import type * as v from 'valibot';

type AnySchema = v.GenericSchema<unknown, unknown>;
interface Wrapping {
  readonly type: string;
  readonly wrapped?: AnySchema;
  readonly entries?: Readonly<Record<string, AnySchema>>;
  readonly item?: AnySchema;
}

function unwrap(schema: AnySchema | undefined): Wrapping | undefined {
  let s = schema as Wrapping | undefined;
  while (s?.wrapped) s = s.wrapped as Wrapping;
  return s;
}

/** The entries of an object schema (through `optional` and `pipe`), or undefined. */
export function entriesOf(schema: AnySchema | undefined): Readonly<Record<string, AnySchema>> | undefined {
  const s = unwrap(schema);
  return s?.type === 'object' ? s.entries : undefined;
}

/** The item schema of an array schema (through `optional`), or undefined. */
export function itemOf(schema: AnySchema | undefined): AnySchema | undefined {
  const s = unwrap(schema);
  return s?.type === 'array' ? s.item : undefined;
}

/** The known key closest to `key` (a typo or two away), or undefined. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance counting a swap of neighbours as one edit (optimal string alignment). Keys are
 * short, and anything longer than 64 characters is no typo of a field name.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
