import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import type { MediaInput, TimelineDocument } from '../../src/schema/document.js';
import { eventNode, mount, q, settle } from './helpers.js';

/** Waits (up to two seconds) until a condition holds. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}

afterEach(() => {
  document.body.replaceChildren();
});

const IMAGE = '/stories/fixtures/media/river-field.png';

/** A document of three events, the second with an image; `media` replaces that image. */
function withMedia(media: Record<string, unknown>): TimelineDocument {
  return {
    version: 1,
    title: 'Riverside',
    events: [
      { id: 'a', start: '2001', title: 'First' },
      {
        id: 'b',
        start: '2002',
        title: 'Second',
        summary: 'The text under the picture.',
        media: media as MediaInput,
      },
      { id: 'c', start: '2003', title: 'Third' },
    ],
  };
}

function card(el: DrawdownTimeline): HTMLElement {
  return q(el, '[part~="card"]')[0]!;
}

async function loaded(img: HTMLImageElement): Promise<void> {
  if (img.complete && img.naturalWidth > 0) return;
  await new Promise((resolve, reject) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', reject, { once: true });
  });
}

describe('media', () => {
  it('an image without alt text is not shown, and the problem is reported with its path', async () => {
    const el = await mount({ lang: 'en' });
    el.data = withMedia({ url: IMAGE, caption: 'A field' });
    el.selected = 'b';
    await settle(el);
    expect(card(el).querySelector('img')).toBeNull();
    expect(card(el).textContent).toContain('The text under the picture.');
    expect(el.problems).toContainEqual({
      path: 'events[1].media.alt',
      message: 'is required; the image is not shown',
      severity: 'warning',
    });
  });

  it('an image is lazy, decoded off the main thread, and has its alt text, caption and credit', async () => {
    const el = await mount({ lang: 'en' });
    el.data = withMedia({
      url: IMAGE,
      alt: 'A green field by a river',
      caption: 'The field',
      credit: 'Sample',
    });
    el.selected = 'b';
    await settle(el);
    const img = card(el).querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('A green field by a river');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(card(el).querySelector('figcaption')!.textContent).toMatch(/The field\s+Image: Sample/);
    await loaded(img);
    expect(img.naturalWidth).toBe(320);
  });

  for (const sized of [true, false]) {
    it(`nothing below an image moves when it loads (${sized ? 'with' : 'without'} a declared size)`, async () => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      const el = await mount({ lang: 'en' });
      // A fresh address each run: a cached image could arrive with its size already known.
      const url = `${IMAGE}?run=${Math.random()}`;
      el.data = withMedia({ url, alt: 'A field', ...(sized ? { width: 320, height: 200 } : {}) });
      el.selected = 'b';
      await el.updateComplete;
      const img = card(el).querySelector('img')!;
      const summary = [...card(el).querySelectorAll('p')].find((p) =>
        p.textContent!.includes('under the picture'),
      )!;
      // Measured before the image can have arrived: its box is already there.
      expect(img.complete && img.naturalWidth > 0).toBe(false);
      const before = { img: img.getBoundingClientRect().height, text: summary.getBoundingClientRect().top };
      expect(before.img).toBeGreaterThan(100);
      // Only what happens from here on counts: the card's own arrival is not a shift.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      shifts.length = 0;
      await loaded(img);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(img.getBoundingClientRect().height).toBeCloseTo(before.img, 0);
      expect(summary.getBoundingClientRect().top).toBeCloseTo(before.text, 0);
      observer.disconnect();
      expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
    });
  }

  it('an image that fails to load is replaced by its caption', async () => {
    const el = await mount({ lang: 'en' });
    el.data = withMedia({ url: '/no-such-image.png', alt: 'A field', caption: 'The field by the river' });
    el.selected = 'b';
    await settle(el);
    await waitFor(() => card(el).querySelector('img') === null);
    await settle(el);
    expect(card(el).querySelector('.media-text')!.textContent!.trim()).toBe('The field by the river');
  });

  it('a video address becomes a link, never an embed', async () => {
    const el = await mount({ lang: 'en' });
    el.data = withMedia({
      url: 'https://www.youtube.com/watch?v=x',
      alt: 'A walk in the park',
      caption: 'Video tour',
    });
    el.selected = 'b';
    await settle(el);
    expect(card(el).querySelector('img, iframe, video, embed, object')).toBeNull();
    const link = card(el).querySelector<HTMLAnchorElement>('.media-text a')!;
    expect(link.href).toBe('https://www.youtube.com/watch?v=x');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent!.trim()).toBe('Video tour');
  });

  it('the list view shows each image with its alt text', async () => {
    const el = await mount({ lang: 'en', view: 'list' });
    el.data = withMedia({ url: IMAGE, alt: 'A field', width: 320, height: 200 });
    await settle(el);
    const imgs = q<HTMLImageElement>(el, '[part~="list"] img');
    expect(imgs.map((i) => i.alt)).toEqual(['A field']);
    expect(imgs[0]!.closest('li')!.dataset.id).toBe('b');
  });
});

