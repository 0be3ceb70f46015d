/**
 * Data never becomes markup, checked by fast-check in real Chromium: a
 * document with arbitrary text in every text field must render the same element tree (tag names
 * and attribute names) as the same document with plain text. Any element or attribute that only
 * the hostile text produces is markup made from data.
 *
 * 1,000 runs by default; `npm run fuzz` sets VITE_FUZZ_RUNS=10000 (vite passes on VITE_ variables
 * only). On a failure fast-check prints the seed and path that replay it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrawdownTimeline, TimelineDocument } from '../../src/index.js';
import { mount } from './helpers.js';
import { build, hostileDocument } from '../hostile.js';

const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
const numRuns = Number(env?.VITE_FUZZ_RUNS ?? 1000);

type Win = Window & { __pwned?: unknown };

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1">',
  '"><b data-x="',
  "' onmouseover='window.__pwned=1",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<!--',
  '<?xml ?>',
  '&lt;b&gt;',
  '\u202e',
];

/**
 * Short enough that the layout never drops a series text or label for lack of room, which would
 * change the tree for a reason that has nothing to do with markup.
 */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...HOSTILE),
  fc
    .tuple(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'binary', maxLength: 6 }),
    )
    .map(([a, b, c]) => a + b + c),
);

/** Plain text or a map of languages, as the schema allows. */
const localized = fc.oneof(text, fc.record({ en: text, ar: text }));

const fields = fc.record({
  title: localized,
  description: localized,
  category: localized,
  eventTitle: localized,
  summary: localized,
  displayDate: localized,
  sourceName: localized,
  speaker: localized,
  quote: localized,
  place: localized,
  otherTitle: localized,
  seriesLabel: localized,
  unit: localized,
  pointSource: localized,
});

type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function documentOf(f: Fields): TimelineDocument {
  return {
    version: 1,
    title: f.title,
    description: f.description,
    categories: [{ id: 'c', label: f.category }],
    events: [
      {
        id: 'e1',
        start: '2020-05',
        title: f.eventTitle,
        summary: f.summary,
        displayDate: f.displayDate,
        category: 'c',
        sources: [{ name: f.sourceName, speaker: f.speaker, quote: f.quote, url: 'https://example.org/' }],
        places: [{ name: f.place, lat: 33.3, lon: 44.4 }],
      },
      { id: 'e2', start: '2021', title: f.otherTitle },
    ],
    series: [
      {
        id: 's',
        label: f.seriesLabel,
        unit: f.unit,
        points: [
          { date: '2020', value: 5 },
          { date: '2021', value: 6, source: { name: f.pointSource } },
          { date: '2021', low: 8, source: { name: f.pointSource } },
        ],
      },
    ],
  } as TimelineDocument;
}

/** The same text with every character replaced; empty stays empty, since emptiness is structure. */
function plain(f: Fields): Fields {
  const x = (t: string) => (t === '' ? '' : 'x');
  const swap = (v: Fields[keyof Fields]) => (typeof v === 'string' ? x(v) : { en: x(v.en), ar: x(v.ar) });
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, swap(v)])) as Fields;
}

/** Tag names and attribute names, recursively; values and text are left out on purpose. */
function signature(node: ParentNode): string {
  return [...node.children]
    .map((child) => {
      const attrs = [...child.attributes].map((a) => a.name).sort();
      return `<${child.localName} ${attrs.join(' ')}>${signature(child)}</>`;
    })
    .join('');
}

async function render(el: DrawdownTimeline, data: TimelineDocument): Promise<string> {
  el.view = 'chart';
  el.data = data;
  el.selected = 'e1';
  await el.updateComplete;
  const chart = signature(el.shadowRoot!);
  el.view = 'list';
  await el.updateComplete;
  const list = signature(el.shadowRoot!);
  return `${chart}\n---\n${list}`;
}

describe(`fuzz: text never becomes markup (${numRuns} runs)`, () => {
  let el: DrawdownTimeline;

  beforeAll(async () => {
    el = await mount({ lang: 'en' }, 1000);
  });

  afterAll(() => {
    el.remove();
  });

  it(
    'an arbitrary source URL only ever becomes an http(s) link, opened safely when external',
    { timeout: Math.max(60_000, numRuns * 400) },
    async () => {
      const prefix = fc.constantFrom(
        '',
        'javascript:',
        'JaVaScRiPt:',
        ' java\tscript:',
        'java\nscript:',
        '\u0001javascript:',
        'data:text/html,',
        'vbscript:',
        'https://',
        'http:',
        '//',
        '/',
        '\\\\',
      );
      const url = fc
        .tuple(prefix, fc.oneof(text, fc.webUrl()))
        .map(([p, rest]) => p + rest)
        .filter((u) => u.trim() !== '');
      await fc.assert(
        fc.asyncProperty(url, async (u) => {
          el.view = 'chart';
          el.data = {
            version: 1,
            events: [{ id: 'e1', start: '2020', title: 'T', sources: [{ name: 'S', url: u }] }],
          } as TimelineDocument;
          el.selected = 'e1';
          await el.updateComplete;
          const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
          el.view = 'list';
          await el.updateComplete;
          links.push(...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a'));
          for (const a of links) {
            let target: URL | undefined;
            try {
              target = new URL(a.href);
            } catch {
              // A link the browser cannot parse goes nowhere; its text still must not name a scheme.
              const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(
                a.getAttribute('href')!.replace(/[\u0000-\u0020]/g, ''),
              );
              expect(['http', 'https', undefined], JSON.stringify(u)).toContain(scheme?.[1]?.toLowerCase());
              continue;
            }
            expect(['http:', 'https:'], JSON.stringify(u)).toContain(target.protocol);
            if (target.origin !== location.origin)
              expect(a.rel, JSON.stringify(u)).toBe('noopener noreferrer');
          }
        }),
        { numRuns },
      );
    },
  );

  it(
    'arbitrary text in every text field renders the same elements and attributes as plain text',
    { timeout: Math.max(60_000, numRuns * 400) },
    async () => {
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(fields, async (f) => {
          const hostile = await render(el, documentOf(f));
          expect(el.events.map((e) => e.id)).toEqual(['e1', 'e2']);
          const baseline = await render(el, documentOf(plain(f)));
          expect(hostile).toBe(baseline);
          expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed, b')).toHaveLength(0);
        }),
        { numRuns },
      );
      // An <img src=x> made from data would have failed to load and run its handler by now.
      await new Promise((r) => setTimeout(r, 100));
      expect((window as Win).__pwned).toBeUndefined();
      expect(document.querySelectorAll('img')).toHaveLength(0);
      console.info(`browser fuzz: ${numRuns} runs in ${Math.round(performance.now() - started)} ms`);
    },
  );

  it(
    'export: the SVG of a hostile document (control characters, sparse lists, bad colours) always parses as XML',
    { timeout: Math.max(60_000, numRuns * 400) },
    async () => {
      // Each run rasterizes nothing but inlines every computed style: a tenth of the runs.
      await fc.assert(
        fc.asyncProperty(hostileDocument, async (plan) => {
          el.view = 'chart';
          el.data = build(plan) as TimelineDocument;
          await el.updateComplete;
          // A document with no valid event draws no chart: both exports refuse it, and say so.
          const svg = await el.toSVG().catch((error: Error) => {
            expect(error.message).toMatch(/nothing is drawn to export/);
            return '';
          });
          if (svg === '') return;
          const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
          expect(parsed.querySelector('parsererror')?.textContent ?? null).toBeNull();
        }),
        { numRuns: Math.max(20, Math.round(numRuns / 10)) },
      );
    },
  );
});
