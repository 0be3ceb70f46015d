import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawdownErrorDetail, DrawdownTimeline, TimelineDocument } from '../../src/index.js';
import { mount, mountData, once, q, settle } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** What a reader can see of the element: rendered text, hidden text left out. */
function visibleText(el: DrawdownTimeline): string {
  const figure = el.shadowRoot!.querySelector<HTMLElement>('figure')!;
  return figure.innerText;
}

const px = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

const day = (lang: string) =>
  new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    Date.UTC(2025, 8, 30),
  );

describe('the reference date', () => {
  it.each([
    ['en', 1280],
    ['ar', 1280],
    ['en', 680],
    ['ar', 680],
  ])(
    'in %s at %i px, the rule runs through no tick text, and the ticks either side keep theirs',
    async (lang, width) => {
      const el = await mount({ lang: String(lang) }, Number(width));
      const rule = q(el, '[part="now"] line')[0]!.getBoundingClientRect();
      const texts = q(el, '.tick-text').map((t) => t.getBoundingClientRect());
      expect(texts.length).toBeGreaterThan(3);
      for (const box of texts) {
        const crossed =
          rule.left < box.right && rule.right > box.left && rule.top < box.bottom && rule.bottom > box.top;
        expect(crossed, `tick text at ${Math.round(box.left)}–${Math.round(box.right)} px`).toBe(false);
      }
      // Only the text the rule would cross is left out: one on each side of the rule still reads.
      expect(texts.some((b) => b.right < rule.left)).toBe(true);
      expect(texts.some((b) => b.left > rule.right)).toBe(true);
    },
  );

  it.each([
    ['en', 'As of the report,'],
    ['ar', 'حتى تاريخ التقرير،'],
  ])('in %s, the rule reads "%s" and the story’s date, never "now"', async (lang, words) => {
    const el = await mount({ lang });
    // The date is held together by no-break spaces.
    const text = q(el, '.now-text')[0]!
      .textContent!.trim()
      .replace(/\u00a0/g, ' ');
    expect(text).toBe(`${words} ${day(lang)}`);
    expect(visibleText(el)).not.toMatch(/\bNow\b|الآن/);
    // The rule's words touch it, inside the chart: beside it under the axis, or under its foot.
    const rule = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
    const box = q(el, '.now-text')[0]!.getBoundingClientRect();
    const chart = q(el, '.chart')[0]!.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(chart.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(chart.right + 0.5);
    expect(Math.max(box.left - rule.right, rule.left - box.right, 0)).toBeLessThanOrEqual(6);
    expect(box.top).toBeGreaterThanOrEqual(rule.top);
  });

  it.each([
    ['en', 1280, 'the report'],
    ['ar', 1280, 'تاريخ التقرير'],
    ['en', 375, 'the report'],
    ['ar', 375, 'تاريخ التقرير'],
  ])(
    'in %s at %i px, the rule’s words say its date is the report’s, not a mark’s, as the name of a mark after it and the legend do',
    async (lang, width, report) => {
      const el = await mount({ lang }, width);
      const words = q(el, '.now-text')[0]!.textContent!.replace(/\s+/g, ' ').trim();
      expect(words).toContain(report);
      expect(words.endsWith(day(lang))).toBe(true);
      const after = q(el, '[part~="event"].scheduled');
      expect(after.length).toBeGreaterThan(0);
      for (const node of after) {
        const name = node.getAttribute('aria-label')!.replace(/\s+/g, ' ');
        expect(name).toContain(`${report}${lang === 'ar' ? '،' : ','} ${day(lang)}`);
      }
      expect(q(el, '[part~="legend"] .kind-scheduled')[0]!.textContent).toContain(report);
    },
  );

  it('draws what lies after it hollow, as scheduled, and says so in the mark’s name', async () => {
    const el = await mount({ lang: 'en' });
    const after = el.events.filter((e) => e.span.start >= Date.UTC(2025, 9, 1)).map((e) => e.id);
    expect(after.length).toBeGreaterThan(0);
    for (const e of el.events) {
      const node = q(el, `[part~="event"][data-id="${e.id}"]`)[0]!;
      const marker = node.querySelector('.marker')!;
      const hollow = getComputedStyle(marker).fill === getComputedStyle(el).backgroundColor;
      expect(hollow, e.id).toBe(after.includes(e.id));
      expect(node.getAttribute('aria-label')!.includes('scheduled as of'), e.id).toBe(after.includes(e.id));
    }
  });

  it('leaves events alone when the document names no reference date', async () => {
    const el = await mountData({ version: 1, events: [{ id: 'a', start: '2030', title: 'Later' }] });
    expect(q(el, '.scheduled')).toHaveLength(0);
    expect(q(el, '.now-text')).toHaveLength(0);
  });
});

describe('newsroom furniture', () => {
  it('shows the description as a visible dek under the title, and names the figure with it', async () => {
    const el = await mount({ lang: 'en' });
    const dek = q(el, '[part~="dek"]')[0]!;
    expect(dek.textContent).toContain('A timeline of the US military presence in Iraq');
    const box = dek.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(16);
    expect(box.top).toBeGreaterThanOrEqual(q(el, '[part~="caption"]')[0]!.getBoundingClientRect().bottom - 1);
    // The dek first, then the chart's keys.
    expect(q(el, 'figure')[0]!.getAttribute('aria-describedby')!.split(' ')[0]).toBe(dek.id);
  });

  it.each(['en', 'ar'])(
    'in %s, the story’s dek writes the disputed estimates as its figures track does',
    async (lang) => {
      const el = await mount({ lang });
      const dek = q(el, '[part~="dek"]')[0]!.textContent!;
      const estimates = q(el, '.annotation.estimate').map((node) => node.textContent!);
      expect(estimates).toHaveLength(2);
      // Each estimate's figure, as the track writes it ("2,500"), stands in the dek in that form.
      for (const text of estimates) {
        const figure = /\d[\d,٬]*\d/.exec(text)![0];
        expect(figure).toMatch(/[,٬]/);
        expect(dek).toContain(figure);
      }
    },
  );

  it('puts the document’s sources and credit in the footer, linking those with a URL', async () => {
    const el = await mountData({
      version: 1,
      title: 'T',
      source: [
        { name: 'The Daily Example', url: 'https://example.com/story', date: '2025-09-30' },
        { name: 'Agency files' },
        { name: 'Bad link', url: 'javascript:alert(1)' },
      ],
      credit: { en: 'Graphic: Desk', ar: 'رسم: القسم' },
      events: [{ id: 'a', start: '2024', title: 'A' }],
    });
    const footer = q(el, '[part~="footer"]')[0]!;
    expect(footer.textContent).toMatch(/Sources:\s*The Daily Example/);
    expect(footer.textContent).toContain('Agency files');
    expect(footer.textContent).toContain('Graphic: Desk');
    const links = [...footer.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/story']);
    expect(links[0]!.rel).toBe('noopener noreferrer');
    expect(el.problems).toContainEqual(
      expect.objectContaining({ path: 'source[2].url', severity: 'warning' }),
    );
    // One source reads "Source:", and the footer follows the chart.
    const single = await mountData({ version: 1, source: { name: 'Wire' }, events: [] });
    expect(q(single, '[part~="footer"]')[0]!.textContent).toMatch(/Source:\s*Wire/);
    const chart = q(el, '.chart')[0]!.getBoundingClientRect();
    expect(footer.getBoundingClientRect().top).toBeGreaterThanOrEqual(chart.bottom - 1);
  });

  it.each(['en', 'ar'])(
    'in %s, the legend names the compressed scale while the chart draws one, and only then',
    async (lang) => {
      const el = await mount({ lang });
      const kinds = () => q(el, '[part~="legend"] .kind-compressed');
      expect(q(el, '.chart [part~="compressed"]').length).toBeGreaterThan(0);
      expect(kinds()).toHaveLength(1);
      expect(kinds()[0]!.textContent).toContain('//');
      // Zoomed within the story's focus, no stretch is compressed, and the legend says nothing of it.
      el.zoomTo('2025-01-01', '2025-06-30');
      await settle(el);
      expect(q(el, '.chart [part~="compressed"]')).toHaveLength(0);
      expect(kinds()).toHaveLength(0);
      // A document without a focus draws no compressed stretch.
      const plain = await mountData({ version: 1, events: [{ id: 'a', start: '2014', title: 'A' }] });
      expect(q(plain, '[part~="legend"] .kind-compressed')).toHaveLength(0);
    },
  );

  it('fills the disputed estimates’ dots (on this chart a hollow mark means scheduled), and leaves the open estimate’s band unbounded above', async () => {
    const el = await mount({ lang: 'en' });
    const dots = q(el, '.estimate-point');
    expect(dots).toHaveLength(2);
    const background = getComputedStyle(q(el, 'figure')[0]!).backgroundColor;
    for (const dot of dots) {
      const style = getComputedStyle(dot);
      expect(style.fill).toBe(style.stroke);
      expect(style.fill).not.toBe(background);
    }
    // "More than 3,000" is open above: its band has no outline, whose top edge would read as a bound.
    const open = q(el, '.estimate-open-band').filter((band) => !band.closest('[part~="legend"]'));
    expect(open).toHaveLength(1);
    expect(getComputedStyle(open[0]!).stroke).toBe('none');
  });

  it('credits the built-in story to its source article', async () => {
    const el = await mount({ lang: 'ar' });
    const footer = q(el, '[part~="footer"]')[0]!;
    expect(footer.textContent).toContain('المصدر');
    expect(footer.textContent).toContain('المقال');
  });

  it('sets the title at 20–24 px, and Arabic one or two pixels larger than Latin at every level', async () => {
    const en = await mount({ lang: 'en' });
    const ar = await mount({ lang: 'ar' });
    const levels = ['[part~="caption"]', '[part~="dek"]', '.label', '.tick-text', '.annotation'];
    const title = px(q(en, '[part~="caption"]')[0]!);
    expect(title).toBeGreaterThanOrEqual(20);
    expect(title).toBeLessThanOrEqual(24);
    for (const level of levels) {
      const gap = px(q(ar, level)[0]!) - px(q(en, level)[0]!);
      expect(gap, level).toBeGreaterThanOrEqual(1);
      expect(gap, level).toBeLessThanOrEqual(2);
    }
    // The smallest figure text stays at 12 px or more.
    expect(px(q(en, '.annotation')[0]!)).toBeGreaterThanOrEqual(12);
  });
});

describe('problems in the data', () => {
  const bad = {
    version: 1,
    title: 'Partly broken',
    events: [
      { id: 'good', start: '2024-01-02', title: 'Good' },
      { id: 'bad', start: '2024-02-30', title: 'Bad' },
      { id: 'worse', title: 'No date' },
    ],
  };

  it('readers see a short note and no path; authors get the paths in the event, problems and the console', async () => {
    const warn = vi.spyOn(console, 'warn');
    const el = document.createElement('drawdown-timeline');
    el.lang = 'en';
    el.style.width = '900px';
    const errored = once<DrawdownErrorDetail>(el, 'drawdown-error');
    el.data = bad as TimelineDocument;
    document.body.append(el);
    const detail = await errored;
    await settle(el);
    expect(detail.issues.map((i) => i.path)).toEqual(['events[1].start', 'events[2].start']);
    expect(el.problems.map((i) => i.path)).toEqual(['events[1].start', 'events[2].start']);
    const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('events[1].start');
    expect(logged).toContain('events[2].start');
    const text = visibleText(el);
    expect(text).not.toContain('events[');
    expect(text).toContain('Some of this timeline’s data could not be shown.');
    expect(q(el, '[part~="event"]')).toHaveLength(1);
  });

  it('the debug attribute shows each problem with its path inline, for authors', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mountData(bad, { lang: 'ar', debug: '' });
    const text = visibleText(el);
    expect(text).toContain('events[1].start');
    expect(text).toContain('events[2].start');
    el.removeAttribute('debug');
    await settle(el);
    expect(visibleText(el)).not.toContain('events[');
    expect(visibleText(el)).toContain('تعذّر عرض بعض بيانات هذا الخط الزمني.');
  });

  it('when no event is valid, one note says none could be shown, for readers and for authors alike', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const none = { ...bad, events: bad.events.slice(1) };
    const el = await mountData(none, { lang: 'en' });
    expect(q(el, '[part~="event"]')).toHaveLength(0);
    expect(visibleText(el)).toContain('This timeline’s data could not be shown.');
    expect(visibleText(el)).not.toContain('Some of');
    // One note: not a second one saying there are no events.
    expect(q(el, '[part~="message"]')).toHaveLength(1);
    el.setAttribute('debug', '');
    await settle(el);
    expect(visibleText(el)).toContain('2 problems were found in the data; no event could be shown.');
    expect(visibleText(el)).not.toContain('valid events are shown');
    expect(q(el, '[part~="message"]')).toHaveLength(1);
  });
});