describe('the story card', () => {
  const position = (el: DrawdownTimeline) => card(el).querySelector('.position')!.textContent!.trim();
  const button = (el: DrawdownTimeline, part: 'previous' | 'next') =>
    card(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

  it('Next and Previous step through the events in time order; in Arabic, Next sits on the left', async () => {
    const el = await mount({ lang: 'ar', numbering: 'latn' });
    const order = el.events.map((e) => e.id);
    el.selected = order[0];
    await settle(el);
    expect(position(el)).toBe(`1 من ${order.length}`);
    expect(button(el, 'previous').disabled).toBe(true);
    // Right to left: the way forward in time is to the left, on the page as on the chart.
    expect(button(el, 'next').getBoundingClientRect().left).toBeLessThan(
      button(el, 'previous').getBoundingClientRect().left,
    );
    expect(eventNode(el, order[1]!).getBoundingClientRect().left).toBeLessThan(
      eventNode(el, order[0]!).getBoundingClientRect().left,
    );
    const visited = [el.selected];
    for (let i = 1; i < order.length; i++) {
      button(el, 'next').click();
      await settle(el);
      visited.push(el.selected);
    }
    expect(visited).toEqual(order);
    expect(position(el)).toBe(`${order.length} من ${order.length}`);
    expect(button(el, 'next').disabled).toBe(true);
    // The pressed button went disabled at the end: focus went to the card's heading, not the page.
    expect(el.shadowRoot!.activeElement?.classList.contains('detail-title')).toBe(true);
    button(el, 'previous').click();
    await settle(el);
    expect(el.selected).toBe(order.at(-2));
    expect(el.shadowRoot!.activeElement).toBe(button(el, 'previous'));
  });

  it('next() and previous() skip the events the categories filter hides', async () => {
    const el = await mount({ lang: 'en', categories: 'agreement' });
    const shown = el.events.filter((e) => e.category === 'agreement').map((e) => e.id);
    expect(shown.length).toBeGreaterThan(2);
    const visited: Array<string | undefined> = [];
    for (let i = 0; i < shown.length + 1; i++) {
      el.next();
      await settle(el);
      visited.push(el.selected);
    }
    expect(visited).toEqual([...shown, shown.at(-1)]);
    el.previous();
    await settle(el);
    expect(el.selected).toBe(shown.at(-2));
    expect(position(el)).toBe(`${shown.length - 1} of ${shown.length}`);
  });

  it('the title card shows the title and dek before the first event, and Previous goes back to it', async () => {
    const el = await mount({ lang: 'en', 'title-card': '' });
    const title = card(el);
    expect(title.getAttribute('part')).toContain('title-card');
    expect(title.querySelector('.detail-title')!.textContent).toContain('drawdown');
    expect(title.querySelector('.dek')!.textContent!.length).toBeGreaterThan(20);
    expect(title.querySelector('.position')).toBeNull();
    button(el, 'next').click();
    await settle(el);
    expect(el.selected).toBe(el.events[0]!.id);
    expect(button(el, 'previous').disabled).toBe(false);
    button(el, 'previous').click();
    await settle(el);
    expect(el.selected).toBeUndefined();
    expect(card(el).getAttribute('part')).toContain('title-card');
  });

  it('on a phone, picking an event brings the card into view and moves focus to its heading', async () => {
    const el = await mount({ lang: 'en' }, 375);
    expect(el.currentLayout!.orientation).toBe('vertical');
    const id = el.events.at(-1)!.id;
    window.scrollTo(0, 0);
    eventNode(el, id).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    const heading = card(el).querySelector('.detail-title')!;
    expect(el.shadowRoot!.activeElement).toBe(heading);
    // The page glides there (a reader who prefers reduced motion is taken there at once).
    await waitFor(() => {
      const box = card(el).getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    });
  });

  it.each([
    ['en', 375],
    ['ar', 375],
    ['en', 288],
    ['ar', 288],
  ] as const)(
    'on a phone, a picked event’s card opens right under the timeline, by its mark, above the figures track and over nothing the chart draws; closed, it gives its room back (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const before = el.currentLayout!.height;
      const timeline = () => [...q(el, '[part~="label"]'), ...q(el, '[part~="event"] .marker')];
      const figures = () => q(el, '.series-axis, .tick-value, .annotation.value, .annotation.estimate');
      const check = async (what: string) => {
        // Measured, the card is drawn, and the chart keeps room for it.
        await waitFor(() => getComputedStyle(card(el)).visibility === 'visible');
        await settle(el);
        const box = card(el).getBoundingClientRect();
        const room = el.currentLayout!.card!;
        expect(room.height, what).toBe(Math.round(box.height));
        const bottom = Math.max(...timeline().map((n) => n.getBoundingClientRect().bottom));
        expect(box.top, `${what}: under the timeline`).toBeGreaterThanOrEqual(bottom);
        // With room between for the tooltips of the timeline's last marks.
        expect(box.top - bottom, `${what}: right under it`).toBeLessThanOrEqual(56);
        for (const n of figures())
          expect(n.getBoundingClientRect().top, `${what}: "${n.textContent!.trim()}"`).toBeGreaterThanOrEqual(
            box.bottom,
          );
        const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
        expect(box.bottom).toBeLessThan(chart.bottom);
      };
      const first = el.events[0]!.id;
      eventNode(el, first).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      expect(el.shadowRoot!.activeElement).toBe(card(el).querySelector('.detail-title'));
      await check('picked');
      // Another event's card, of another height: the track moves with it.
      q<HTMLButtonElement>(el, '[part~="card"] button[part~="next"]')[0]!.click();
      await settle(el);
      expect(el.selected).not.toBe(first);
      await check('the next');
      q<HTMLButtonElement>(el, '[part~="card"] button.close')[0]!.click();
      await settle(el);
      expect(q(el, '[part~="card"]')).toHaveLength(0);
      expect(el.currentLayout!.card).toBeUndefined();
      expect(el.currentLayout!.height).toBe(before);
    },
  );

  it('on a desktop, a click keeps focus on the chart and the card lines hold about 70 characters', async () => {
    const el = await mount({ lang: 'en' }, 1280);
    const long = 'The council meets on the river bank and hears every neighbour who wants to speak. '.repeat(
      4,
    );
    el.data = {
      events: [
        { id: 'a', start: '2001', title: 'A', summary: long },
        { id: 'b', start: '2002', title: 'B' },
      ],
    };
    await settle(el);
    eventNode(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.selected).toBe('a');
    expect(el.shadowRoot!.activeElement?.classList.contains('detail-title') ?? false).toBe(false);
    const paragraph = [...card(el).querySelectorAll('p')].find((p) => p.textContent!.includes('council'))!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    const perLine = paragraph.textContent!.trim().length / lines;
    // The last line of a paragraph is short, so the mean sits a little under the measure.
    expect(lines).toBeGreaterThan(3);
    expect(perLine).toBeGreaterThan(60);
    expect(perLine).toBeLessThan(78);
  });

  it('places show by name; their coordinates only when asked for', async () => {
    const el = await mount({ lang: 'en', selected: 'bases-announcement' });
    const places = card(el).querySelector('.places')!;
    expect(places.textContent).toContain('Ain al-Asad');
    const coords = places.querySelector<HTMLElement>('.coords')!;
    expect(coords.checkVisibility()).toBe(false);
    places.querySelector<HTMLElement>('summary')!.click();
    await settle(el);
    expect(coords.checkVisibility()).toBe(true);
    expect(coords.textContent).toBe('(33.80, 42.44)');
  });
});

