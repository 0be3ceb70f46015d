/**
 * The series track by keyboard, in real Chromium: Tab reaches the track once, the arrow keys go
 * from figure to figure in time order the way time is drawn, Home and End to the ends, up and
 * down to the other series; each figure's accessible name says its value, date and source (both
 * estimates and sources, marked disputed, with the note that belongs to it), and a visible ring
 * follows the focus. In both languages and on the phone track.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import { describedBy, mount, q } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const ar = (n: number) => new Intl.NumberFormat('ar').format(n);

function focused(el: DrawdownTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The figure with keyboard focus: its series' name, its own name and its instant. */
function figure(el: DrawdownTimeline): { series: string; name: string; time: number } {
  const node = focused(el);
  expect(node?.classList.contains('series-target'), 'focus is on a figure of the track').toBe(true);
  return {
    series: node!.closest('[role="group"][data-series]')!.getAttribute('aria-label')!,
    name: node!.getAttribute('aria-label')!,
    time: Number(node!.getAttribute('data-time')),
  };
}

/** Focus on the events' tab stop, then Tab: the next stop is the track. */
async function tabIntoTrack(el: DrawdownTimeline): Promise<void> {
  const stop = q(el, '[part~="event"][tabindex="0"], [part~="cluster"][tabindex="0"]')[0]!;
  stop.focus();
  await userEvent.keyboard('{Tab}');
  await el.updateComplete;
}

async function press(el: DrawdownTimeline, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await el.updateComplete;
  await el.updateComplete;
}

/** Walks forward with `key` until the figure stops changing; the instants met, in order. */
async function walk(el: DrawdownTimeline, key: string): Promise<Array<{ name: string; time: number }>> {
  const seen = [figure(el)];
  for (let i = 0; i < 20; i++) {
    await press(el, key);
    const now = figure(el);
    if (now.time === seen[seen.length - 1]!.time) break;
    seen.push(now);
  }
  return seen;
}

