/**
 * Reliability and security in real Chromium: hostile strings and URLs, loading, lifecycle, dates and memory.
 * The strict CSP page lives in tests/e2e/csp.test.ts, because vitest's own page cannot
 * carry that policy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  DrawdownErrorDetail,
  DrawdownLoadDetail,
  DrawdownSelectDetail,
  DrawdownTimeline,
  Layout,
  TimelineDocument,
} from '../../src/index.js';
import {
  deferred,
  eventNode,
  jsonResponse,
  jsonUrl,
  key,
  mount,
  mountData,
  once,
  q,
  settle,
  sleep,
  stubFetch,
  until,
  watchPageErrors,
  wheel,
} from './helpers.js';
import { DAY } from '../../src/time/partial-date.js';

type Win = Window & { __pwned?: unknown };
const win = window as Win;

const realFetch = window.fetch;
const realResizeObserver = window.ResizeObserver;
const realMutationObserver = window.MutationObserver;
const realAdd = EventTarget.prototype.addEventListener;
const realRemove = EventTarget.prototype.removeEventListener;
const realDateTimeFormat = Intl.DateTimeFormat;
const realDateMethods = {
  getTimezoneOffset: Date.prototype.getTimezoneOffset,
  getFullYear: Date.prototype.getFullYear,
  getMonth: Date.prototype.getMonth,
  getDate: Date.prototype.getDate,
  getDay: Date.prototype.getDay,
  getHours: Date.prototype.getHours,
};

/** Errors that escaped to the page during a test: anything thrown out of the element lands here. */
const pageErrors = watchPageErrors();

afterEach(() => {
  document.body.replaceChildren();
  window.fetch = realFetch;
  window.ResizeObserver = realResizeObserver;
  window.MutationObserver = realMutationObserver;
  EventTarget.prototype.addEventListener = realAdd;
  EventTarget.prototype.removeEventListener = realRemove;
  Intl.DateTimeFormat = realDateTimeFormat;
  Object.assign(Date.prototype, realDateMethods);
  delete win.__pwned;
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------
// Helpers

function count(el: EventTarget, type: string): { n: number; details: unknown[] } {
  const seen = { n: 0, details: [] as unknown[] };
  el.addEventListener(type, (e) => {
    seen.n++;
    seen.details.push((e as CustomEvent).detail);
  });
  return seen;
}

const doc = (events: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, ...extra, events });
const ev = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  start,
  title: id.toUpperCase(),
  ...extra,
});

/** An English chart of the given width whose `src` answers only when the test resolves `answer`. */
function slowChart(
  width: string,
  src: string,
): { el: DrawdownTimeline; answer: ReturnType<typeof deferred<Response>> } {
  const answer = deferred<Response>();
  stubFetch(() => answer.promise);
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', 'en');
  el.style.width = width;
  el.src = src;
  return { el, answer };
}

function caption(el: DrawdownTimeline): string {
  return q(el, 'figcaption')[0]!.textContent!.trim();
}

function message(el: DrawdownTimeline): HTMLElement | undefined {
  return q(el, '[part~="message"][role="alert"]')[0];
}

function issuePaths(el: DrawdownTimeline): string[] {
  return el.problems.map((i) => i.path);
}

async function showList(el: DrawdownTimeline): Promise<void> {
  el.view = 'list';
  await settle(el);
}

/** Every attribute value of every element in the shadow tree, with its owner, for scanning. */
function attributeValues(el: DrawdownTimeline): Array<{ where: string; value: string }> {
  const out: Array<{ where: string; value: string }> = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attr of node.attributes)
      out.push({ where: `<${node.localName} ${attr.name}>`, value: attr.value });
    const style = (node as HTMLElement).style?.cssText;
    if (style) out.push({ where: `<${node.localName}> style`, value: style });
  }
  return out;
}

/** The drawing as plain data, to compare renders. */
function layoutSnapshot(layout: Layout): string {
  return JSON.stringify({
    window: layout.window,
    tickUnit: layout.tickUnit,
    ticks: layout.ticks.map((t) => [t.time, t.text, t.textX, t.textY, t.labelled]),
    events: layout.events.map((m) => [m.event.id, m.x, m.y, m.band, m.label?.x, m.label?.y, m.label?.text]),
    now: layout.now,
  });
}

// ---------------------------------------------------------------------------------------------

