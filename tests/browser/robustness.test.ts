/**
 * Hostile data that once stalled, leaked or broke the page, in real Chromium: colours that fetch,
 * control characters in the export, a `src` that never answers, a `data` that throws when read,
 * numbers that are no figures, over-long links and misspelt keys.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawdownErrorDetail, DrawdownTimeline } from '../../src/index.js';
import {
  jsonResponse,
  mountData,
  once,
  q,
  settle,
  sleep,
  stubFetch,
  until,
  watchPageErrors,
} from './helpers.js';

const realFetch = window.fetch;
const pageErrors = watchPageErrors();

afterEach(() => {
  document.body.replaceChildren();
  window.fetch = realFetch;
  vi.restoreAllMocks();
});

const ev = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  start,
  title: id.toUpperCase(),
  ...extra,
});

function alertText(el: DrawdownTimeline): string {
  return q(el, '[part~="message"][role="alert"]')[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const LANGUAGES = [
  { lang: 'en', exportFailed: 'The download could not be made.', tryAgain: 'Try again', seconds: '0.3' },
  {
    lang: 'ar',
    exportFailed: 'تعذّر إنشاء الملف للتنزيل.',
    tryAgain: 'أعد المحاولة',
    seconds: new Intl.NumberFormat('ar').format(0.3),
  },
] as const;

describe('values that reach CSS', () => {
  it('a category colour of url(…) is dropped with a problem, no fill names a resource, and nothing is fetched', async () => {
    const target = `${location.origin}/__colour-probe__/track`;
    const el = await mountData({
      categories: [
        { id: 'a', label: 'A', color: `url(${target}#g)` },
        { id: 'b', label: 'B', color: 'var(--drawdown-color-text)' },
        { id: 'c', label: 'C', color: `image-set("${target}.png" 1x)` },
        { id: 'd', label: 'D', color: '#7a1f1f' },
      ],
      events: [
        ev('x', '2020', { category: 'a' }),
        ev('y', '2021', { category: 'c' }),
        ev('z', '2022', { category: 'd' }),
      ],
    });
    await sleep(200);
    expect(el.problems.map((i) => i.path)).toEqual([
      'categories[0].color',
      'categories[1].color',
      'categories[2].color',
    ]);
    const painted = q(el, '[fill], [color], [style]').map(
      (n) =>
        `${n.getAttribute('fill') ?? ''} ${n.getAttribute('color') ?? ''} ${n.getAttribute('style') ?? ''}`,
    );
    expect(painted.filter((v) => /url\(|image-set|__colour-probe__/.test(v))).toEqual([]);
    expect(painted.some((v) => v.includes('#7a1f1f'))).toBe(true);
    const requested = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('__colour-probe__'));
    expect(requested).toEqual([]);
  });
});

describe('export', () => {
  for (const { lang, exportFailed } of LANGUAGES) {
    it(`control characters in data never break the SVG, the PNG opens, and a failed download is shown and reported (${lang})`, async () => {
      const hostile = 'A\u0001B\u0007C\u0000D\u000bE\ufffe\ud800F';
      const el = await mountData(
        {
          title: `Title ${hostile}`,
          categories: [{ id: 'c', label: `Cat ${hostile}` }],
          events: [ev('a', '2020', { title: `Event ${hostile}`, category: 'c' }), ev('b', '2021')],
          series: [{ id: 's', label: `Series ${hostile}`, points: [{ date: '2020', value: 5 }] }],
        },
        { lang, export: '' },
      );
      const svg = await el.toSVG();
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).toBeNull();
      expect(parsed.querySelector('title')!.textContent).toBe('Title ABCDEF');
      const png = await el.toPNG();
      expect(png.type).toBe('image/png');
      expect(png.size).toBeGreaterThan(1000);

      // A download that cannot be made is caught, shown in the message area and dispatched.
      vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
        throw new Error('blocked by the page');
      });
      const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
      q<HTMLButtonElement>(el, 'button.download-svg')[0]!.click();
      const detail = await failed;
      await settle(el);
      expect(detail.issues[0]!.message).toBe('blocked by the page');
      expect(alertText(el)).toContain(exportFailed);
      q<HTMLButtonElement>(el, 'button.download-png')[0]!.click();
      await sleep(100);
      expect(pageErrors).toEqual([]);
    });
  }
});

describe('a src that never answers', () => {
  for (const { lang, tryAgain, seconds } of LANGUAGES) {
    it(`is aborted after the timeout, shows the localized error with "Try again" and reports status -1; trying again loads it (${lang})`, async () => {
      let answer = false;
      const calls = stubFetch(
        (_url, call) =>
          new Promise((resolve, reject) => {
            if (answer) resolve(jsonResponse({ title: 'Answered', events: [ev('late', '2020')] }));
            const signal = calls[call]!.signal!;
            signal.addEventListener('abort', () => reject(signal.reason));
          }),
      );
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', lang);
      el.setAttribute('timeout', '0.3');
      el.style.width = '1000px';
      const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
      el.src = '/never-answers.json';
      document.body.append(el);
      await settle(el);
      expect(q(el, 'figure')[0]!.getAttribute('aria-busy')).toBe('true');
      const detail = await failed;
      await settle(el);
      expect(detail.status).toBe(-1);
      expect(calls[0]!.signal!.aborted).toBe(true);
      expect(q(el, 'figure')[0]!.getAttribute('aria-busy')).toBe('false');
      expect(q(el, '.loading')).toHaveLength(0);
      expect(alertText(el)).toContain(seconds);
      expect(alertText(el)).toMatch(lang === 'ar' ? /[\u0600-\u06ff]/ : /did not answer within 0\.3 seconds/);
      const retry = q<HTMLButtonElement>(el, '[part~="message"] button.retry')[0]!;
      expect(retry.textContent!.trim()).toBe(tryAgain);

      answer = true;
      retry.click();
      await until(() => el.events.length === 1, 'the retried document');
      await settle(el);
      expect(calls).toHaveLength(2);
      expect(alertText(el)).toBe('');
      expect(q(el, '[part~="event"]')).toHaveLength(1);
      expect(pageErrors).toEqual([]);
    });
  }

  it('offers "Try again" after a 404 and a network failure too, and waits 30 seconds by default', async () => {
    let status = 404;
    stubFetch(async () => {
      if (status < 0) throw new TypeError('Failed to fetch');
      return new Response('x', { status });
    });
    const timers = vi.spyOn(window, 'setTimeout');
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    let failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/missing.json';
    document.body.append(el);
    expect((await failed).status).toBe(404);
    expect(timers.mock.calls.some(([, ms]) => ms === 30_000)).toBe(true);
    await settle(el);
    status = -1;
    failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    q<HTMLButtonElement>(el, 'button.retry')[0]!.click();
    expect((await failed).status).toBe(-1);
    await settle(el);
    expect(q(el, 'button.retry')).toHaveLength(1);
  });

  it('shows no placeholder title while loading or after a failure, and its "Try again" looks like the toolbar’s buttons', async () => {
    let status = 0;
    stubFetch(async () => {
      if (status === 0) return new Promise<Response>(() => {});
      return new Response(JSON.stringify({ version: 1, title: 'Loaded', events: [ev('a', '2020')] }), {
        status,
      });
    });
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    el.style.width = '600px';
    el.src = '/slow.json';
    document.body.append(el);
    await settle(el);
    const caption = () => q(el, '[part~="caption"]')[0]!;
    const figure = q(el, 'figure')[0]!;
    // Loading: the title's room is kept, but nothing is seen in it; the figure is still named.
    expect(figure.getAttribute('aria-busy')).toBe('true');
    expect(getComputedStyle(caption()).visibility).toBe('hidden');
    expect(caption().getBoundingClientRect().height).toBeGreaterThan(10);
    expect(figure.getAttribute('aria-labelledby')).toBe(caption().id);
    expect(caption().textContent!.trim()).not.toBe('');
    // A failure: still no placeholder; the retry button is drawn as the toolbar's are.
    status = 404;
    const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.src = '/missing.json';
    await failed;
    await settle(el);
    expect(getComputedStyle(caption()).visibility).toBe('hidden');
    const retry = getComputedStyle(q(el, 'button.retry')[0]!);
    expect(retry.borderTopLeftRadius).toBe('4px');
    expect(parseFloat(retry.minHeight)).toBeGreaterThanOrEqual(28);
    // Read: the document's own title is seen.
    status = 200;
    el.src = '/loaded.json';
    await until(() => el.events.length === 1, 'the loaded document');
    await settle(el);
    expect(getComputedStyle(caption()).visibility).toBe('visible');
    expect(caption().textContent!.trim()).toBe('Loaded');
  });
});

describe('data the page hands over', () => {
  it('a throwing getter, a Proxy with a throwing trap and a revoked Proxy become a problem and drawdown-error; the previous chart does not stay up', async () => {
    const el = await mountData({ title: 'Before', events: [ev('a', '2020'), ev('b', '2021')] });
    expect(q(el, '[part~="event"]')).toHaveLength(2);
    const getter = { events: [ev('c', '2022')] };
    Object.defineProperty(getter, 'title', {
      enumerable: true,
      get() {
        throw new Error('getter says no');
      },
    });
    const trap = new Proxy(
      { events: [] },
      {
        ownKeys: () => {
          throw new Error('trap says no');
        },
      },
    );
    const revocable = Proxy.revocable({ events: [] }, {});
    revocable.revoke();
    for (const data of [getter, trap, revocable.proxy]) {
      const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
      el.data = data as never;
      const detail = await failed;
      await settle(el);
      expect(detail.issues[0]!.message).toMatch(/^the data could not be read/);
      expect(el.problems[0]!.message).toMatch(/^the data could not be read/);
      expect(q(el, '[part~="event"]')).toHaveLength(0);
      expect(q(el, 'figcaption')[0]!.textContent).not.toContain('Before');
      expect(alertText(el)).not.toBe('');
    }
    expect(pageErrors).toEqual([]);
  });

  it('Infinity and 1e308 are refused as figures with a problem; no ∞ and no 300-digit label is drawn', async () => {
    const el = await mountData({
      events: [ev('a', '2020')],
      series: [
        {
          id: 's',
          label: 'Troops',
          points: [
            { date: '2020', value: Infinity },
            { date: '2021', low: 1e308 },
            { date: '2022', value: 2500 },
          ],
        },
      ],
    });
    expect(el.problems.map((i) => i.path)).toEqual(['series[0].points[0].value', 'series[0].points[1].low']);
    const text = el.shadowRoot!.textContent!;
    expect(text).not.toContain('∞');
    expect(text).not.toMatch(/\d{16}/);
    expect(text).toContain('2,500');
  });

  it('a link longer than 2,000 characters is never linked, cut or whole', async () => {
    const url = `https://example.org/${'a'.repeat(2_100)}`;
    const el = await mountData(
      { events: [ev('a', '2020', { sources: [{ name: 'Long link', url }] })] },
      { lang: 'en', selected: 'a' },
    );
    expect(el.problems).toEqual([
      {
        path: 'events[0].sources[0].url',
        message: 'a link longer than 2000 characters was left out',
        severity: 'warning',
      },
    ]);
    el.view = 'list';
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('Long link');
    expect(q(el, 'a[href*="example.org"]')).toHaveLength(0);
  });

  it('a misspelt key is a warning with its path and the nearest known key, and the event is still shown', async () => {
    const el = await mountData({ events: [ev('a', '2020'), ev('b', '2021', { sumary: 'Lost words' })] });
    expect(el.problems).toEqual([
      { path: 'events[1].sumary', message: 'unknown key; did you mean "summary"?', severity: 'warning' },
    ]);
    expect(q(el, '[part~="event"]')).toHaveLength(2);
  });
});