describe('the series track by keyboard', () => {
  it('Tab reaches the troop figures from the events; the right arrow goes forward in time and each name says value, date and source (en)', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    const eventStop = q(el, '[part~="event"][tabindex="0"]')[0]!.getAttribute('data-id');
    await tabIntoTrack(el);
    const first = figure(el);
    expect(first.series).toBe('US troops in Iraq');
    expect(first.name).toMatch(/^about 5,200 troops, 2019, source: .+, 1 of 6$/);
    const met = await walk(el, '{ArrowRight}');
    expect(met.map((m) => m.time)).toEqual([...met.map((m) => m.time)].sort((a, b) => a - b));
    expect(met).toHaveLength(6);
    for (const m of met.slice(0, -1))
      expect(m.name).toMatch(/troops, (\w+ \d+, )?\d{4}, source: .+, \d of 6$/);
    // The last figure is the dispute: both estimates with both sources, and the 20% note with it.
    const last = met[met.length - 1]!.name;
    expect(last).toMatch(/^disputed, Sep 30, 2025: /);
    expect(last).toContain('about 2,500 troops (');
    expect(last).toContain('more than 3,000 troops (Iraqi sources)');
    expect(last).toContain('note: the reduction aims at about 20% fewer troops (officials)');
    expect(last).toMatch(/6 of 6$/);
    // The arrows moved the track's stop only: the events keep theirs.
    expect(q(el, '[part~="event"][tabindex="0"]')[0]!.getAttribute('data-id')).toBe(eventStop);
    expect(q(el, '.series-target[tabindex="0"]')).toHaveLength(1);
    await press(el, '{Home}');
    expect(figure(el).time).toBe(first.time);
    await press(el, '{End}');
    expect(figure(el).name).toBe(last);
    await press(el, '{ArrowLeft}');
    expect(figure(el).name).toBe(met[met.length - 2]!.name);
  });

  it('a visible ring follows the focused figure, drawn around its dot or its whole disputed range', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    await tabIntoTrack(el);
    const ringOf = () => focused(el)!.querySelector<SVGRectElement>('.focus-ring')!;
    let ring = ringOf();
    expect(getComputedStyle(ring).opacity).toBe('1');
    expect(parseFloat(getComputedStyle(ring).strokeWidth)).toBeGreaterThanOrEqual(2);
    expect(getComputedStyle(ring).stroke).not.toBe('none');
    await press(el, '{End}');
    ring = ringOf();
    expect(getComputedStyle(ring).opacity).toBe('1');
    // The ring holds the disputed range: both estimates' dots lie inside it.
    const box = ring.getBoundingClientRect();
    const dots = q(el, '.estimate-point').map((d) => d.getBoundingClientRect());
    expect(dots).toHaveLength(2);
    for (const d of dots) {
      expect(d.left).toBeGreaterThanOrEqual(box.left);
      expect(d.right).toBeLessThanOrEqual(box.right);
      expect(d.top).toBeGreaterThanOrEqual(box.top);
      expect(d.bottom).toBeLessThanOrEqual(box.bottom);
    }
    // Only the focused figure's ring is seen.
    const seen = q(el, '.series-target .focus-ring').filter((r) => getComputedStyle(r).opacity !== '0');
    expect(seen).toEqual([ring]);
  });

  it('up and down go to the other series, to its figure nearest in time', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    await tabIntoTrack(el);
    await press(el, '{End}');
    const iraq = figure(el);
    await press(el, '{ArrowDown}');
    const syria = figure(el);
    expect(syria.series).toBe('US troops in Syria');
    expect(syria.name).toMatch(/^about 700 troops, Sep 30, 2025, source: .+, 1 of 1$/);
    await press(el, '{ArrowUp}');
    expect(figure(el)).toEqual(iraq);
  });

  it('each series group is described by its summary and the track’s keys', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    const group = q(el, '[role="group"][data-series="us-troops-iraq"]')[0]!;
    expect(group.getAttribute('aria-label')).toBe('US troops in Iraq');
    const text = describedBy(el, group);
    expect(text).toMatch(
      /^US troops in Iraq: 6 figures from 2019 to Sep 30, 2025, between 2,500 troops and 5,200 troops\. First: about 5,200 troops, 2019, source: /,
    );
    expect(text).toContain(
      'Keys: right arrow and left arrow move through the figures in time, Home and End go to the first and last. Up arrow and down arrow go to the other series.',
    );
  });

  it('in Arabic time runs right to left on the track: the left arrow goes forward, names and keys in Arabic', async () => {
    const el = await mount({ lang: 'ar' }, 1000);
    await tabIntoTrack(el);
    const first = figure(el);
    expect(first.series).toBe('القوات الأمريكية في العراق');
    expect(first.name).toContain(`${ar(5200)} جندي`);
    expect(first.name).toContain('المصدر: ');
    expect(first.name.endsWith(`${ar(1)} من ${ar(6)}`)).toBe(true);
    // The right arrow goes back in time: at the first figure it stays.
    await press(el, '{ArrowRight}');
    expect(figure(el).time).toBe(first.time);
    const met = await walk(el, '{ArrowLeft}');
    expect(met).toHaveLength(6);
    expect(met.map((m) => m.time)).toEqual([...met.map((m) => m.time)].sort((a, b) => a - b));
    const last = met[met.length - 1]!.name;
    expect(last.startsWith('رقم متنازع عليه')).toBe(true);
    expect(last).toContain(`نحو ${ar(2500)} جندي`);
    expect(last).toContain(`أكثر من ${ar(3000)} جندي (مصادر عراقية)`);
    expect(last).toContain('ملاحظة: التقليص يسعى إلى خفض العدد بنحو 20%');
    // Drawn right to left: each later figure sits further left.
    const xs = q(el, '[data-series="us-troops-iraq"] .series-target').map(
      (g) => g.getBoundingClientRect().left,
    );
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const group = q(el, '[role="group"][data-series="us-troops-iraq"]')[0]!;
    expect(describedBy(el, group)).toContain('السهم الأيسر والسهم الأيمن للتنقل بين الأرقام عبر الزمن');
  });

  it('on the phone track the figures are reached the same way, in both languages', async () => {
    for (const [lang, forward] of [
      ['en', '{ArrowRight}'],
      ['ar', '{ArrowLeft}'],
    ] as const) {
      const el = await mount({ lang }, 380);
      expect(el.currentLayout!.orientation).toBe('vertical');
      await tabIntoTrack(el);
      expect(figure(el).series).toBe(lang === 'en' ? 'US troops in Iraq' : 'القوات الأمريكية في العراق');
      const met = await walk(el, forward);
      expect(met, lang).toHaveLength(6);
      expect(met.map((m) => m.time)).toEqual([...met.map((m) => m.time)].sort((a, b) => a - b));
      const ring = focused(el)!.querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).opacity).toBe('1');
      // The ring is inside the chart, on screen.
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const box = ring.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(chart.left);
      expect(box.right).toBeLessThanOrEqual(chart.right);
      el.remove();
    }
  });
});