describe('the list view', () => {
  it('has year headings, marks key events and shows each category by its shape', async () => {
    const el = await mount({ lang: 'en', view: 'list' });
    const years = q(el, '.year-heading').map((h) => h.textContent!.trim());
    expect(years).toEqual([...new Set(el.events.map((e) => String(e.start.year)))]);
    const core = el.events.filter((e) => e.importance === 'core').map((e) => e.id);
    const marked = q(el, '.event-list > li')
      .filter((li) => li.querySelector('.key'))
      .map((li) => li.dataset.id);
    expect(marked).toEqual(core);
    expect(q(el, '.event-list .shape')).toHaveLength(el.events.length);
  });

  it('groups the figures by series and marks a disputed figure, keeping both sources', async () => {
    const el = await mount({ lang: 'en', view: 'list' });
    const groups = q(el, '.series-table tbody');
    expect(groups).toHaveLength(2);
    const disputed = q(el, '.series-table tr.disputed');
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    const sources = new Set(disputed.map((r) => r.lastElementChild!.textContent!.trim()));
    expect(sources.size).toBe(disputed.length);
  });

  it('on a phone, no number or date breaks across lines', async () => {
    const el = await mount({ lang: 'ar', view: 'list' }, 375);
    const pieces = q(el, '.series-table .nowrap, .event-list .detail-date > bdi');
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      const tops = new Set([...piece.getClientRects()].map((r) => Math.round(r.top)));
      expect(tops.size, piece.textContent!).toBe(1);
    }
  });
});
