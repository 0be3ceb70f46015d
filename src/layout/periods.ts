/** Rows for period bars: overlapping periods never share a row, and rows hold still across frames. */
import type { TimelineEvent } from '../schema/model.js';
import { Lane, compactLanes } from './labels.js';

/**
 * Rows for periods so that overlapping periods never share a row: periods that had a row keep it
 * where it is still free, the others take the first free row in time order. Keeping rows never
 * takes more rows than packing from scratch; when it would, the packing from scratch is taken.
 */
export function packPeriods(events: readonly TimelineEvent[], kept?: ReadonlyMap<string, number>): number[] {
  const fresh = packRows(events);
  if (!kept?.size) return fresh;
  const held = packRows(events, kept);
  const count = (rows: number[]) => rows.reduce((n, r) => Math.max(n, r + 1), 0);
  return count(held) > count(fresh) ? fresh : held;
}

function packRows(events: readonly TimelineEvent[], kept?: ReadonlyMap<string, number>): number[] {
  const lanes: Lane[] = [];
  const rows = events.map(() => -1);
  const put = (i: number, row: number): boolean => {
    const { start, end } = events[i]!.span;
    while (lanes.length <= row) lanes.push(new Lane(0));
    if (!lanes[row]!.fits(start, end)) return false;
    lanes[row]!.add(start, end);
    rows[i] = row;
    return true;
  };
  if (kept) {
    events.forEach((e, i) => {
      const row = e.kind === 'period' ? kept.get(e.id) : undefined;
      if (row !== undefined) put(i, row);
    });
  }
  events.forEach((e, i) => {
    if (e.kind !== 'period' || rows[i]! >= 0) return;
    for (let row = 0; !put(i, row); row++);
  });
  const order = compactLanes(lanes);
  return rows.map((r) => (r < 0 ? 0 : order[r]!));
}

export function rowsById(events: readonly TimelineEvent[], rows: readonly number[]): Map<string, number> {
  const byId = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.kind === 'period') byId.set(e.id, rows[i]!);
  });
  return byId;
}
