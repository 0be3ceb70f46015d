import { describe, expect, it } from 'vitest';
import { ChartKeys } from '../../src/controllers/chart-keys.js';

/** The keys `keys` gives a list of ids, in order. */
function keysOf(
  keys: ChartKeys,
  ids: string[],
  held: Array<string | undefined> = [],
  list = 'marks',
): number[] {
  const key = keys.of(list, ids, (id) => id, new Set(held));
  return ids.map((id, i) => key(id, i));
}

/** Whether the keys come in the order they had in `before` (so a keyed list moves nothing). */
function inOrder(before: number[], now: number[]): boolean {
  const places = now.filter((k) => before.includes(k)).map((k) => before.indexOf(k));
  return places.every((p, i) => i === 0 || p > places[i - 1]!);
}

describe('keys of the chart’s lists', () => {
  it('a mark shown again keeps its key, and a new one gets a key no other item has', () => {
    const keys = new ChartKeys(() => false);
    const first = keysOf(keys, ['a', 'b', 'c']);
    expect(new Set(first).size).toBe(3);
    const second = keysOf(keys, ['b', 'c', 'd']);
    expect(second.slice(0, 2)).toEqual(first.slice(1));
    expect(first).not.toContain(second[2]);
  });

  it('a jump hands the keys of the marks that left to the marks that arrive, in list order', () => {
    const keys = new ChartKeys(() => true);
    const first = keysOf(keys, ['a', 'b', 'c']);
    expect(keysOf(keys, ['x', 'y', 'z'])).toEqual(first);
    // One stays: it keeps its key, the two arrivals take the keys that were freed, in order.
    expect(keysOf(keys, ['p', 'y', 'q'])).toEqual(first);
  });

  it('keys handed on keep the order they had, so no element is moved', () => {
    const keys = new ChartKeys(() => true);
    const first = keysOf(keys, ['a', 'b', 'c', 'd', 'e', 'f']);
    // 'b' and 'e' stay; arrivals before, between and after them.
    const next = keysOf(keys, ['p', 'q', 'b', 'r', 'e', 's', 't']);
    expect(next[2]).toBe(first[1]);
    expect(next[4]).toBe(first[4]);
    expect(inOrder(first, next)).toBe(true);
    // Only free places were handed on, and no key twice.
    expect(new Set(next).size).toBe(next.length);
    // 'p' takes the key of 'a', the only free place before 'b'; 'q' cannot take one without a swap.
    expect(next[0]).toBe(first[0]);
    expect(first).not.toContain(next[1]);
    expect([first[2], first[3]]).toContain(next[3]);
  });

  it('a mark that stays at the far end does not stop the marks that arrive from taking keys', () => {
    // A window that overlaps the last one at its edge: the last mark before is the first now.
    const keys = new ChartKeys(() => true);
    const first = keysOf(keys, ['a', 'b', 'c', 'd', 'e', 'f']);
    const next = keysOf(keys, ['f', 'p', 'q', 'r', 's', 't']);
    expect(next[0]).toBe(first[5]);
    expect(next.slice(1)).toEqual(first.slice(0, 5));
  });

  it('while a gesture moves the window, nothing is handed on: arrivals get new keys', () => {
    let jump = true;
    const keys = new ChartKeys(() => jump);
    const first = keysOf(keys, ['a', 'b', 'c']);
    jump = false;
    const panned = keysOf(keys, ['b', 'c', 'd']);
    expect(panned.slice(0, 2)).toEqual(first.slice(1));
    expect(first).not.toContain(panned[2]);
  });

  it('the mark that holds focus or the pointer never hands its key on', () => {
    const keys = new ChartKeys(() => true);
    const first = keysOf(keys, ['a', 'b']);
    const next = keysOf(keys, ['x', 'y'], ['a']);
    expect(next[0]).toBe(first[1]);
    expect(first).not.toContain(next[1]);
  });

  it('each list keeps its own keys', () => {
    const keys = new ChartKeys(() => true);
    const marks = keysOf(keys, ['a'], [], 'marks');
    const labels = keysOf(keys, ['a', 'b'], [], 'labels');
    expect(keysOf(keys, ['a'], [], 'marks')).toEqual(marks);
    expect(keysOf(keys, ['a', 'b'], [], 'labels')).toEqual(labels);
  });
});
