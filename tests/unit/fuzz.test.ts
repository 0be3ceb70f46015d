/**
 * Property tests for the parts that read untrusted input: nothing they are given may make them
 * throw, and what they report must be usable (a string path and message per problem).
 * `npm run fuzz` runs them 10,000 times; FUZZ_RUNS sets the count. On a failure fast-check prints
 * the seed and path that replay it: `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTimelineText } from '../../src/adapters/detect.js';
import { jsonErrorOffset } from '../../src/schema/parse.js';
import { isExternalUrl, safeUrl } from '../../src/schema/url.js';
import { LIMITS, validateDocument } from '../../src/schema/validate.js';
import { Sparse, build, edgeDates, hostileDocument } from '../hostile.js';
import type { ValidationIssue } from '../../src/schema/model.js';
import { dateInterval, parsePartialDate } from '../../src/time/partial-date.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
/**
 * Each run of the bounded-work property reads up to tens of thousands of list slots through a
 * counting Proxy: CI runs a short version, `npm run fuzz` the full count.
 */
const boundedRuns = process.env.FUZZ_RUNS ? numRuns : 100;
/** Generous per-property budget that grows with the run count (`npm run fuzz` runs 10,000). */
const timeout = Math.max(20_000, numRuns * 40);

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '"><svg onload=alert(1)>',
  '\u202e\u0000\ud800',
  'javascript:alert(1)',
];

/** Any text: plain, full Unicode (lone surrogates included), and hostile fragments mixed in. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...HOSTILE),
  fc
    .tuple(fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE), fc.string())
    .map(([a, b, c]) => a + b + c),
);

/** Localized text: a string or a map of (possibly bad) language tags to strings. */
const anyLocalized = fc.oneof(
  anyText,
  fc.dictionary(
    fc.oneof(fc.constantFrom('ar', 'en', 'en-GB', '__proto__', 'constructor'), fc.string()),
    anyText,
  ),
);

/** Dates near the edges of the format, and anything else. */
const anyDate = fc.oneof(edgeDates, anyText, fc.integer());

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const sourceArb = fc.record(
  {
    name: anyLocalized,
    speaker: maybe(anyLocalized),
    quote: maybe(anyLocalized),
    url: maybe(fc.oneof(fc.webUrl(), anyText, fc.constantFrom('java\tscript:alert(1)', '/a', '//x.test/'))),
    date: maybe(anyDate),
  },
  { requiredKeys: [] },
);

