import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';
import { CORE, markerBox, parts, render, timeline, type Args } from './support.js';

const meta: Meta<Args> = {
  title: 'Timeline/Drawdown',
  component: 'drawdown-timeline',
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const DrawdownArabic: Story = {
  name: 'Drawdown (Arabic)',
  args: { lang: 'ar', numbering: 'latn' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const labelled = parts(el, 'label').map((l) => l.dataset.id);
    for (const id of CORE) expect(labelled).toContain(id);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toMatch(/[\u0600-\u06FF]/);
    // Time runs right to left: 2014 lies to the right of 2025.
    expect(markerBox(el, 'isis-expansion').x).toBeGreaterThan(markerBox(el, 'mission-end').x);
  },
};

export const DrawdownEnglish: Story = {
  name: 'Drawdown (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(markerBox(el, 'isis-expansion').x).toBeLessThan(markerBox(el, 'mission-end').x);
    expect(parts(el, 'estimate').length).toBeGreaterThan(0);
    expect(parts(el, 'now')).toHaveLength(1);
    expect(parts(el, 'deadline').length).toBeGreaterThan(0);
  },
};

export const PhoneArabic: Story = {
  name: 'Drawdown (Arabic, 375 px)',
  args: { lang: 'ar', numbering: 'latn', width: '375px' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.currentLayout!.orientation).toBe('vertical');
    // Time runs down the phone layout.
    expect(markerBox(el, 'isis-expansion').y).toBeLessThan(markerBox(el, 'mission-end').y);
    const labelled = parts(el, 'label').map((l) => l.dataset.id);
    for (const id of CORE) expect(labelled).toContain(id);
  },
};

export const PhoneEnglish: Story = {
  name: 'Drawdown (English, 375 px)',
  args: { lang: 'en', width: '375px' },
  play: PhoneArabic.play!,
};

export const Selected: Story = {
  name: 'Selected event with details',
  args: { lang: 'en', selected: 'mission-end' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const panel = parts(el, 'detail')[0]!;
    expect(panel.textContent).toContain('Sean Parnell');
    expect(panel.querySelector('q')).not.toBeNull();
  },
};

export const Zoomed: Story = {
  name: 'Zoomed to 2024–2025',
  args: { lang: 'en', start: '2024', end: '2025-12' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const ids = el.currentLayout!.events.map((m) => m.event.id);
    expect(ids).toContain('bases-announcement');
    expect(ids).not.toContain('mosul-falls');
    expect(el.currentLayout!.tickUnit).toBe('month');
  },
};

export const OverviewStrip: Story = {
  name: 'Zoomed, with the overview strip (Arabic)',
  args: { lang: 'ar', numbering: 'latn', start: '2025-06', end: '2025-11' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const [strip] = parts(el, 'overview');
    expect(strip).toBeDefined();
    // The window's box sits on the strip where the window is: in Arabic, towards the left end.
    const box = strip!.getBoundingClientRect();
    const window = el.shadowRoot!.querySelector('.overview-window')!.getBoundingClientRect();
    expect(window.x + window.width / 2).toBeLessThan(box.x + box.width / 2);
    // The earlier-time button points right, where earlier time lies.
    const earlier = el.shadowRoot!.querySelector<HTMLButtonElement>('.pan-earlier')!;
    expect(earlier.textContent!.trim()).toBe('›');
    await userEvent.click(earlier);
    await waitFor(() => expect(el.getAttribute('start')! < '2025-06').toBe(true));
  },
};

export const DisputeRange: Story = {
  name: 'The disputed troop figure (range between estimates)',
  args: { lang: 'en', series: 'us-troops-iraq', start: '2025-06', end: '2025-12' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const [range] = parts(el, 'estimate');
    expect(range).toBeDefined();
    // A range a reader can see, from the low estimate to the high one, open above for "more than".
    expect(range!.querySelector('.estimate-range')!.getBoundingClientRect().height).toBeGreaterThan(10);
    expect(range!.querySelector('.estimate-open')).not.toBeNull();
    // Both sources side by side, at equal weight and in the same colour.
    const words = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.annotation.estimate')];
    expect(words.map((w) => w.textContent!.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining([
        expect.stringContaining('more than 3,000 · Iraqi sources'),
        expect.stringContaining('about 2,500 · Reports'),
      ]),
    );
    const looks = words.map((w) => {
      const s = getComputedStyle(w);
      return `${s.fontWeight} ${s.fontSize} ${s.color}`;
    });
    expect(new Set(looks).size).toBe(1);
  },
};

export const ListView: Story = {
  name: 'List view',
  args: { lang: 'ar', view: 'list', numbering: 'latn' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const items = parts(el, 'list')[0]!.querySelectorAll('ol > li');
    expect(items.length).toBe(el.events.length);
    expect(parts(el, 'list')[0]!.textContent).toContain('أكثر من 3,000');
  },
};

export const KeyboardWalk: Story = {
  name: 'Keyboard walk (Arabic)',
  args: { lang: 'ar', numbering: 'latn' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const ids = el.currentLayout!.events.map((m) => m.event.id);
    const first = el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][tabindex="0"]')!;
    first.focus();
    // In a right-to-left timeline the left arrow goes forward in time.
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe(ids[1]));
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe(ids[ids.length - 1]),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.getAttribute('selected')).toBe(ids[ids.length - 1]));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(el.hasAttribute('selected')).toBe(false));
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { lang: 'en', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(13, 17, 23)');
  },
};

export const FilteredCategories: Story = {
  name: 'Only troops and bases',
  args: { lang: 'en', categories: 'forces' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const categories = new Set(el.currentLayout!.events.map((m) => m.event.category));
    expect([...categories]).toEqual(['forces']);
    // The legend names only the categories drawn (then what each kind of mark means).
    const legend = parts(el, 'legend')[0]!;
    expect([...legend.querySelectorAll('li:not(.kind)')].map((li) => li.textContent!.trim())).toEqual([
      'Troops and bases',
    ]);
  },
};

export const SeriesHidden: Story = {
  name: 'Series hidden',
  args: { lang: 'en', series: 'none' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(parts(el, 'series')).toHaveLength(0);
  },
};

export const IraqSeriesOnly: Story = {
  name: 'Iraq troop series only',
  args: { lang: 'en', series: 'us-troops-iraq' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(parts(el, 'series').map((s) => s.dataset.id)).toEqual(['us-troops-iraq']);
  },
};

export const Export: Story = {
  name: 'With SVG and PNG export',
  args: { lang: 'en', export: true },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const svg = await el.toSVG();
    expect(svg).toContain('<svg');
    // A label is written in the lines the reader sees, one SVG text each.
    const text = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')]
      .map((t) => t.textContent)
      .join(' ')
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Deadline to end the coalition’s military mission');
    const png = await el.toPNG();
    expect(png.type).toBe('image/png');
  },
};
