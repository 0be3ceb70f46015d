/**
 * The visible window as the author states it: `start`/`end` apply to whatever document arrives,
 * whenever it arrives; the reflected attributes name the last day shown, so reading them back
 * gives the same window; a reversed `zoomTo` is read the right way round.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawdownRangeChangeDetail, TimelineDocument } from '../../src/index.js';
import { mount, settle } from './helpers.js';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

const decades: TimelineDocument = {
  version: 1,
  title: 'Two decades',
  events: [
    { id: 'first', start: '2005-03-01', title: 'First' },
    { id: 'middle', start: '2022-06-15', title: 'Middle' },
    { id: 'last', start: '2024-11-20', title: 'Last' },
  ],
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the author’s window', () => {
  it('start and end given before a late src apply to the document when it arrives, with a range change', async () => {
    const el = await mount({ lang: 'en', start: '1969', end: '1970' });
    const ranges: DrawdownRangeChangeDetail[] = [];
    el.addEventListener('drawdown-range-change', (e) => ranges.push(e.detail));
    el.src = '/stories/fixtures/apollo.json';
    await vi.waitFor(() => expect(el.events.map((e) => e.id)).toContain('apollo-11'), { timeout: 5000 });
    await settle(el);
    const w = el.currentLayout!.window;
    expect([day(w.start), day(w.end)]).toEqual(['1969-01-01', '1971-01-01']);
    expect(el.getAttribute('start')).toBe('1969');
    expect(el.getAttribute('end')).toBe('1970');
    expect(ranges.at(-1)).toEqual({ start: '1969-01-01', end: '1970-12-31' });
  });

  it('start and end given before late data apply to the data when it is set', async () => {
    const el = await mount({ lang: 'en', start: '2022', end: '2024' });
    el.data = decades;
    await settle(el);
    const w = el.currentLayout!.window;
    expect([day(w.start), day(w.end)]).toEqual(['2022-01-01', '2025-01-01']);
    expect(el.currentLayout!.events.map((m) => m.event.id)).not.toContain('first');
  });

  it('a new document without start and end shows its whole span', async () => {
    const el = await mount({ lang: 'en' });
    el.data = decades;
    await settle(el);
    el.zoomTo('2022', '2022');
    await settle(el);
    el.removeAttribute('start');
    el.removeAttribute('end');
    el.data = { ...decades, title: 'Again' };
    await settle(el);
    expect(el.currentLayout!.events.map((m) => m.event.id)).toEqual(['first', 'middle', 'last']);
  });
});

describe('reflected attributes', () => {
  it('name the last day shown, so ten round trips through them give the same window', async () => {
    const el = await mount({ lang: 'en' });
    el.data = decades;
    await settle(el);
    el.zoomTo('2024-03-30', '2024-04-01');
    await settle(el);
    const first = el.currentLayout!.window;
    expect(el.getAttribute('start')).toBe('2024-03-30');
    expect(el.getAttribute('end')).toBe('2024-04-01');
    for (let i = 0; i < 10; i++) {
      el.zoomTo(el.getAttribute('start')!, el.getAttribute('end')!);
      await settle(el);
    }
    expect(el.currentLayout!.window).toEqual(first);
    expect(el.getAttribute('end')).toBe('2024-04-01');
  });

  it('set back as attributes on another element, they give that element the same window', async () => {
    const el = await mount({ lang: 'en' });
    el.data = decades;
    await settle(el);
    el.zoomTo('2023-05', '2024-02-10');
    await settle(el);
    const copy = await mount({ lang: 'en', start: el.getAttribute('start')!, end: el.getAttribute('end')! });
    copy.data = decades;
    await settle(copy);
    expect(copy.currentLayout!.window).toEqual(el.currentLayout!.window);
  });
});

describe('start and end reversed', () => {
  it('are read the right way round, as zoomTo reads them, with one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount({ lang: 'en', start: '2024', end: '2022' });
    el.data = decades;
    await settle(el);
    const w = el.currentLayout!.window;
    expect([day(w.start), day(w.end)]).toEqual(['2022-01-01', '2025-01-01']);
    expect(el.currentLayout!.events.map((m) => m.event.id)).toEqual(['middle', 'last']);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('reversed'))).toHaveLength(1);
  });
});

describe('zoomTo', () => {
  it('reads a reversed pair the right way round, with one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount({ lang: 'en' });
    el.data = decades;
    await settle(el);
    el.zoomTo('2023', '2010');
    await settle(el);
    const w = el.currentLayout!.window;
    expect([day(w.start), day(w.end)]).toEqual(['2010-01-01', '2024-01-01']);
    el.zoomTo('2024', '2022');
    await settle(el);
    const reversed = warn.mock.calls.filter((c) => String(c[0]).includes('zoomTo'));
    expect(reversed).toHaveLength(1);
  });
});