const eventArb = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', '__proto__')),
    start: anyDate,
    end: maybe(anyDate),
    qualifier: maybe(
      fc.oneof(fc.constantFrom('about', 'early', 'mid', 'late', 'by', 'before', 'after'), anyText),
    ),
    displayDate: maybe(anyLocalized),
    title: anyLocalized,
    summary: maybe(anyLocalized),
    category: maybe(fc.oneof(fc.constantFrom('c1', 'c2'), anyText)),
    importance: maybe(fc.oneof(fc.constantFrom('core', 'context'), anyText)),
    sources: maybe(fc.array(sourceArb, { maxLength: 3 })),
    places: maybe(
      fc.array(
        fc.record(
          { name: anyLocalized, lat: maybe(fc.double()), lon: maybe(fc.double()) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
  },
  { requiredKeys: [] },
);

const documentArb = fc.record(
  {
    version: maybe(fc.oneof(fc.constant(1), fc.anything())),
    title: maybe(anyLocalized),
    description: maybe(anyLocalized),
    language: maybe(fc.oneof(fc.constantFrom('ar', 'en', 'en-GB'), anyText)),
    referenceDate: maybe(anyDate),
    categories: maybe(
      fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom('c1', 'c2'), fc.string()),
            label: anyLocalized,
            color: maybe(anyText),
            shape: maybe(fc.oneof(fc.constantFrom('circle', 'star'), anyText)),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    events: fc.array(eventArb, { maxLength: 6 }),
    series: maybe(
      fc.array(
        fc.record(
          {
            id: fc.string(),
            label: anyLocalized,
            unit: maybe(anyLocalized),
            points: fc.array(
              fc.record(
                {
                  date: anyDate,
                  value: maybe(fc.double()),
                  low: maybe(fc.double()),
                  high: maybe(fc.double()),
                  approximate: maybe(fc.anything()),
                  source: maybe(sourceArb),
                },
                { requiredKeys: [] },
              ),
              { maxLength: 4 },
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** JSON.stringify leaves undefined-valued keys out, as a real document would. */
const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function checkIssues(issues: readonly ValidationIssue[]): void {
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(issue.severity);
  }
}

function checkPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const anythingArb = fc.anything({
  key: fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'version', 'events', 'title', 'start', 'id'),
  ),
  maxDepth: 6,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

describe(`fuzz (${numRuns} runs each)`, { timeout }, () => {
  it('regression: a BigInt version is reported, not thrown', () => {
    expect(validateDocument({ version: 10n ** 30n, events: [] }).issues).toEqual([
      expect.objectContaining({ path: 'version', severity: 'error' }),
    ]);
  });

  it('validateDocument(anything) never throws and reports usable issues', () => {
    fc.assert(
      fc.property(anythingArb, (input) => {
        const { model, issues } = validateDocument(input);
        expect(Array.isArray(model.events)).toBe(true);
        checkIssues(issues);
        checkPrototype();
      }),
      { numRuns },
    );
  });

  it('validateDocument(anything) under a document or an event never throws', () => {
    fc.assert(
      fc.property(anythingArb, anythingArb, (a, b) => {
        checkIssues(
          validateDocument({ version: 1, events: [a, { id: 'x', start: '2020', title: b }] }).issues,
        );
        checkIssues(validateDocument({ version: 1, title: a, events: b }).issues);
        checkPrototype();
      }),
      { numRuns },
    );
  });

  it('documents with arbitrary text in every field validate without throwing; what survives is well-formed', () => {
    fc.assert(
      fc.property(documentArb, (raw) => {
        const input = strip(raw);
        const { model, issues } = validateDocument(input);
        checkIssues(issues);
        const ids = new Set(((input as { events?: Array<{ id?: unknown }> }).events ?? []).map((e) => e.id));
        let previous = -Infinity;
        for (const e of model.events) {
          expect(ids.has(e.id)).toBe(true);
          expect(e.start.iso).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(
            Number.isFinite(e.time) && Number.isFinite(e.span.start) && Number.isFinite(e.span.end),
          ).toBe(true);
          expect(e.span.end).toBeGreaterThan(e.span.start);
          expect(e.time).toBeGreaterThanOrEqual(previous);
          previous = e.time;
          for (const s of e.sources) {
            if (s.url !== undefined)
              expect(['http:', 'https:']).toContain(new URL(s.url, 'https://base.test/').protocol);
          }
        }
        // The same document read as text, the way src and inline JSON arrive.
        const read = readTimelineText(JSON.stringify(input), 'application/json');
        checkIssues(read.issues);
        if (read.value !== undefined) checkIssues(validateDocument(read.value).issues);
        checkPrototype();
      }),
      { numRuns },
    );
  });

  it('readTimelineText(any string) never throws, whatever the content type', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), anyText),
        fc.constantFrom(undefined, 'application/json', 'text/csv', 'text/plain', ''),
        (text, type) => {
          const read = readTimelineText(text, type);
          checkIssues(read.issues);
          if (read.value !== undefined) checkIssues(validateDocument(read.value).issues);
        },
      ),
      { numRuns },
    );
  });

  it('readTimelineText(any JSON) never throws and always yields a value to validate', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const read = readTimelineText(text);
        checkIssues(read.issues);
        expect(read.value).not.toBeUndefined();
        checkIssues(validateDocument(read.value).issues);
        checkPrototype();
      }),
      { numRuns },
    );
  });

  it('readTimelineText(CSV-like text) never throws and names lines', () => {
    const cell = fc.oneof(
      fc.string(),
      anyText,
      fc.constantFrom('"', '""', ',', '\n', '\r\n', '2020', 'title'),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 8 }).map((cells) => cells.join(','));
    const header = fc.constantFrom(
      'Year,Month,Day,Headline,Text,Type,Group',
      'id,start,end,title,summary,category,source,url',
      'Year,Headline',
    );
    fc.assert(
      fc.property(header, fc.array(row, { maxLength: 6 }), (head, rows) => {
        const read = readTimelineText([head, ...rows].join('\n'), 'text/csv');
        checkIssues(read.issues);
        // A spreadsheet user thinks in lines: every problem is placed on one, or on the whole file.
        for (const issue of read.issues) expect(issue.path).toMatch(/^(line \d+\b.*)?$/);
        if (read.value !== undefined) checkIssues(validateDocument(read.value).issues);
      }),
      { numRuns },
    );
  });

  it('jsonErrorOffset agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat(3),
        fc.constantFrom('', ',', '"', '}', ']', '{', '\\', 'x', ' ', '\n'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        expect(offset === -1, JSON.stringify(text)).toBe(valid);
        expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns },
    );
  });

  it('safeUrl only lets through URLs that resolve to http: or https:, and isExternalUrl knows which leave', () => {
    const prefix = fc.constantFrom(
      '',
      'javascript:',
      'JaVaScRiPt:',
      ' java\tscript:',
      'java\nscript:',
      '\u0000javascript:',
      'data:',
      'vbscript:',
      'http:',
      'https://',
      '//',
      '/',
      '\\\\',
      '/\\',
      '/\t/',
    );
    fc.assert(
      fc.property(prefix, fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl()), (p, rest) => {
        const url = safeUrl(p + rest);
        if (url === undefined) return;
        let protocol: string;
        try {
          protocol = new URL(url, 'https://base.test/').protocol;
        } catch {
          // Not a URL a browser can follow at all; a link to it goes nowhere.
          return;
        }
        expect(['http:', 'https:'], JSON.stringify(p + rest)).toContain(protocol);
        // A link that leaves the page must be known to, so that it gets rel="noopener noreferrer".
        if (new URL(url, 'https://base.test/').origin !== 'https://base.test') {
          expect(isExternalUrl(url), JSON.stringify(p + rest)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('a date that parses names exactly its own year, month and day: nothing rolls over', () => {
    fc.assert(
      fc.property(anyDate, (text) => {
        const parsed = parsePartialDate(text);
        if (!parsed.ok) {
          expect(typeof parsed.message).toBe('string');
          return;
        }
        const { year, month, day } = parsed.value;
        expect(year).toBeGreaterThanOrEqual(1);
        expect(year).toBeLessThanOrEqual(9999);
        const start = new Date(dateInterval(parsed.value).start);
        expect(start.getUTCFullYear()).toBe(year);
        expect(start.getUTCMonth() + 1).toBe(month ?? 1);
        expect(start.getUTCDate()).toBe(day ?? 1);
      }),
      { numRuns },
    );
  });

  it(
    'bounded work: reading a hostile document costs what the limits of its lists allow, never what its lists claim',
    { timeout: Math.max(20_000, boundedRuns * 80) },
    () => {
      let maxRatio = 0;
      fc.assert(
        fc.property(hostileDocument, (plan) => {
          const counted = counting(build(plan));
          const { issues } = validateDocument(counted.value);
          checkIssues(issues);
          // Every present value may be read a few dozen times (its keys listed, copied, checked);
          // a list's holes only up to the list's limit.
          const allowed = 1_000 + 40 * counted.nodes + 4 * counted.slots;
          maxRatio = Math.max(maxRatio, counted.reads() / allowed);
          expect(counted.reads()).toBeLessThanOrEqual(allowed);
        }),
        { numRuns: boundedRuns },
      );
      console.info(
        `bounded work: ${boundedRuns} runs, at most ${(maxRatio * 100).toFixed(1)}% of the allowed reads`,
      );
    },
  );
});

/** The limit of a list by the key that holds it, as the validator applies them. */
function limitOf(key: string): number {
  return Object.hasOwn(LIMITS, key) && key !== 'depth' && key !== 'issues'
    ? LIMITS[key as keyof typeof LIMITS]
    : LIMITS.list;
}

/**
 * A copy of `value` in which every object and list is a Proxy that counts each read (a property,
 * a key listing, a descriptor, an `in`). Also counts the present values (`nodes`) and the list
 * slots a reader may touch within the limits (`slots`).
 */
function counting(value: unknown): { value: unknown; nodes: number; slots: number; reads: () => number } {
  let reads = 0;
  let nodes = 0;
  let slots = 0;
  const handler: ProxyHandler<object> = {
    get: (t, k, r) => (reads++, Reflect.get(t, k, r)),
    has: (t, k) => (reads++, Reflect.has(t, k)),
    ownKeys: (t) => (reads++, Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, k) => (reads++, Reflect.getOwnPropertyDescriptor(t, k)),
  };
  const wrap = (v: unknown, key: string): unknown => {
    nodes++;
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      slots += Math.min(v.length, limitOf(key));
      const copy = build(new Sparse(v.length, [])) as unknown[];
      for (const k of Object.keys(v)) copy[Number(k)] = wrap(v[Number(k)], key);
      return new Proxy(copy, handler);
    }
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(v)) copy[k] = wrap((v as Record<string, unknown>)[k], k);
    return new Proxy(copy, handler);
  };
  return { value: wrap(value, ''), nodes, slots, reads: () => reads };
}
