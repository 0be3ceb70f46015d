/**
 * Contrast of the chart's furniture as drawn, in real Chromium, in the dark theme and the light
 * one: every text at least 4.5:1 against what it is drawn on, every rule, break and band edge at
 * least 3:1, at a phone's, an article column's and a wide page's width, and in each state a
 * reader can meet (loading, a failed request with "Try again", no events, invalid data).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { mount, mountData, once, q, settle, stubFetch } from './helpers.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
  document.body.replaceChildren();
});

type RGBA = [number, number, number, number];

/** A computed colour as rgba in 0–255 (alpha 0–1), from rgb() or color(srgb …) (a color-mix()). */
function parse(colour: string): RGBA {
  const v = colour.match(/[\d.]+/g)!.map(Number);
  const k = colour.startsWith('color(') ? 255 : 1;
  return [v[0]! * k, v[1]! * k, v[2]! * k, v[3] ?? 1];
}

function over(top: RGBA, under: RGBA, alpha = 1): RGBA {
  const a = top[3] * alpha;
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Opacity of a node and every ancestor up to the shadow root, multiplied. */
function opacity(node: Element): number {
  let o = 1;
  for (let n: Element | null = node; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
  return o;
}

/** The colour a node is drawn on: the nearest painted background, within the element or its own. */
function backdrop(el: DrawdownTimeline, node: Element): RGBA {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const bg = parse(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) return over(bg, parse(getComputedStyle(el).backgroundColor));
  }
  return parse(getComputedStyle(el).backgroundColor);
}

/** Every element that draws words of its own, visible. */
function texts(el: DrawdownTimeline): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter((n) => {
    // A disabled control is exempt (WCAG 1.4.3): it is drawn faded on purpose.
    if (n.closest('clipPath, defs, style, [hidden], .visually-hidden, :disabled')) return false;
    const own = [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
    const r = n.getBoundingClientRect();
    return own && r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden';
  });
}

/** The texts under 4.5:1 and the rules under 3:1, each named. */
function failures(el: DrawdownTimeline): string[] {
  const bad: string[] = [];
  for (const t of texts(el)) {
    const style = getComputedStyle(t);
    const fill = t instanceof SVGElement ? style.fill : style.color;
    if (!/^rgb/.test(fill)) continue;
    const on = backdrop(el, t);
    const r = ratio(over(parse(fill), on, opacity(t)), on);
    if (r < 4.5)
      bad.push(
        `text "${t.textContent!.trim().slice(0, 30)}" (${t.getAttribute('class') ?? t.tagName}) ${r.toFixed(2)}`,
      );
  }
  const rules = q(
    el,
    '.axis-line, .series-rule, [part~="now"] line, line.note, .axis-break line, .deadline, .series-axis-line, .band, .estimate-range, .estimate-open',
  ).filter((n) => n.getBoundingClientRect().width + n.getBoundingClientRect().height > 0);
  for (const n of rules) {
    const style = getComputedStyle(n);
    if (!/^rgb/.test(style.stroke)) continue;
    const on = backdrop(el, n);
    const r = ratio(over(parse(style.stroke), on, opacity(n) * Number(style.strokeOpacity)), on);
    if (r < 3) bad.push(`rule ${n.getAttribute('class')} ${r.toFixed(2)}`);
  }
  const footer = q(el, '[part~="footer"]')[0];
  if (footer) {
    const r = ratio(parse(getComputedStyle(footer).borderTopColor), backdrop(el, footer));
    if (r < 3) bad.push(`footer rule ${r.toFixed(2)}`);
  }
  return bad;
}

const THEMES = ['dark', 'light'].flatMap((theme) => ['en', 'ar'].map((lang) => [theme, lang] as const));

/** An element fed from `src`, whose requests `answer` answers. */
function fromSrc(theme: string, lang: string, answer: () => Promise<Response>): DrawdownTimeline {
  stubFetch(answer);
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('theme', theme);
  el.setAttribute('lang', lang);
  el.style.width = '680px';
  el.src = '/story.json';
  document.body.append(el);
  return el;
}

describe('contrast', () => {
  it.each(
    ['dark', 'light'].flatMap((theme) =>
      ['en', 'ar'].flatMap((lang) => [375, 680, 1280].map((w) => [theme, lang, w] as const)),
    ),
  )(
    'the chart, its dek, legend, footer and figures track (%s theme, %s, %i px)',
    async (theme, lang, width) => {
      const el = await mount({ theme, lang }, width);
      expect(texts(el).length).toBeGreaterThan(20);
      expect(failures(el)).toEqual([]);
    },
  );

  it.each(THEMES)('zoomed twice, with the overview strip (%s theme, %s)', async (theme, lang) => {
    for (const width of [375, 1280]) {
      const el = await mount({ theme, lang }, width);
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      plus.click();
      await settle(el);
      plus.click();
      await settle(el);
      expect(q(el, '[part~="overview"]').length).toBeGreaterThan(0);
      expect(failures(el), `${width} px`).toEqual([]);
      el.remove();
    }
  });

  it.each(THEMES)(
    'while loading, after a failed request, with no events and with invalid data (%s theme, %s)',
    async (theme, lang) => {
      const loading = fromSrc(theme, lang, () => new Promise<Response>(() => {}));
      await settle(loading);
      expect(q(loading, '.loading').length).toBe(1);
      expect(failures(loading), 'loading').toEqual([]);
      loading.remove();

      const failed = fromSrc(theme, lang, async () => new Response('x', { status: 404 }));
      await once(failed, 'drawdown-error');
      await settle(failed);
      expect(q(failed, '[part~="message"] button.retry')).toHaveLength(1);
      expect(failures(failed), 'a failed request').toEqual([]);
      failed.remove();

      const empty = await mountData({ version: 1, title: 'Empty', events: [] }, { theme, lang });
      expect(q(empty, '[part~="message"]').length).toBeGreaterThan(0);
      expect(failures(empty), 'no events').toEqual([]);
      empty.remove();

      for (const debug of [false, true]) {
        const invalid = await mountData(
          {
            version: 1,
            title: 'Some bad',
            events: [
              { id: 'a', start: '2024-01-05', title: 'Good one' },
              { id: 'b', start: '2024-02-30', title: 'Bad date' },
            ],
          },
          { theme, lang, ...(debug ? { debug: '' } : {}) },
        );
        expect(q(invalid, '[part~="message"]').length).toBeGreaterThan(0);
        expect(failures(invalid), debug ? 'invalid data, debug' : 'invalid data').toEqual([]);
        invalid.remove();
      }
    },
  );
});
