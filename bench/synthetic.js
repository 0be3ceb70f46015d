/**
 * Seeded synthetic timeline documents for stories and the benchmark: points, periods,
 * imprecise dates and a series, with Latin and Arabic titles. The same seed always gives the
 * same document.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = ['Treaty', 'Summit', 'Offensive', 'Ceasefire', 'Election', 'Withdrawal', 'Agreement', 'Report'];
const ARABIC = ['معاهدة', 'قمة', 'هجوم', 'وقف إطلاق النار', 'انتخابات', 'انسحاب', 'اتفاق', 'تقرير'];
const QUALIFIERS = [
  undefined,
  undefined,
  undefined,
  'about',
  'early',
  'mid',
  'late',
  'by',
  'before',
  'after',
];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A document with `count` events between 1950 and 2025. */
export function syntheticDocument(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = 1950 + Math.floor(next() * 75);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const start =
      precision < 0.15
        ? String(year)
        : precision < 0.4
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const arabic = next() < 0.5;
    const event = {
      id: `e${i}`,
      start,
      title: arabic ? `${pick(ARABIC)} ${i}` : `${pick(LATIN)} ${i}`,
      category: pick(['a', 'b', 'c']),
      importance: next() < 0.1 ? 'core' : 'context',
    };
    const qualifier = pick(QUALIFIERS);
    if (qualifier && start.length < 10) event.qualifier = qualifier;
    if (next() < 0.15) {
      const endYear = Math.min(2025, year + Math.floor(next() * 5));
      event.end = `${endYear}-${pad(12)}`;
      delete event.qualifier;
    }
    events.push(event);
  }
  const points = [];
  for (let y = 1950; y <= 2025; y += 5)
    points.push({ date: String(y), value: Math.round(1000 + next() * 9000) });
  return {
    version: 1,
    title: `${count.toLocaleString('en')} synthetic events`,
    categories: [
      { id: 'a', label: 'Politics', shape: 'circle' },
      { id: 'b', label: 'Conflict', shape: 'diamond' },
      { id: 'c', label: 'Economy', shape: 'square' },
    ],
    events,
    series: [{ id: 'level', label: 'Level', points }],
  };
}
