import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import { syntheticDocument } from '../tests/fixtures/synthetic.js';
import { installSlowFetch, parts, render, timeline, type Args } from './support.js';

const meta: Meta<Args> = {
  title: 'Timeline/Data',
  component: 'drawdown-timeline',
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const FromSrc: Story = {
  name: 'From src (JSON)',
  args: { lang: 'en', src: 'fixtures/apollo.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.events.map((e) => e.id)).toContain('apollo-11'), { timeout: 5000 });
    await waitFor(() => expect(parts(el, 'period').length).toBe(4));
  },
};

export const CsvImport: Story = {
  name: 'TimelineJS3 spreadsheet (CSV)',
  args: { lang: 'en', src: 'fixtures/timelinejs.csv' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.events.length).toBeGreaterThan(4), { timeout: 5000 });
    expect(el.problems.filter((p) => p.severity === 'error')).toEqual([]);
  },
};

export const TimelineJsImport: Story = {
  name: 'TimelineJS3 JSON',
  args: { lang: 'en', src: 'fixtures/timelinejs.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.events.length).toBeGreaterThan(4), { timeout: 5000 });
    // HTML in TimelineJS3 text arrives as plain text.
    expect(el.shadowRoot!.querySelectorAll('b, i, p a').length).toBe(0);
  },
};

export const InvalidData: Story = {
  name: 'Invalid data (partial render)',
  args: { lang: 'en', src: 'fixtures/invalid.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(parts(el, 'message').length).toBe(1), { timeout: 5000 });
    const message = parts(el, 'message')[0]!;
    expect(message.getAttribute('role')).toBe('alert');
    // Readers get a short note, never the paths of the problems.
    expect(message.textContent).not.toContain('events[');
    // The valid neighbours survive; the hostile title stays text.
    expect(el.events.map((e) => e.id)).toEqual(['ok-1', 'ok-2', 'bad-link']);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  },
};

export const InvalidDataDebug: Story = {
  name: 'Invalid data, authoring view (debug)',
  args: { lang: 'en', src: 'fixtures/invalid.json', debug: true },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(parts(el, 'message').length).toBe(1), { timeout: 5000 });
    // With `debug` the author sees each problem with its path, under the note.
    expect(parts(el, 'message')[0]!.textContent).toContain('events[1].start');
    expect(el.events.map((e) => e.id)).toEqual(['ok-1', 'ok-2', 'bad-link']);
  },
};

export const NotFound: Story = {
  name: 'Error: 404',
  args: { lang: 'ar', src: 'fixtures/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    // Readers get a short note and "Try again"; the status is for authors (event, console, debug).
    await waitFor(() => expect(parts(el, 'message')[0]?.querySelector('button.retry')).toBeTruthy(), {
      timeout: 5000,
    });
    expect(parts(el, 'message')[0]!.textContent).toContain('تعذّر تحميل الخط الزمني.');
    expect(parts(el, 'message')[0]!.textContent).not.toContain('404');
    expect(parts(el, 'message')[0]!.getAttribute('role')).toBe('alert');
    expect(parts(el, 'event')).toHaveLength(0);
  },
};

export const Loading: Story = {
  name: 'Loading (slow src)',
  args: { lang: 'en', src: 'fixtures/apollo.json?delay=2500' },
  beforeEach: () => installSlowFetch(),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('drawdown-timeline')!;
    await el.updateComplete;
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-busy')).toBe('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Loading');
  },
};

export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () =>
    html`<drawdown-timeline lang="en">
      <script type="application/json">
        {
          "version": 1,
          "title": "Inline document",
          "events": [
            { "id": "a", "start": "2020", "title": "A year" },
            { "id": "b", "start": "2021-05", "title": "A month" },
            { "id": "c", "start": "2022-03-04", "title": "A day" }
          ]
        }
      </script>
    </drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  },
};

export const Empty: Story = {
  name: 'Empty',
  render: () =>
    html`<drawdown-timeline
      lang="en"
      .data=${{ version: 1, title: 'Nothing yet', events: [] }}
    ></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    // No axis: with nothing on it, it would invent a span.
    expect(parts(el, 'axis')).toHaveLength(0);
    expect(el.shadowRoot!.textContent).toContain('No events to show.');
  },
};