describe('hostile strings and URLs', () => {
  /** A payload that would set a flag if it ever became an element; the field name tags it. */
  const H = (field: string) => `<img src=x onerror="window.__pwned='${field}'">${field}`;

  const hostileDocument = () => ({
    version: 1,
    title: H('doc-title'),
    description: H('description'),
    categories: [{ id: 'c', label: H('category') }],
    events: [
      {
        id: 'e1',
        start: '2020-05',
        title: H('title'),
        summary: H('summary'),
        displayDate: H('displayDate'),
        category: 'c',
        sources: [
          { name: H('source'), speaker: H('speaker'), quote: H('quote'), url: 'https://example.org/' },
        ],
        places: [{ name: H('place') }],
      },
      { id: 'e2', start: '2021', title: 'Plain' },
    ],
    series: [
      {
        id: 's',
        label: H('series'),
        unit: H('unit'),
        points: [
          { date: '2020', value: 5, source: { name: H('point-source') } },
          { date: '2021', value: 6 },
        ],
      },
    ],
  });

  it('<img onerror> in title, summary, quote, displayDate, category, source and series label is literal text; no element, nothing runs', async () => {
    const el = await mountData(hostileDocument(), { lang: 'en', selected: 'e1' });
    const root = el.shadowRoot!;
    expect(el.events.map((e) => e.id)).toEqual(['e1', 'e2']);

    expect(caption(el)).toBe(H('doc-title'));
    expect(q(el, '[part~="legend"]')[0]!.textContent).toContain(H('category'));
    const detail = q(el, '[part~="detail"]')[0]!.textContent!;
    for (const field of ['title', 'summary', 'displayDate', 'source', 'speaker', 'quote', 'place']) {
      expect(detail, `detail panel shows ${field} literally`).toContain(H(field));
    }
    expect(q(el, '[part~="label"][data-id="e1"]')[0]!.textContent).toContain(H('title'));
    expect(root.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);

    await showList(el);
    const list = q(el, '[part~="list"]')[0]!.textContent!;
    for (const field of ['title', 'summary', 'displayDate', 'source', 'quote', 'series', 'point-source']) {
      expect(list, `list view shows ${field} literally`).toContain(H(field));
    }
    expect(root.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    // An <img src=x> would fail to load and run its handler within a few ms.
    await sleep(200);
    expect(win.__pwned).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  it('HTML in a TimelineJS CSV becomes text; an escaped <img> stays visible text, never an element', async () => {
    const csv = [
      'Year,Month,Day,Headline,Text,Group',
      `2020,5,1,"<img src=x onerror=""window.__pwned='csv-tag'"">Tagged","&lt;img src=x onerror=window.__pwned=1&gt; escaped",G`,
      '2021,,,Second,Plain,G',
    ].join('\n');
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    el.src = jsonUrl(csv, 'text/csv');
    document.body.append(el);
    const detail = await loaded;
    await settle(el);
    expect(detail.events).toHaveLength(2);
    el.select(detail.events[0]!.id);
    await settle(el);
    const text = q(el, '[part~="detail"]')[0]!.textContent!;
    expect(text).toContain('<img src=x onerror=window.__pwned=1> escaped');
    expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
    await sleep(200);
    expect(win.__pwned).toBeUndefined();
  });

  it('</script><script> inside the inline JSON script is read as data only', async () => {
    const payload = '</script><script>window.__pwned=1</script>';
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const script = document.createElement('script');
    script.type = 'application/json';
    // Built with DOM APIs: in HTML source the parser itself would end the script at </script>.
    script.textContent = JSON.stringify(
      doc([ev('i', '2019', { title: payload, summary: payload })], { title: payload }),
    );
    el.append(script);
    const scriptsBefore = document.scripts.length;
    document.body.append(el);
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['i']);
    expect(caption(el)).toBe(payload);
    el.select('i');
    await settle(el);
    expect(q(el, '[part~="detail"]')[0]!.textContent).toContain(payload);
    expect(el.querySelectorAll('script')).toHaveLength(1);
    expect(document.scripts.length).toBe(scriptsBefore + 1);
    expect(el.shadowRoot!.querySelectorAll('script')).toHaveLength(0);
    await sleep(50);
    expect(win.__pwned).toBeUndefined();
  });

  it('javascript:, data:, vbscript: and obfuscated schemes never become links; http, https and relative do, external ones with rel="noopener noreferrer"', async () => {
    const bad = [
      'javascript:window.__pwned=1',
      'JaVaScRiPt:window.__pwned=1',
      ' java\tscript:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      '\u0001javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
      'vbscript:msgbox(1)',
      ' VBScript:msgbox(1)',
    ];
    const good = [
      { url: 'https://example.org/a', external: true },
      { url: 'http://example.org/b', external: true },
      { url: '//example.org/c', external: true },
      { url: '/relative/d', external: false },
      { url: 'relative/e', external: false },
      // Browsers read a backslash in an http(s) URL as a slash: these leave the page too.
      { url: '/\\example.org/f', external: true },
      { url: '\\\\example.org/g', external: true },
    ];
    const sources = [
      ...bad.map((url, i) => ({ name: `bad-${i}`, url })),
      ...good.map(({ url }, i) => ({ name: `good-${i}`, url })),
    ];
    const el = await mountData(doc([ev('a', '2020', { sources })]), { lang: 'en', selected: 'a' });

    const check = (where: string) => {
      const links = q<HTMLAnchorElement>(el, `${where} a`);
      expect(links.map((a) => a.getAttribute('href'))).toEqual(good.map((g) => g.url));
      for (const [i, a] of links.entries()) {
        expect(['http:', 'https:']).toContain(new URL(a.href).protocol);
        if (good[i]!.external) {
          expect(a.rel, a.href).toBe('noopener noreferrer');
          expect(a.target).toBe('_blank');
        }
      }
      const text = q(el, where)[0]!.textContent!;
      // The names of dropped links are still shown, as plain text.
      for (let i = 0; i < bad.length; i++) expect(text).toContain(`bad-${i}`);
    };
    check('[part~="detail"]');
    await showList(el);
    check('[part~="list"]');

    for (let i = 0; i < bad.length; i++) {
      expect(el.problems).toContainEqual(
        expect.objectContaining({ path: `events[0].sources[${i}].url`, severity: 'warning' }),
      );
    }
    expect(
      el.shadowRoot!.querySelectorAll('[href^="javascript" i], [href^="data" i], [href^="vbscript" i]'),
    ).toHaveLength(0);
    await sleep(50);
    expect(win.__pwned).toBeUndefined();
  });

  it('__proto__, constructor and prototype keys leave Object.prototype untouched and are reported with their paths', async () => {
    const text =
      '{"version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' +
      '"events":[{"id":"a","start":"2020","title":"A","__proto__":{"polluted":"yes"},' +
      '"prototype":{"polluted":"yes"},"sources":[{"name":"S","constructor":{"polluted":"yes"}}]}]}';
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const expected = [
      '__proto__',
      'constructor',
      'events[0].__proto__',
      'events[0].prototype',
      'events[0].sources[0].constructor',
    ];

    // Through the element's own reader (src) and as a parsed object handed over as data.
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    el.src = jsonUrl(text);
    document.body.append(el);
    const detail = await loaded;
    expect(detail.events.map((e) => e.id)).toEqual(['a']);
    expect(detail.issues.map((i) => i.path)).toEqual(expect.arrayContaining(expected));

    const parsed = await mountData(JSON.parse(text));
    expect(parsed.events.map((e) => e.id)).toEqual(['a']);
    expect(issuePaths(parsed)).toEqual(expect.arrayContaining(expected));

    // TimelineJS3 JSON goes through its own adapter.
    const tl = document.createElement('drawdown-timeline');
    const tlLoaded = once<DrawdownLoadDetail>(tl, 'drawdown-load');
    tl.src = jsonUrl(
      '{"events":[{"start_date":{"year":"2020"},"text":{"headline":"H"},"__proto__":{"polluted":"yes"},' +
        '"constructor":{"prototype":{"polluted":"yes"}}}],"__proto__":{"polluted":"yes"}}',
    );
    document.body.append(tl);
    expect((await tlLoaded).events).toHaveLength(1);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  });

  it('a 10 MB title is cut to 2,000 characters with an ellipsis and the page stays responsive', async () => {
    const title = 'T'.repeat(10 * 1024 * 1024);
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    const started = performance.now();
    el.src = jsonUrl(doc([ev('a', '2020', { title: title.slice(0, 1024 * 1024) })], { title }));
    document.body.append(el);
    await loaded;
    await settle(el);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(10_000);
    const shown = caption(el);
    expect(shown.length).toBeLessThanOrEqual(2000);
    expect(shown.endsWith('…')).toBe(true);
    expect(issuePaths(el)).toEqual(expect.arrayContaining(['title', 'events[0].title']));
    // A core label carries its number and date before the title: the title is what is cut.
    const label = q(el, '[part~="label"][data-id="a"]')[0]!.textContent!.trim();
    expect(label.slice(label.indexOf('\u00a0— ') + 3).length).toBeLessThanOrEqual(2000);
    // The main thread is free again: a timer fires promptly.
    const t0 = performance.now();
    await sleep(0);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('100,000 events render with a bounded DOM', { timeout: 180_000 }, async () => {
    const base = Date.UTC(1800, 0, 1);
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(base + i * DAY).toISOString().slice(0, 10),
      title: `Event ${i}`,
      importance: i % 1000 === 0 ? 'core' : 'context',
    }));
    const started = performance.now();
    const el = await mountData(doc(events));
    const elapsed = performance.now() - started;
    expect(el.events.length).toBe(100_000);
    expect(el.currentLayout).toBeDefined();
    // Something is drawn, so the bound below is not met by drawing nothing.
    expect(q(el, '[part~="event"]').length).toBeGreaterThan(0);
    expect(q(el, '[part~="axis"] .tick-text').length).toBeGreaterThan(1);
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes, `elements in the shadow root (mount took ${Math.round(elapsed)} ms)`).toBeLessThan(2500);
  });

  it('a deeply nested object is cut off with an issue, never a throw', async () => {
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    // Under a key the schema does not know, it is reported and never walked; under one it
    // knows, it is cut off at the depth limit.
    const el = await mountData(
      doc([ev('a', '2020', { extra: deep }), ev('c', '2021', { summary: { en: deep } })]),
    );
    expect(el.events.map((e) => e.id)).toEqual(['a']);
    expect(el.problems.find((i) => i.path === 'events[0].extra')?.message).toMatch(/^unknown key/);
    const nested = el.problems.find((i) => i.message.includes('nested deeper'));
    expect(nested?.path.startsWith('events[1].summary.en')).toBe(true);

    // The same as text: 100,000 open brackets through the element's JSON reader.
    const text = `{"version":1,"events":[{"id":"b","start":"2021","title":"B","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const fromText = document.createElement('drawdown-timeline');
    fromText.style.width = '1000px';
    const settled = new Promise<string>((resolve) => {
      fromText.addEventListener('drawdown-load', () => resolve('load'), { once: true });
      fromText.addEventListener('drawdown-error', () => resolve('error'), { once: true });
    });
    fromText.src = jsonUrl(text);
    document.body.append(fromText);
    await settled;
    await settle(fromText);
    expect(fromText.problems.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('loading (src)', () => {
  it('a 404 dispatches drawdown-error with its status and shows a localized alert, with no stale chart', async () => {
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'ar');
    el.style.width = '1000px';
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    el.src = jsonUrl(doc([ev('first', '2020')], { title: 'First' }));
    document.body.append(el);
    await loaded;
    await settle(el);
    expect(q(el, '[part~="event"]')).toHaveLength(1);

    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/__missing__.json';
    const detail = await failed;
    await settle(el);
    expect(detail.status).toBe(404);
    const alert = message(el)!;
    expect(alert).toBeDefined();
    // Readers get a short note in their language; the status and address are for authors.
    expect(alert.textContent).not.toContain('404');
    expect(alert.textContent).not.toContain('__missing__');
    expect(alert.textContent).toMatch(/[\u0600-\u06FF]/);
    expect(q(el, '[part~="event"], [part~="label"]')).toHaveLength(0);
    expect(el.events).toHaveLength(0);
    expect(caption(el)).not.toBe('First');
  });

  it('a failed src gives up the room it held while loading: the message is not left above a page-tall empty box', async () => {
    const { el, answer } = slowChart('375px', '/slow-missing.json');
    document.body.append(el);
    await settle(el);
    const held = el.getBoundingClientRect().height;
    expect(held).toBeGreaterThan(1000);

    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    answer.resolve(new Response('x', { status: 404 }));
    await failed;
    await settle(el);
    const alert = message(el)!;
    expect(alert.textContent).toContain('The timeline could not be loaded.');
    const chart = el.getBoundingClientRect();
    // The box ends within the default minimum height, not the loading reservation.
    expect(chart.height).toBeLessThanOrEqual(400);
    expect(alert.getBoundingClientRect().bottom).toBeLessThanOrEqual(chart.bottom);
  });

  it('a 500 tells readers a short neutral note with "Try again"; the status and address go to drawdown-error and the console', async () => {
    stubFetch(async () => new Response('x', { status: 500, statusText: 'Internal Server Error' }));
    const warn = vi.spyOn(console, 'warn');
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/server-error.json';
    document.body.append(el);
    const detail = await failed;
    expect(detail.status).toBe(500);
    expect(detail.url).toBe('/server-error.json');
    await settle(el);
    const alert = message(el)!;
    expect(alert.querySelector('div')!.textContent!.trim()).toBe('The timeline could not be loaded.');
    expect(alert.textContent).not.toMatch(/500|HTTP|server-error/);
    expect(alert.querySelector('button.retry')!.textContent!.trim()).toBe('Try again');
    expect(q(el, '[part~="event"]')).toHaveLength(0);
    const logged = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('could not load'));
    expect(logged).toEqual([
      '<drawdown-timeline>: could not load /server-error.json: HTTP 500 Internal Server Error.',
    ]);
  });

  it('the authoring view (debug) names the failed request: its status and its address', async () => {
    stubFetch(async () => new Response('x', { status: 404, statusText: 'Not Found' }));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.setAttribute('debug', '');
    el.style.width = '1000px';
    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/gone.json';
    document.body.append(el);
    await failed;
    await settle(el);
    const alert = message(el)!;
    expect(alert.querySelector('div')!.textContent!.trim()).toBe(
      'The timeline could not be loaded (HTTP 404).',
    );
    expect(alert.querySelector('.problems')!.textContent).toContain('/gone.json: HTTP 404 Not Found');
    expect(alert.querySelector('button.retry')).not.toBeNull();
  });

  it('a network failure dispatches status -1; the inline JSON is shown instead, without the failure box, and the failure still reported', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const plain = document.createElement('drawdown-timeline');
    plain.setAttribute('lang', 'en');
    plain.style.width = '1000px';
    const plainFailed = once<DrawdownErrorDetail>(plain, 'drawdown-error');
    plain.src = '/unreachable.json';
    document.body.append(plain);
    expect((await plainFailed).status).toBe(-1);
    await settle(plain);
    expect(message(plain)!.textContent).toContain('the network request failed');
    expect(q(plain, '[part~="event"]')).toHaveLength(0);

    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc([ev('inline', '2019')], { title: 'Inline fallback' }));
    el.append(script);
    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/unreachable.json';
    document.body.append(el);
    expect((await failed).status).toBe(-1);
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['inline']);
    expect(caption(el)).toBe('Inline fallback');
    expect(q(el, '[part~="event"]')).toHaveLength(1);
    // The chart works: readers are not told of the failure; the authoring view names it.
    expect(message(el)).toBeUndefined();
    el.debug = true;
    await settle(el);
    expect(message(el)!.querySelector('.problems')!.textContent).toContain(
      '/unreachable.json: network error',
    );
  });

  it('a real refused connection (no stub) is status -1', async () => {
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    // Port 9 (discard) is closed on the test machine: the connection is refused.
    el.src = 'http://127.0.0.1:9/timeline.json';
    document.body.append(el);
    expect((await failed).status).toBe(-1);
  });

  it('malformed JSON is an error that names the line; nothing is thrown out of the element', async () => {
    const broken = [
      '{"version": 1,\n"events": [\n{"id": "a"\n"start": "2020", "title": "A"}]}',
      '{"version": 1,\n"events": [\n{"id": "a", "start": tru, "title": "A"}]}',
      '{"version": 1,\n"events": [\n',
    ];
    const errorSpy = vi.spyOn(console, 'error');
    for (const text of broken) {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', 'en');
      const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
      el.src = jsonUrl(text);
      document.body.append(el);
      const detail = await failed;
      await settle(el);
      expect(detail.status).toBeUndefined();
      const issue = detail.issues[0]!;
      expect(issue.severity).toBe('error');
      expect(issue.message, JSON.stringify(text)).toMatch(/not valid JSON/);
      expect(issue.message, JSON.stringify(text)).toMatch(/line \d+/);
      expect(message(el)!.textContent).toContain('could not be read');
      expect(q(el, '[part~="event"]')).toHaveLength(0);
    }
    expect(errorSpy).not.toHaveBeenCalled();
    expect(pageErrors).toEqual([]);
  });

  it('a CSV with a broken row names its line and keeps the good rows', async () => {
    const csv = [
      'Year,Month,Day,Headline,Text',
      '2020,1,2,First,One',
      '2021,3,"4,Broken row with an unclosed quote',
      '2022,5,6,Third,Three',
    ].join('\n');
    const csv2 = [
      'Year,Month,Day,Headline,Text',
      '2020,1,2,First,One',
      '2021,3,4,Too,Many,Fields',
      '2022,5,6,Third,Three',
    ].join('\n');
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    const errored = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = jsonUrl(csv2, 'text/csv');
    document.body.append(el);
    const detail = await errored;
    expect(detail.issues).toContainEqual(
      expect.objectContaining({ path: 'line 3', message: 'expected 5 fields, found 6', severity: 'error' }),
    );
    await settle(el);
    expect(el.events).toHaveLength(2);
    // The line is for authors: shown with debug.
    expect(message(el)!.textContent).not.toContain('line 3');
    el.debug = true;
    await settle(el);
    expect(message(el)!.textContent).toContain('line 3');

    const other = document.createElement('drawdown-timeline');
    const otherErrored = once<DrawdownErrorDetail>(other, 'drawdown-error');
    other.src = jsonUrl(csv, 'text/csv');
    document.body.append(other);
    expect((await otherErrored).issues.map((i) => i.path)).toContain('line 3');
    expect(pageErrors).toEqual([]);
  });

  it('a slow src shows aria-busy and a visible loading status, and the reserved height keeps the page still', async () => {
    const { el, answer } = slowChart('1000px', '/slow.json');
    el.style.setProperty('--drawdown-min-height', '700px');
    const after = document.createElement('p');
    after.textContent = 'Below the timeline';
    document.body.append(el, after);
    await settle(el);

    const figure = q(el, 'figure')[0]!;
    expect(figure.getAttribute('aria-busy')).toBe('true');
    const status = q(el, '[role="status"]')[0]!;
    expect(status.textContent).toContain('Loading the timeline…');
    const box = status.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    expect(q(el, '.spinner')).toHaveLength(1);
    expect(el.getBoundingClientRect().height).toBe(700);
    const belowBefore = after.getBoundingClientRect().top;

    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    answer.resolve(jsonResponse(doc([ev('a', '2020'), ev('b', '2021')])));
    await loaded;
    await settle(el);
    expect(figure.getAttribute('aria-busy')).toBe('false');
    expect(q(el, '[role="status"]')).toHaveLength(0);
    expect(q(el, '[part~="event"]')).toHaveLength(2);
    expect(el.getBoundingClientRect().height).toBe(700);
    expect(after.getBoundingClientRect().top).toBe(belowBefore);

    // Without a page setting, the default reservation still holds the place while loading.
    const pending = deferred<Response>();
    stubFetch(() => pending.promise);
    const plain = await mount({ lang: 'en', src: '/slow-again.json' });
    expect(plain.getBoundingClientRect().height).toBeGreaterThanOrEqual(300);
    pending.resolve(jsonResponse(doc([])));
  });

  it('a short document drawn out of view gives up the room it does not need, and does not take it back', async () => {
    const { el, answer } = slowChart('1000px', '/short.json');
    const above = document.createElement('div');
    above.style.height = `${innerHeight * 3}px`;
    const after = document.createElement('p');
    after.textContent = 'Below the timeline';
    document.body.append(above, el, after);
    await settle(el);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved).toBeGreaterThan(600);

    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    answer.resolve(jsonResponse(doc([ev('a', '2020'), ev('b', '2021')])));
    await loaded;
    await until(() => el.getBoundingClientRect().height < reserved - 200, 'the room to be given up');
    const own = el.getBoundingClientRect().height;
    // Scrolled into view, it keeps its own height: taking the room back would move the page.
    el.scrollIntoView();
    await sleep(100);
    await settle(el);
    expect(el.getBoundingClientRect().height).toBe(own);
    scrollTo(0, 0);
  });

  it('a short document drawn in view keeps its reserved room', async () => {
    const { el, answer } = slowChart('1000px', '/short-here.json');
    const after = document.createElement('p');
    after.textContent = 'Below the timeline';
    document.body.append(el, after);
    await settle(el);
    const reserved = el.getBoundingClientRect().height;
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    answer.resolve(jsonResponse(doc([ev('a', '2020'), ev('b', '2021')])));
    await loaded;
    await sleep(100);
    await settle(el);
    expect(el.getBoundingClientRect().height).toBe(reserved);
  });

  it('a new src aborts the pending request; its late answer is ignored', async () => {
    const first = deferred<Response>();
    const calls = stubFetch((url) =>
      url.endsWith('/a.json')
        ? first.promise
        : Promise.resolve(jsonResponse(doc([ev('b', '2021')], { title: 'B' }))),
    );
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const loads = count(el, 'drawdown-load');
    el.src = '/a.json';
    document.body.append(el);
    await settle(el);
    expect(calls.map((c) => new URL(c.url, location.href).pathname)).toEqual(['/a.json']);

    el.src = '/b.json';
    await until(() => loads.n === 1, 'B to load');
    await settle(el);
    expect(calls[0]!.signal?.aborted).toBe(true);
    expect(calls[1]!.signal?.aborted).toBe(false);

    first.resolve(jsonResponse(doc([ev('a', '2020')], { title: 'A' })));
    await sleep(50);
    await settle(el);
    expect(loads.n).toBe(1);
    expect((loads.details[0] as DrawdownLoadDetail).events.map((e) => e.id)).toEqual(['b']);
    expect(el.events.map((e) => e.id)).toEqual(['b']);
    expect(caption(el)).toBe('B');
    expect(q(el, '[part~="event"]').map((n) => n.getAttribute('data-id'))).toEqual(['b']);
  });

  it('data beats src beats inline JSON beats the built-in story, whatever order they are set in', async () => {
    const dataDoc = doc([ev('data', '2003')], { title: 'Data' });
    const srcUrl = jsonUrl(doc([ev('src', '2002')], { title: 'Src' }));
    const inlineText = JSON.stringify(doc([ev('inline', '2001')], { title: 'Inline' }));
    const steps = {
      data: (el: DrawdownTimeline) => {
        el.data = dataDoc as TimelineDocument;
      },
      src: (el: DrawdownTimeline) => el.setAttribute('src', srcUrl),
      inline: (el: DrawdownTimeline) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = inlineText;
        el.append(script);
      },
      attach: (el: DrawdownTimeline) => document.body.append(el),
    } as const;
    const orders: Array<Array<keyof typeof steps>> = [
      ['data', 'src', 'inline', 'attach'],
      ['inline', 'src', 'data', 'attach'],
      ['src', 'attach', 'inline', 'data'],
      ['attach', 'inline', 'data', 'src'],
      ['attach', 'src', 'data', 'inline'],
      ['inline', 'attach', 'src', 'data'],
    ];
    for (const order of orders) {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', 'en');
      el.style.width = '800px';
      for (const step of order) {
        steps[step](el);
        await sleep(0);
      }
      await settle(el);
      await sleep(30);
      await settle(el);
      expect(
        el.events.map((e) => e.id),
        order.join(' → '),
      ).toEqual(['data']);
      expect(caption(el)).toBe('Data');

      el.data = undefined;
      await until(() => el.events[0]?.id === 'src', `src after removing data (${order.join(' → ')})`);
      el.removeAttribute('src');
      await settle(el);
      expect(
        el.events.map((e) => e.id),
        order.join(' → '),
      ).toEqual(['inline']);
      el.querySelector('script')!.remove();
      await until(() => el.events.some((e) => e.id === 'isis-expansion'), 'the built-in story');
      el.remove();
    }
  });

  it('an element removed mid-fetch neither renders nor reports when the answer arrives', async () => {
    const answer = deferred<Response>();
    const calls = stubFetch(() => answer.promise);
    const errorSpy = vi.spyOn(console, 'error');
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    const loads = count(el, 'drawdown-load');
    const errors = count(el, 'drawdown-error');
    el.src = '/pending.json';
    document.body.append(el);
    await settle(el);
    expect(q(el, 'figure')[0]!.getAttribute('aria-busy')).toBe('true');

    el.remove();
    answer.resolve(jsonResponse(doc([ev('late', '2020')])));
    await sleep(100);
    await el.updateComplete;
    expect(calls[0]!.signal?.aborted).toBe(true);
    expect(loads.n).toBe(0);
    expect(errors.n).toBe(0);
    expect(el.events).toHaveLength(0);
    expect(q(el, '[part~="event"]')).toHaveLength(0);
    expect(errorSpy).not.toHaveBeenCalled();
    expect(pageErrors).toEqual([]);
  });

  it('re-inserted after a removal mid-fetch, the element loads its src again', async () => {
    const never = deferred<Response>();
    const calls = stubFetch((_url, call) =>
      call === 0 ? never.promise : Promise.resolve(jsonResponse(doc([ev('again', '2020')]))),
    );
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '1000px';
    el.src = '/pending.json';
    document.body.append(el);
    await settle(el);
    el.remove();
    const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
    document.body.append(el);
    expect((await loaded).events.map((e) => e.id)).toEqual(['again']);
    expect(calls).toHaveLength(2);
  });
});

describe('lifecycle', () => {
  it('removed and re-inserted 100 times, it keeps exactly one ResizeObserver, one MutationObserver per thing it watches on itself (its children, its own style and class) and one set of listeners', async () => {
    // Installed before any element exists, so every observer the element makes is counted.
    const targetsOf = new Map<object, Set<Node>>();
    const observed = (observer: object, target: Node) => {
      if (!targetsOf.has(observer)) targetsOf.set(observer, new Set());
      targetsOf.get(observer)!.add(target);
    };
    const resizeObservers = new Set<object>();
    const mutationObservers = new Set<object>();
    window.ResizeObserver = class extends realResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        resizeObservers.add(this);
      }
      override observe(target: Element, options?: ResizeObserverOptions): void {
        observed(this, target);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        targetsOf.get(this)?.delete(target);
        super.unobserve(target);
      }
      override disconnect(): void {
        targetsOf.delete(this);
        super.disconnect();
      }
    };
    window.MutationObserver = class extends realMutationObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        mutationObservers.add(this);
      }
      override observe(target: Node, options?: MutationObserverInit): void {
        observed(this, target);
        super.observe(target, options);
      }
      override disconnect(): void {
        targetsOf.delete(this);
        super.disconnect();
      }
    };
    const live = (kind: Set<object>, node: Node) =>
      [...targetsOf].filter(([o, targets]) => kind.has(o) && targets.has(node)).length;

    // Net listeners per target, so a listener added on each insertion shows up as growth.
    const listeners = new Map<EventTarget, Set<string>>();
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const keyOf = (type: string, fn: unknown, options: unknown) => {
      let id = 0;
      if (fn !== null && (typeof fn === 'object' || typeof fn === 'function')) {
        if (!ids.has(fn)) ids.set(fn, ++nextId);
        id = ids.get(fn)!;
      }
      const capture =
        typeof options === 'boolean'
          ? options
          : Boolean((options as AddEventListenerOptions | undefined)?.capture);
      return `${type}|${capture}|${id}`;
    };
    EventTarget.prototype.addEventListener = function (this: EventTarget, type, fn, options) {
      if (!listeners.has(this)) listeners.set(this, new Set());
      listeners.get(this)!.add(keyOf(type, fn, options));
      realAdd.call(this, type, fn, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type, fn, options) {
      listeners.get(this)?.delete(keyOf(type, fn, options));
      realRemove.call(this, type, fn, options);
    };
    const mine = (el: DrawdownTimeline) => (t: EventTarget) =>
      t === window ||
      t === document ||
      t === el ||
      (t instanceof Node && t.isConnected && t.getRootNode() === el.shadowRoot);
    const listenerCount = (el: DrawdownTimeline) =>
      [...listeners].filter(([t]) => mine(el)(t)).reduce((n, [, set]) => n + set.size, 0);

    const container = document.createElement('div');
    document.body.append(container);
    const el = await mount({ lang: 'en' }, 1000, container);
    const baseline = listenerCount(el);
    /** Listener types per target, so a failure says which ones went missing or doubled. */
    const describeListeners = () =>
      [...listeners]
        .filter(([t]) => mine(el)(t) && t instanceof Element)
        .map(([t, set]) => `${(t as Element).localName}: ${[...set].map((k) => k.split('|')[0]).join(',')}`)
        .sort();
    const baselineListeners = describeListeners();
    expect(live(resizeObservers, el)).toBe(1);
    expect(live(mutationObservers, el)).toBe(2);

    for (let i = 0; i < 100; i++) {
      el.remove();
      if (i % 10 === 0) await el.updateComplete;
      container.append(el);
      if (i % 7 === 0) await settle(el);
    }
    await settle(el);

    expect(live(resizeObservers, el)).toBe(1);
    expect(live(mutationObservers, el)).toBe(2);
    expect([...targetsOf.keys()].filter((o) => resizeObservers.has(o))).toHaveLength(1);
    // Soft, so that the gesture check below still runs and shows what a reader would notice.
    expect.soft(describeListeners()).toEqual(baselineListeners);
    expect.soft(listenerCount(el)).toBe(baseline);

    // Still alive: it renders, zooms by gesture (before anything else updates it) and selects.
    expect(q(el, '[part~="event"]').length).toBe(el.events.length);
    const before = el.currentLayout!.window;
    wheel(el, -300, true);
    await sleep(50);
    await settle(el);
    const after = el.currentLayout!.window;
    expect(after.end - after.start, 'ctrl+wheel zooms after re-insertion').toBeLessThan(
      before.end - before.start,
    );

    // The zoom may have left 'agreement' outside the window.
    el.resetZoom();
    await settle(el);
    const selected = once<DrawdownSelectDetail>(el, 'drawdown-select');
    eventNode(el, 'agreement').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).id).toBe('agreement');
    el.remove();
    expect(live(resizeObservers, el)).toBe(0);
    expect(live(mutationObservers, el)).toBe(0);
  });

  it('50 instances with their own data and language stay independent', { timeout: 60_000 }, async () => {
    const keyHandlers: string[] = [];
    for (const target of [document, window] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, options) => {
        if (/^key/.test(type)) keyHandlers.push(type);
        add(type, fn, options);
      });
    }
    const els: DrawdownTimeline[] = [];
    for (let i = 0; i < 50; i++) {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', i % 2 ? 'en' : 'ar');
      el.style.width = '700px';
      el.data = doc([ev(`a${i}`, `${1900 + i}`), ev(`b${i}`, `${1950 + i}-06`)], {
        title: `Timeline ${i}`,
      }) as TimelineDocument;
      els.push(el);
    }
    document.body.append(...els);
    await Promise.all(els.map((el) => settle(el)));

    for (const [i, el] of els.entries()) {
      const ar = i % 2 === 0;
      expect(caption(el)).toBe(`Timeline ${i}`);
      expect(el.events.map((e) => e.id)).toEqual([`a${i}`, `b${i}`]);
      const figure = q(el, 'figure')[0]!;
      expect(figure.getAttribute('lang')).toBe(ar ? 'ar' : 'en');
      expect(figure.getAttribute('dir')).toBe(ar ? 'rtl' : 'ltr');
      const name = eventNode(el, `b${i}`).getAttribute('aria-label')!;
      if (ar) expect(name).toMatch(/[\u0600-\u06FF]/);
      else expect(name).toContain(`Jun ${1950 + i}`);
      expect(q(el, '[part~="event"]').map((n) => n.getAttribute('data-id'))).toEqual(
        el.currentLayout!.events.map((m) => m.event.id),
      );
    }
    expect(keyHandlers).toEqual([]);

    const selects = els.map((el) => count(el, 'drawdown-select'));
    const windows = els.map((el) => el.currentLayout!.window);
    eventNode(els[7]!, 'a7').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    key(q(els[12]!, '.chart-wrap')[0]!, '+');
    key(document.body, '+');
    await Promise.all(els.map((el) => settle(el)));
    for (const [i, el] of els.entries()) {
      expect(selects[i]!.n, `instance ${i} selections`).toBe(i === 7 ? 1 : 0);
      expect(el.hasAttribute('selected'), `instance ${i} selected`).toBe(i === 7);
      expect(q(el, '[part~="detail"]')).toHaveLength(i === 7 ? 1 : 0);
      const w = el.currentLayout!.window;
      if (i === 12) expect(w.end - w.start).toBeLessThan(windows[i]!.end - windows[i]!.start);
      else expect(w, `instance ${i} window`).toEqual(windows[i]);
    }
  });

  it('attribute garbage falls back as documented, with one console warning per attribute and no exception', async () => {
    const warn = vi.spyOn(console, 'warn');
    const data = doc([ev('a', '2020'), ev('b', '2022')]);
    const control = await mountData(data, { lang: 'en' });
    expect(warn).not.toHaveBeenCalled();
    const el = await mountData(data, {
      orientation: 'diagonal',
      lang: 'en_US!!',
      start: 'soon',
      'time-direction': 'up',
      numbering: 'roman',
    });
    const layout = el.currentLayout!;
    expect(layout.orientation).toBe('horizontal');
    expect(layout.timeDirection).toBe('ltr');
    expect(q(el, 'figure')[0]!.getAttribute('lang')).toBe('en');
    expect(q(el, '.view-toggle')[0]!.textContent!.trim()).toBe('Show as list');
    expect(layout.window).toEqual(control.currentLayout!.window);
    expect(layout.ticks.map((t) => t.text)).toEqual(control.currentLayout!.ticks.map((t) => t.text));

    // More updates must not repeat the warnings.
    el.requestUpdate();
    await settle(el);
    el.select('a');
    await settle(el);
    el.view = 'list';
    await settle(el);
    el.view = 'chart';
    await settle(el);

    const messages = warn.mock.calls.map((c) => String(c[0]));
    for (const attr of ['orientation=', 'lang=', 'start=', 'time-direction=', 'numbering=']) {
      expect(
        messages.filter((m) => m.includes(attr)),
        attr,
      ).toHaveLength(1);
    }
    expect(messages).toHaveLength(5);
    expect(pageErrors).toEqual([]);
  });

  it('the orientation fallback (auto) switches at 600 px on resize without a ResizeObserver loop error', async () => {
    const el = await mountData(doc([ev('a', '2020'), ev('b', '2022')]), {
      lang: 'en',
      orientation: 'diagonal',
    });
    vi.spyOn(console, 'warn');
    expect(el.currentLayout!.orientation).toBe('horizontal');
    el.style.width = '500px';
    await settle(el);
    await sleep(50);
    expect(el.currentLayout!.orientation).toBe('vertical');
    el.style.width = '1000px';
    await settle(el);
    await sleep(50);
    expect(el.currentLayout!.orientation).toBe('horizontal');
    // Chromium reports a resize that an observer's own update re-triggers as a window error.
    expect(pageErrors.map(String)).toEqual([]);
  });

  it('garbage in calendar, view and heading-level falls back with one warning each', async () => {
    const warn = vi.spyOn(console, 'warn');
    const el = await mountData(doc([ev('a', '2020')]), {
      lang: 'en',
      calendar: 'julian',
      view: 'grid',
      'heading-level': '9',
      selected: 'a',
    });
    el.requestUpdate();
    await settle(el);
    expect(q(el, 'svg[part~="chart"]')).toHaveLength(1);
    expect(q(el, '[part~="detail"] [role="heading"]')[0]!.getAttribute('aria-level')).toBe('3');
    expect(q(el, '[part~="detail"] .detail-date')[0]!.textContent).toContain('2020');
    const messages = warn.mock.calls.map((c) => String(c[0]));
    for (const attr of ['calendar=', 'view=', 'heading-level=']) {
      expect(
        messages.filter((m) => m.includes(attr)),
        attr,
      ).toHaveLength(1);
    }
    expect(messages).toHaveLength(3);
  });

  it('a well-formed but unknown language tag (xx-invalid) renders with the English strings, without an exception', async () => {
    const el = await mountData(doc([ev('a', '2020')]), { lang: 'xx-invalid' });
    expect(q(el, '.view-toggle')[0]!.textContent!.trim()).toBe('Show as list');
    expect(q(el, '[part~="event"]')).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});

describe('dates', () => {
  const noNaN = (el: DrawdownTimeline) => {
    for (const { where, value } of attributeValues(el)) {
      expect(value, where).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(el.shadowRoot!.textContent).not.toMatch(/NaN|Infinity/);
  };

  it('zero events show an empty message, draw no axis (no invented span), offer no view of nothing, and no NaN anywhere', async () => {
    for (const orientation of ['horizontal', 'vertical']) {
      for (const data of [doc([]), []]) {
        const el = await mountData(data, { lang: 'en', orientation });
        expect(el.events).toHaveLength(0);
        const empty = q(el, '[part~="message"]').find((m) => m.textContent!.includes('No events to show.'));
        expect(empty, `${orientation}: empty message`).toBeDefined();
        expect(empty!.getBoundingClientRect().height).toBeGreaterThan(0);
        // In the padded box every message has (a failed load, invalid data), not a bare strip.
        const style = getComputedStyle(empty!);
        expect(parseFloat(style.paddingTop), 'the empty note is padded').toBeGreaterThanOrEqual(8);
        expect(style.paddingInlineStart).toBe('12px');
        expect(q(el, '[part~="axis"]')).toHaveLength(0);
        expect(q(el, '.tick-text, [part~="chart"]')).toHaveLength(0);
        // No "Show as list" of an empty list, no zoom or download of an empty chart.
        expect(q(el, '[part~="controls"]')).toHaveLength(0);
        await expect(el.toSVG()).rejects.toThrow(/nothing is drawn to export/);
        noNaN(el);
        const layout = el.currentLayout!;
        expect(Number.isFinite(layout.window.start) && Number.isFinite(layout.window.end)).toBe(true);
        expect(Object.values(layout.axis).every(Number.isFinite)).toBe(true);
        el.remove();
      }
    }
  });

  it('one event gets a window of at least a month and a real scale', async () => {
    const el = await mountData(doc([ev('only', '2024-05-05')]), { lang: 'en' });
    const layout = el.currentLayout!;
    expect(layout.window.end - layout.window.start).toBeGreaterThanOrEqual(30 * DAY);
    const mark = layout.events[0]!;
    expect(mark.x).toBeGreaterThan(layout.axis.x1);
    expect(mark.x).toBeLessThan(layout.axis.x2);
    const tickXs = layout.ticks.map((t) => t.textX);
    expect(new Set(tickXs).size).toBeGreaterThan(1);
    expect(tickXs.every(Number.isFinite)).toBe(true);
    noNaN(el);
  });

  it('events all on the same day get one marker each and separate, non-overlapping labels', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const orientation of ['horizontal', 'vertical']) {
      const el = await mountData(doc(ids.map((id) => ev(id, '2024-05-05', { title: `Same day ${id}` }))), {
        lang: 'en',
        orientation,
      });
      const layout = el.currentLayout!;
      expect(layout.window.end - layout.window.start).toBeGreaterThanOrEqual(30 * DAY);
      for (const id of ids) {
        expect(q(el, `[part~="event"][data-id="${id}"]`), `${orientation}: marker of ${id}`).toHaveLength(1);
        expect(q(el, `[part~="label"][data-id="${id}"]`), `${orientation}: label of ${id}`).toHaveLength(1);
      }
      const boxes = q(el, '[part~="label"]').map((l) => l.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `${orientation}: labels ${i} and ${j} overlap`).toBe(false);
        }
      }
      noNaN(el);
      el.remove();
    }
  });

  it('an end before the start is rejected with its path and shown as a problem; an end inside a coarser start is fine', async () => {
    const el = await mountData(
      doc([
        ev('backwards', '2024-09-01', { end: '2024-08-01' }),
        ev('inside', '2024', { end: '2024-03' }),
        ev('fine', '2024-01-01', { end: '2024-02-01' }),
      ]),
    );
    expect(el.events.map((e) => e.id).sort()).toEqual(['fine', 'inside']);
    expect(el.problems).toContainEqual(expect.objectContaining({ path: 'events[0].end', severity: 'error' }));
    expect(message(el)!.textContent).not.toContain('events[');
    el.debug = true;
    await settle(el);
    expect(message(el)!.textContent).toContain('events[0].end');
  });

  it('impossible or sloppy dates are rejected with their paths, never rolled over into March', async () => {
    const bad = [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-9-7',
      '24-09-27',
      '2024-ab-01',
      'abcd',
      '2024-02-30T00:00:00Z',
      ' 2024-01-01',
      '２０２４',
      '',
    ];
    const warn = vi.spyOn(console, 'warn');
    const el = await mountData(
      doc([...bad.map((start, i) => ev(`bad${i}`, start)), ev('leap', '2024-02-29'), ev('later', '2024-06')]),
    );
    expect(el.events.map((e) => e.id)).toEqual(['leap', 'later']);
    for (let i = 0; i < bad.length; i++) {
      expect(el.problems, JSON.stringify(bad[i])).toContainEqual(
        expect.objectContaining({ path: `events[${i}].start`, severity: 'error' }),
      );
    }
    expect(el.events[0]!.start.iso).toBe('2024-02-29');
    await showList(el);
    expect(q(el, '[part~="list"]')[0]!.textContent).not.toContain('March');

    // The same strictness for the window attributes.
    el.view = 'chart';
    el.setAttribute('start', '2024-02-30');
    await settle(el);
    expect(el.currentLayout!.window).toEqual((await mountData(el.data)).currentLayout!.window);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('start="2024-02-30"'))).toHaveLength(1);
  });

  it('positions and labels do not depend on the viewer’s time zone', async () => {
    const data = doc(
      [
        ev('y', '2014'),
        ev('m', '2025-08', { qualifier: 'late' }),
        ev('d', '2025-09-30'),
        ev('p', '2024-12-31', { end: '2025-01-01' }),
      ],
      { referenceDate: '2025-09-30' },
    );
    const render = async () => {
      const el = await mountData(structuredClone(data), { lang: 'en' });
      const chart = layoutSnapshot(el.currentLayout!);
      const names = q(el, '[part~="event"]').map((n) => n.getAttribute('aria-label'));
      el.data = structuredClone(data) as TimelineDocument;
      await settle(el);
      expect(layoutSnapshot(el.currentLayout!)).toBe(chart);
      await showList(el);
      const list = q(el, '[part~="list"]')[0]!.textContent;
      el.remove();
      return JSON.stringify({ chart, names, list });
    };
    const utc = await render();

    /** Pretends the viewer is `minutes` east of UTC: local getters, the offset, and Intl's default zone. */
    const pretend = (minutes: number, zone: string) => {
      const shift = (d: Date) => new Date(d.getTime() + minutes * 60_000);
      Object.assign(Date.prototype, {
        getTimezoneOffset: () => -minutes,
        getFullYear(this: Date) {
          return shift(this).getUTCFullYear();
        },
        getMonth(this: Date) {
          return shift(this).getUTCMonth();
        },
        getDate(this: Date) {
          return shift(this).getUTCDate();
        },
        getDay(this: Date) {
          return shift(this).getUTCDay();
        },
        getHours(this: Date) {
          return shift(this).getUTCHours();
        },
      });
      const Real = realDateTimeFormat;
      const Zoned = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        return new Real(locales, { timeZone: zone, ...options });
      } as unknown as typeof Intl.DateTimeFormat;
      Object.assign(Zoned, { supportedLocalesOf: Real.supportedLocalesOf.bind(Real) });
      Intl.DateTimeFormat = Zoned;
    };

    for (const [minutes, zone] of [
      [840, 'Pacific/Kiritimati'],
      [-300, 'Etc/GMT+5'],
      [180, 'Asia/Baghdad'],
    ] as const) {
      pretend(minutes, zone);
      expect(new Date(Date.UTC(2025, 0, 1, 12)).getTimezoneOffset()).toBe(-minutes);
      expect(await render(), zone).toBe(utc);
      Object.assign(Date.prototype, realDateMethods);
      Intl.DateTimeFormat = realDateTimeFormat;
    }
  });

  it('year-only and year-month events are drawn and labelled at their precision, with no invented day', async () => {
    const el = await mountData(doc([ev('y', '2014'), ev('m', '2025-08'), ev('d', '2025-09-30')]), {
      lang: 'en',
    });
    const layout = el.currentLayout!;
    const band = (id: string) => layout.events.find((m) => m.event.id === id)!.band;
    const width = (from: number, to: number) => Math.abs(layout.position(to) - layout.position(from));
    expect(band('y').width).toBeCloseTo(width(Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)), 0);
    expect(band('m').width).toBeCloseTo(width(Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)), 0);
    expect(eventNode(el, 'y').getAttribute('aria-label')!.startsWith('2014 — ')).toBe(true);
    expect(eventNode(el, 'm').getAttribute('aria-label')!.startsWith('Aug 2025 — ')).toBe(true);

    el.select('m');
    await settle(el);
    expect(q(el, '[part~="detail"] .detail-date')[0]!.textContent!.trim()).toBe('Aug 2025');

    await showList(el);
    const dateOf = (id: string) =>
      q(el, `[part~="list"] li[data-id="${id}"] .detail-date`)[0]!.textContent!.trim();
    expect(dateOf('y')).toBe('2014');
    expect(dateOf('m')).toBe('Aug 2025');
    expect(dateOf('d')).toBe('Sep 30, 2025');
  });

  it('years outside 1–9999 are validation errors, never a silent 1970 or 2044; years 1–99 stay literal', async () => {
    const bad = ['0000', '10000', '-0001', '+2024', '0000-06-15', '99999-01-01', '1e4'];
    const el = await mountData(
      doc([
        ...bad.map((start, i) => ev(`bad${i}`, start)),
        ev('one', '0001'),
        ev('ninety-nine', '0099-07'),
        ev('last', '9999-12-31'),
      ]),
    );
    expect(el.events.map((e) => e.id)).toEqual(['one', 'ninety-nine', 'last']);
    for (let i = 0; i < bad.length; i++) {
      expect(el.problems, bad[i]).toContainEqual(
        expect.objectContaining({ path: `events[${i}].start`, severity: 'error' }),
      );
    }
    const years = el.events.map((e) => new Date(e.span.start).getUTCFullYear());
    expect(years).toEqual([1, 99, 9999]);
    expect(years).not.toContain(1970);
    expect(years).not.toContain(1999);
    el.debug = true;
    await settle(el);
    expect(message(el)!.textContent).toContain('events[0].start');
    await showList(el);
    expect(q(el, '[part~="list"] li[data-id="ninety-nine"] .detail-date')[0]!.textContent).toContain('99');
    expect(q(el, '[part~="list"]')[0]!.textContent).not.toMatch(/1970|1999|2044/);
  });
});

describe('memory', () => {
  it('the heap stays flat over 100 remove/re-insert cycles', async () => {
    const perf = performance as Performance & { memory?: { usedJSHeapSize: number } };
    const gc = (window as unknown as { gc?: () => void }).gc;
    expect(gc, 'Chromium runs with --js-flags=--expose-gc').toBeTypeOf('function');
    expect(perf.memory, 'Chromium runs with --enable-precise-memory-info').toBeDefined();
    const el = await mount({ lang: 'en' });
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        el.remove();
        document.body.append(el);
        await el.updateComplete;
      }
      await settle(el);
    };
    // Warm up caches, JIT and the first layouts before measuring.
    await cycle(20);
    gc!();
    const before = perf.memory!.usedJSHeapSize;
    await cycle(100);
    gc!();
    const after = perf.memory!.usedJSHeapSize;
    console.info(`heap over 100 re-insertions: ${before} -> ${after} bytes`);
    // A leaked observer, listener or detached chart per cycle would add far more than this.
    expect(after - before).toBeLessThan(1024 * 1024);
  });

  it('a 10 MB response from src is read with bounded work: the title is cut, the events shown', async () => {
    const title = 'T'.repeat(10 * 1024 * 1024);
    const body = JSON.stringify({ version: 1, title, events: [{ id: 'a', start: '2020', title: 'A' }] });
    const original = window.fetch;
    window.fetch = async () =>
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    try {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', 'en');
      const loaded = once<DrawdownLoadDetail>(el, 'drawdown-load');
      el.src = '/ten-megabytes.json';
      document.body.append(el);
      const detail = await loaded;
      await settle(el);
      expect(detail.events.map((e) => e.id)).toEqual(['a']);
      const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!.trim();
      expect(caption.length).toBeLessThanOrEqual(2000);
      expect(caption.endsWith('…')).toBe(true);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });
});
