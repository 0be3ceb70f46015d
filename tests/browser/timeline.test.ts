import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownErrorDetail, DrawdownLoadDetail } from '../../src/index.js';
import { markerCentre, mount, q, rectsOf, settle } from './helpers.js';

import { CORE_IDS as CORE } from '../fixtures/story.js';

const markerX = (el: Parameters<typeof markerCentre>[0], id: string) => markerCentre(el, id).x;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('<drawdown-timeline> with no data', () => {
  it('shows the drawdown story in English, events ordered left to right by time', async () => {
    const el = await mount({ lang: 'en' });
    const ids = el.events.map((e) => e.id);
    for (const id of CORE) expect(ids).toContain(id);
    // An event that is over before another begins is drawn to its left.
    for (const a of el.events)
      for (const b of el.events)
        if (a.span.end <= b.span.start)
          expect(markerX(el, a.id), `${a.id} < ${b.id}`).toBeLessThan(markerX(el, b.id));
    const xs = el.events.map((e) => markerX(el, e.id));
    expect(xs[0]!).toBeLessThan(xs[xs.length - 1]!);
  });

  it('keeps every mark and label inside the element', async () => {
    const el = await mount({ lang: 'en' }, 800);
    const host = el.getBoundingClientRect();
    for (const node of q(el, '[part~="event"] .marker, [part~="label"]')) {
      const box = node.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(host.left - 1);
      expect(box.right).toBeLessThanOrEqual(host.right + 1);
    }
  });

  it('labels the four core events of the article in Arabic, time running right to left', async () => {
    const el = await mount({ lang: 'ar', numbering: 'latn' });
    const labels = new Map(q(el, '[part~="label"]').map((l) => [l.dataset.id, l.textContent!.trim()]));
    for (const id of CORE) {
      expect(labels.get(id)).toMatch(/[\u0600-\u06FF]/);
    }
    expect(markerX(el, 'isis-expansion')).toBeGreaterThan(markerX(el, 'agreement'));
    expect(markerX(el, 'agreement')).toBeGreaterThan(markerX(el, 'mission-end'));
    expect(q(el, 'figcaption')[0]!.textContent).toContain('العراق');
  });

  it('takes its language and direction from an ancestor', async () => {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'ar');
    document.body.append(wrapper);
    const el = await mount({ numbering: 'latn' }, 1000, wrapper);
    expect(q(el, 'figure')[0]!.getAttribute('dir')).toBe('rtl');
    expect(markerX(el, 'isis-expansion')).toBeGreaterThan(markerX(el, 'mission-end'));
  });

  it('draws axis tick labels from Intl in the element language', async () => {
    const el = await mount({ lang: 'en' });
    const ticks = q(el, '[part~="axis"] .tick-text').map((t) => t.textContent!.trim());
    expect(ticks).toContain('2020');
    const ar = await mount({ lang: 'ar', numbering: 'arab' });
    const arTicks = q(ar, '[part~="axis"] .tick-text').map((t) => t.textContent!.trim());
    expect(arTicks).toContain('٢٠٢٠');
  });

  it('never lets two event labels overlap', async () => {
    for (const [lang, width] of [
      ['en', 1280],
      ['ar', 1280],
      ['en', 375],
      ['ar', 375],
    ] as const) {
      const el = await mount({ lang }, width);
      const boxes = q(el, '[part~="label"]').map((l) => l.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${lang} ${width}px: labels ${i} and ${j}`).toBe(false);
        }
      }
      el.remove();
    }
  });

  it('on a phone, a label takes two lines only when its text needs them', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount({ lang }, 375);
      expect(el.currentLayout!.orientation).toBe('vertical');
      for (const label of q(el, '.label')) {
        const text = document.createRange();
        text.selectNodeContents(label);
        const twoLines = text.getBoundingClientRect().height > 30;
        const name = `${lang}: ${label.textContent!.trim()}`;
        expect(twoLines, name).toBe(label.classList.contains('wrap'));
        if (!twoLines) expect(label.scrollWidth, name).toBeLessThanOrEqual(label.clientWidth);
      }
      el.remove();
    }
  });

  it('on a phone, a source date or a pair of coordinates never breaks across lines', async () => {
    const el = await mount({ lang: 'ar', selected: 'bases-announcement' }, 375);
    const oneLine = () => {
      const pieces = q(el, '.nowrap');
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        // Bidi runs give one rect each; on one line they all share a top.
        const tops = new Set([...piece.getClientRects()].map((r) => Math.round(r.top)));
        expect(tops.size, piece.textContent!).toBe(1);
      }
      return pieces.length;
    };
    expect(q(el, '.coords')).toHaveLength(2);
    oneLine();
    // With the Hijri calendar the details give the Gregorian date alongside, in parentheses.
    el.calendar = 'islamic-umalqura';
    await settle(el);
    expect(q(el, '.nowrap .gregorian')).toHaveLength(1);
    oneLine();
    el.view = 'list';
    await settle(el);
    expect(oneLine()).toBeGreaterThan(2);
  });

  it('slants notes and quotes in Latin script only: Arabic has no italics', async () => {
    const ar = await mount({ lang: 'ar', selected: 'mission-end' });
    const en = await mount({ lang: 'en', selected: 'mission-end' });
    const style = (el: HTMLElement) => getComputedStyle(el).fontStyle;
    expect(style(q(ar, '.note-text bdi')[0]!)).toBe('normal');
    expect(style(q(en, '.note-text bdi')[0]!)).toBe('italic');
    expect(style(q(ar, '.sources q bdi')[0]!)).toBe('normal');
    expect(style(q(en, '.sources q bdi')[0]!)).toBe('italic');
  });

  it('sizes labels for the font --drawdown-label-font-size sets, so none is cut short', async () => {
    for (const lang of ['en', 'ar']) {
      const el = document.createElement('drawdown-timeline');
      el.style.setProperty('--drawdown-label-font-size', '17px');
      el.style.width = '1280px';
      el.lang = lang;
      document.body.append(el);
      await settle(el);
      const labels = q(el, '.label');
      expect(labels.length).toBe(9);
      for (const label of labels) {
        expect(getComputedStyle(label).fontSize).toBe('17px');
        // Text that does not fit its box is cut with an ellipsis: its scroll width (or, wrapped,
        // its scroll height) is larger.
        expect(label.scrollWidth, `${lang}: ${label.textContent!.trim()}`).toBeLessThanOrEqual(
          label.clientWidth,
        );
        expect(label.scrollHeight, `${lang}: ${label.textContent!.trim()}`).toBeLessThanOrEqual(
          label.clientHeight + 1,
        );
      }
      el.remove();
    }
  });
});

describe('<drawdown-timeline> data sources', () => {
  it('renders a document given as the data property and dispatches drawdown-load', async () => {
    const el = document.createElement('drawdown-timeline');
    el.lang = 'en';
    const loaded = new Promise<DrawdownLoadDetail>((resolve) =>
      el.addEventListener('drawdown-load', (e) => resolve(e.detail), { once: true }),
    );
    el.data = { version: 1, title: 'Given', events: [{ id: 'x', start: '2020-05-01', title: 'X' }] };
    document.body.append(el);
    const detail = await loaded;
    expect(detail.events.map((e) => e.id)).toEqual(['x']);
    expect(q(el, 'figcaption')[0]!.textContent!.trim()).toBe('Given');
  });

  it('accepts a bare array of events', async () => {
    const el = await mount({ lang: 'en' });
    el.data = [
      { id: 'b', start: '2021', title: 'B' },
      { id: 'a', start: '2020', title: 'A' },
    ];
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(q(el, '[part~="event"]').length).toBe(2);
  });

  it('reads an inline JSON script child as data only', async () => {
    const el = document.createElement('drawdown-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      version: 1,
      events: [{ id: 'i', start: '2019', title: '</script><script>window.__pwned = 1</script>' }],
    });
    el.append(script);
    document.body.append(el);
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['i']);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(q(el, 'script').length).toBe(0);
  });

  it('loads src, and the data property wins over it', async () => {
    const url = URL.createObjectURL(
      new Blob(
        [JSON.stringify({ version: 1, title: 'Fetched', events: [{ id: 'f', start: '2001', title: 'F' }] })],
        {
          type: 'application/json',
        },
      ),
    );
    const el = document.createElement('drawdown-timeline');
    el.setAttribute('lang', 'en');
    const loaded = new Promise<DrawdownLoadDetail>((resolve) =>
      el.addEventListener('drawdown-load', (e) => resolve(e.detail), { once: true }),
    );
    el.src = url;
    document.body.append(el);
    expect((await loaded).events.map((e) => e.id)).toEqual(['f']);
    el.data = [{ id: 'd', start: '2002', title: 'D' }];
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['d']);
  });

  it('reports a 404 with its status, a visible alert without it and no stale chart', async () => {
    const el = await mount({ lang: 'en' });
    expect(q(el, '[part~="event"]').length).toBeGreaterThan(0);
    const failed = new Promise<DrawdownErrorDetail>((resolve) =>
      el.addEventListener('drawdown-error', (e) => resolve(e.detail), { once: true }),
    );
    el.src = '/this-file-does-not-exist.json';
    const detail = await failed;
    await settle(el);
    expect(detail.status).toBe(404);
    const message = q(el, '[part~="message"]')[0]!;
    expect(message.getAttribute('role')).toBe('alert');
    // Readers get a short note; the status is on the event, in the console and the debug view.
    expect(message.textContent).toContain('The timeline could not be loaded.');
    expect(message.textContent).not.toContain('404');
    expect(q(el, '[part~="event"]').length).toBe(0);
  });

  it('reports problems with their paths and still shows the valid events', async () => {
    const el = document.createElement('drawdown-timeline');
    el.lang = 'en';
    const errored = new Promise<DrawdownErrorDetail>((resolve) =>
      el.addEventListener('drawdown-error', (e) => resolve(e.detail), { once: true }),
    );
    el.data = {
      version: 1,
      events: [
        { id: 'good', start: '2024-01-02', title: 'Good' },
        { id: 'bad', start: '2024-02-30', title: 'Bad' },
      ],
    };
    document.body.append(el);
    const detail = await errored;
    expect(detail.issues.map((i) => i.path)).toContain('events[1].start');
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['good']);
    // Readers get a short note; the path is for authors (the event, `problems`, `debug`).
    expect(q(el, '[part~="message"]')[0]!.textContent).not.toContain('events[');
    el.debug = true;
    await settle(el);
    expect(q(el, '[part~="message"]')[0]!.textContent).toContain('events[1].start');
  });

  it.each(['ar', 'en'])('in %s every label sits where its leader line from the marker ends', async (lang) => {
    const el = await mount({ lang });
    for (const window of [undefined, ['2024', '2026-06']] as const) {
      if (window) {
        el.zoomTo(window[0], window[1]);
        await settle(el);
      }
      const leaders = q<SVGLineElement>(el, '[part~="event"] .leader');
      expect(leaders.length).toBeGreaterThanOrEqual(3);
      for (const line of leaders) {
        const id = line.closest<SVGGElement>('[part~="event"]')!.dataset.id!;
        const label = el.shadowRoot!.querySelector(`.label[data-id="${id}"]`)!.getBoundingClientRect();
        const leader = line.getBoundingClientRect();
        // A leader bent to a box beside its mark: up to its arm, which runs level across to the
        // box's side, inside the box's height.
        const arm = line.parentElement!.querySelector('.leader.arm');
        if (line === arm) {
          expect(leader.top, id).toBeGreaterThan(label.top);
          expect(leader.bottom, id).toBeLessThan(label.bottom);
          const side = Math.min(Math.abs(leader.left - label.right), Math.abs(leader.right - label.left));
          expect(side, id).toBeLessThanOrEqual(1.5);
          continue;
        }
        if (arm) {
          expect(Math.abs(leader.top - arm.getBoundingClientRect().top), id).toBeLessThanOrEqual(2);
          continue;
        }
        expect(leader.x, id).toBeGreaterThanOrEqual(label.left - 1);
        expect(leader.x, id).toBeLessThanOrEqual(label.right + 1);
        expect(Math.abs(leader.top - label.bottom), id).toBeLessThanOrEqual(2);
      }
    }
  });
});

/** Where a run of text is drawn: the left edge of the boxes `text` is set in within `root`. */
const drawnAt = (root: Element, text: string) => Math.min(...rectsOf(root, text).map((r) => r.left));

describe('Arabic-Indic digits in left-to-right words', () => {
  it('keeps a date in its written order: the day before the year, a range from its start', async () => {
    const el = await mount({ lang: 'en', numbering: 'arab' }, 1280);
    const agreement = q(el, '[part~="label"]').find((l) => l.textContent!.includes('٢٧'))!;
    // "Sep ٢٧, ٢٠٢٤ —": with the comma taking the digits' direction, the year was drawn first.
    expect(drawnAt(agreement, '٢٧')!).toBeLessThan(drawnAt(agreement, '٢٠٢٤')!);
    const reference = q(el, '.now-text')[0]!;
    expect(drawnAt(reference, '٣٠')!).toBeLessThan(drawnAt(reference, '٢٠٢٥')!);
  });
});