export const PrecisionShowcase: Story = {
  name: 'Date precision and qualifiers',
  render: () =>
    html`<drawdown-timeline
      lang="en"
      .data=${{
        version: 1,
        title: 'How precisely is each date known?',
        events: [
          { id: 'year', start: '2020', title: 'Known to the year' },
          { id: 'month', start: '2021-03', title: 'Known to the month' },
          { id: 'day', start: '2021-09-14', title: 'Known to the day' },
          { id: 'late', start: '2022-08', qualifier: 'late', title: 'Late August' },
          { id: 'about', start: '2023', qualifier: 'about', title: 'About 2023' },
          { id: 'by', start: '2024-09', qualifier: 'by', title: 'By September (deadline)' },
          { id: 'before', start: '2019-06', qualifier: 'before', title: 'Some time before June 2019' },
          { id: 'after', start: '2024-02', qualifier: 'after', title: 'Some time after February' },
          { id: 'period', start: '2019', end: '2020-06', title: 'A period' },
        ],
      }}
    ></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const band = (id: string) =>
      el
        .shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] [part~="band"]`)!
        .getBoundingClientRect();
    // A year's band is about twelve times a month's.
    expect(band('year').width / band('month').width).toBeGreaterThan(10);
    expect(parts(el, 'deadline')).toHaveLength(1);
    expect(parts(el, 'open')).toHaveLength(2);
    expect(parts(el, 'period')).toHaveLength(1);
  },
};

export const Periods: Story = {
  name: 'Overlapping periods',
  render: () =>
    html`<drawdown-timeline
      lang="en"
      .data=${[
        { id: 'a', start: '2001', end: '2005', title: 'First period' },
        { id: 'b', start: '2003', end: '2008', title: 'Overlaps the first' },
        { id: 'c', start: '2004-06', end: '2006', title: 'Overlaps both' },
        { id: 'd', start: '2009', end: '2010', title: 'On its own' },
      ]}
    ></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const rows = new Set(parts(el, 'period').map((p) => Math.round(p.getBoundingClientRect().y)));
    expect(rows.size).toBe(3);
  },
};

export const DenseContext: Story = {
  name: '1,000 events',
  render: () => html`<drawdown-timeline lang="en" .data=${syntheticDocument(1000, 7)}></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.events.length).toBe(1000);
    const labels = parts(el, 'label').map((l) => l.getBoundingClientRect());
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!;
        const b = labels[j]!;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    }
  },
};

export const LargeArabic: Story = {
  name: '20,000 events in Arabic',
  render: () =>
    html`<drawdown-timeline lang="ar" .data=${syntheticDocument(20_000, 11)}></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.events.length).toBe(20_000);
    const elements = () => el.shadowRoot!.querySelectorAll('*').length;
    // Dense stretches become counts; the page holds a bounded number of elements at any N.
    expect(parts(el, 'cluster').length).toBeGreaterThan(10);
    expect(elements()).toBeLessThan(2000);
    const before = el.currentLayout!.window;
    // The first control zooms in.
    parts(el, 'controls')[0]!.querySelector('button')!.click();
    await waitFor(() =>
      expect(el.currentLayout!.window.end - el.currentLayout!.window.start).toBeLessThan(
        before.end - before.start,
      ),
    );
    expect(elements()).toBeLessThan(2000);
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme from outside CSS',
  render: () =>
    html`<style>
        .newsroom drawdown-timeline {
          --drawdown-font-family: Georgia, 'Noto Naskh Arabic', serif;
          --drawdown-color-background: #fbf7ef;
          --drawdown-color-text: #2b2118;
          --drawdown-color-muted: #5b4a3a;
          --drawdown-color-grid: #e4d8c4;
          --drawdown-category-1: #7a1f1f;
          --drawdown-category-2: #1f4e7a;
          --drawdown-category-3: #2f6b2f;
        }
        .newsroom drawdown-timeline::part(caption) {
          font-size: 1.5rem;
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
        .newsroom drawdown-timeline::part(label) {
          border-radius: 0;
        }
      </style>
      <div class="newsroom"><drawdown-timeline lang="en"></drawdown-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(251, 247, 239)');
    const caption = el.shadowRoot!.querySelector('figcaption')!;
    expect(getComputedStyle(caption).textTransform).toBe('uppercase');
  },
};
