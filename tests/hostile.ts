/**
 * Generators of hostile document shapes, shared by the property tests: lists that claim tens of
 * millions of items but hold a few, nesting hundreds deep, objects with thousands of unknown keys,
 * numbers that are no figures, colours that are no colours, and text with the code points XML
 * cannot hold.
 */
import fc from 'fast-check';

/** Text with controls, lone surrogates and U+FFFE/U+FFFF mixed into letters. */
export const controlText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u0000',
        '\u0001',
        '\u0007',
        '\u000b',
        '\u001f',
        '\ufffe',
        '\uffff',
        '\ud800',
        '\udc00',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => `T${parts.join('')}`);

/**
 * A list of a claimed length (up to 50 million) with a few items at random places, as a plan:
 * fast-check never holds the list itself (printing or shrinking a 50-million-slot list is slow),
 * `build` makes it.
 */
export class Sparse {
  constructor(
    readonly length: number,
    readonly entries: ReadonlyArray<readonly [number, unknown]>,
  ) {}
}

export function sparse(item: fc.Arbitrary<unknown>): fc.Arbitrary<Sparse> {
  return fc
    .tuple(
      fc.oneof(fc.nat(12), fc.integer({ min: 1_000, max: 50_000_000 })),
      fc.array(fc.tuple(fc.nat(), item), { maxLength: 6 }),
    )
    .map(([length, entries]) => new Sparse(length, entries));
}

/** The document a plan describes, its sparse lists made. */
export function build(plan: unknown): unknown {
  if (plan instanceof Sparse) {
    // A far index first turns the list into a dictionary of its items, so nothing is allocated
    // for the holes (setting only the length would allocate them all, up to 32 million).
    const list: unknown[] = [];
    if (plan.length > 0) {
      list[plan.length - 1] = 0;
      delete list[plan.length - 1];
    }
    list.length = plan.length;
    for (const [at, value] of plan.entries) if (plan.length > 0) list[at % plan.length] = build(value);
    return list;
  }
  if (plan === null || typeof plan !== 'object' || Object.getPrototypeOf(plan) !== Object.prototype)
    return plan;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plan)) out[key] = build(value);
  return out;
}

/** `{ en: { en: … } }` up to 300 levels deep: deep nesting under a field the schema knows. */
export const deepText = fc.nat(300).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { en: value };
  return value;
});

/** Up to 3,000 keys no schema knows. */
export const wideObject = fc.nat(3_000).map((n) => {
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) out[`k${i}`] = i;
  return out;
});

const number = fc.oneof(
  fc.integer(),
  fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1e308, 2500, 3000),
  fc.double(),
);
const date = fc.constantFrom('2020', '2021-05', '2024-02-30', 'soon', '2025-09-30');
const source = fc.record(
  { name: controlText, url: fc.constantFrom('https://example.org/', 'javascript:x') },
  { requiredKeys: ['name'] },
);

const point = fc.oneof(
  fc.record({ date, value: number, low: number, high: number, source }, { requiredKeys: ['date'] }),
  fc.anything({ maxDepth: 2 }),
);

const event = fc.oneof(
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 6 }),
      start: date,
      title: fc.oneof(controlText, deepText),
      summary: controlText,
      sumary: controlText,
      category: fc.constantFrom('c0', 'c1', 'none'),
      sources: sparse(source),
      places: sparse(fc.record({ name: controlText, lat: number, lon: number })),
    },
    { requiredKeys: ['id', 'start', 'title'] },
  ),
  fc.anything({ maxDepth: 2 }),
);

const category = fc.record({
  id: fc.constantFrom('c0', 'c1', 'c2'),
  label: controlText,
  color: fc.constantFrom(
    '#7a1f1f',
    'url(http://127.0.0.1:9/x#g)',
    'var(--x)',
    'image-set("x.png" 1x)',
    'red',
  ),
});

const series = fc.record(
  {
    id: fc.constantFrom('s0', 's1'),
    label: controlText,
    points: sparse(point),
    annotations: sparse(fc.record({ date, text: controlText })),
  },
  { requiredKeys: ['id', 'label', 'points'] },
);

/** A whole hostile document (a plan for `build`): every list sparse and long, with deep, wide and non-finite parts. */
export const hostileDocument = fc
  .record({
    title: fc.oneof(controlText, deepText),
    categories: sparse(category),
    events: sparse(event),
    series: sparse(series),
    extra: wideObject,
  })
  .map(({ extra, ...doc }) => ({ ...extra, ...doc }));

/** Dates near the edges of the format: years 0–10,000, months 0–13, days 0–32, padded and not. */
export const edgeDates = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .chain(([y, m, d]) =>
    fc.constantFrom(
      String(y).padStart(4, '0'),
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`,
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      `${y}-${m}-${d}`,
    ),
  );
