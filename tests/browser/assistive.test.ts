/**
 * What assistive technology hears, in real Chromium and in both languages: the keys in the
 * chart's description, each event's place in time order, and the series told in words (its
 * summary, both estimates of a disputed figure with their sources, and notes read with the
 * figure they belong to).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { describedBy, eventNode, mount, mountData, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The accessible description of the figure: the texts its aria-describedby names, in order. */
function description(el: DrawdownTimeline): string {
  return describedBy(el, q(el, 'figure')[0]!);
}

/** The accessible names of a series group's figures, in time order. */
function figures(group: Element): string[] {
  return [...group.querySelectorAll('[role="img"]')].map((n) => n.getAttribute('aria-label')!);
}

function seriesGroup(el: DrawdownTimeline, name: string): HTMLElement | undefined {
  return q(el, '[role="group"][aria-label]').find((g) => g.getAttribute('aria-label') === name);
}

const ar = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('keys and positions', () => {
  it('the chart’s description gives the keys, with the arrow that goes forward in time as drawn (en, horizontal)', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    const text = description(el);
    expect(text).toContain('right arrow and left arrow move through the events in time');
    expect(text).toContain('Home and End');
    expect(text).toContain('Escape');
  });

  it('the chart’s description gives the keys in Arabic; in a right-to-left chart the left arrow goes forward', async () => {
    const el = await mount({ lang: 'ar' }, 1000);
    expect(description(el)).toContain('السهم الأيسر والسهم الأيمن للتنقل بين الأحداث عبر الزمن');
    const vertical = await mount({ lang: 'en' }, 400);
    expect(description(vertical)).toContain('down arrow and up arrow move');
  });

  it('each event’s accessible name ends with its place in time order (en and ar)', async () => {
    const data = {
      events: [
        { id: 'a', start: '2020', title: 'A' },
        { id: 'b', start: '2021', title: 'B' },
        { id: 'c', start: '2022', title: 'C' },
      ],
    };
    const en = await mountData(data, { lang: 'en' });
    expect(eventNode(en, 'a').getAttribute('aria-label')).toMatch(/, 1 of 3$/);
    expect(eventNode(en, 'c').getAttribute('aria-label')).toMatch(/, 3 of 3$/);
    const arabic = await mountData(data, { lang: 'ar' });
    expect(
      eventNode(arabic, 'b')
        .getAttribute('aria-label')!
        .endsWith(`, ${ar(2)} من ${ar(3)}`),
    ).toBe(true);
  });
});

describe('the series in the accessibility tree', () => {
  it('the troop series is a named group with its summary, the disputed figure with both estimates and sources, and the 20% note read with it (en)', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    const group = seriesGroup(el, 'US troops in Iraq')!;
    expect(group).toBeDefined();
    const text = describedBy(el, group);
    expect(text).toMatch(/^US troops in Iraq: \d+ figures from .+ to Sep 30, 2025/);
    const items = figures(group);
    const disputed = items.filter((t) => t.startsWith('disputed'));
    expect(disputed).toHaveLength(1);
    expect(disputed[0]).toContain('about 2,500 troops');
    expect(disputed[0]).toContain('more than 3,000 troops (Iraqi sources)');
    expect(disputed[0]).toContain('note: the reduction aims at about 20% fewer troops (officials)');
    // The summary repeats the last observation: the dispute is in it too.
    expect(text).toContain('Last: disputed');
    // Every observation has a date and a source.
    for (const item of items.filter((t) => !t.startsWith('disputed'))) expect(item).toMatch(/, source: /);
  });

  it('the troop series is a named group in Arabic, with both estimates and the note', async () => {
    const el = await mount({ lang: 'ar' }, 1000);
    const group = seriesGroup(el, 'القوات الأمريكية في العراق')!;
    expect(group).toBeDefined();
    const items = figures(group);
    const disputed = items.find((t) => t.startsWith('رقم متنازع عليه'))!;
    expect(disputed).toContain(`نحو ${ar(2500)} جندي`);
    expect(disputed).toContain(`أكثر من ${ar(3000)} جندي (مصادر عراقية)`);
    expect(disputed).toContain('ملاحظة: التقليص يسعى إلى خفض العدد بنحو 20%');
  });

  it('only the series the `series` attribute keeps are described; `none` describes none', async () => {
    const el = await mount({ lang: 'en', series: 'us-troops-syria' }, 1000);
    expect(seriesGroup(el, 'US troops in Iraq')).toBeUndefined();
    expect(seriesGroup(el, 'US troops in Syria')).toBeDefined();
    el.series = 'none';
    await settle(el);
    expect(q(el, '[data-series]')).toHaveLength(0);
  });
});
