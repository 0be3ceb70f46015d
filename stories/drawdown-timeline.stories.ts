import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import type { DrawdownTimeline } from '../src/index.js';

interface Args {
  lang?: string;
  dir?: string;
  src?: string;
  'time-direction'?: string;
  numbering?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Timeline/drawdown-timeline',
  component: 'drawdown-timeline',
  render: (args) =>
    html`<div style="max-width: ${args.width ?? '100%'}">
      <drawdown-timeline
        lang=${ifDefined(args.lang)}
        dir=${ifDefined(args.dir)}
        src=${ifDefined(args.src)}
        time-direction=${ifDefined(args['time-direction'])}
        numbering=${ifDefined(args.numbering)}
      ></drawdown-timeline>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The element inside a story's canvas, once its first render is done. */
async function timeline(canvas: HTMLElement): Promise<DrawdownTimeline> {
  const el = canvas.querySelector('drawdown-timeline')!;
  await el.updateComplete;
  return el;
}

function parts(el: DrawdownTimeline, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

const CORE = ['isis-expansion', 'agreement', 'bases-announcement', 'mission-end'];

export const DrawdownArabic: Story = {
  name: 'Drawdown (Arabic)',
  args: { lang: 'ar', numbering: 'latn' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(parts(el, 'label').length).toBeGreaterThanOrEqual(4));
    const labelled = parts(el, 'label').map((l) => l.dataset.id);
    for (const id of CORE) expect(labelled).toContain(id);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toMatch(/[\u0600-\u06FF]/);
    // Time runs right to left: 2014 lies to the right of 2025.
    const x = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .marker`)!.getBoundingClientRect().x;
    expect(x('isis-expansion')).toBeGreaterThan(x('mission-end'));
  },
};

export const DrawdownEnglish: Story = {
  name: 'Drawdown (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(parts(el, 'label').length).toBeGreaterThanOrEqual(4));
    const x = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .marker`)!.getBoundingClientRect().x;
    expect(x('isis-expansion')).toBeLessThan(x('mission-end'));
    expect(parts(el, 'estimate').length).toBeGreaterThan(0);
  },
};

export const FromSrc: Story = {
  name: 'From src',
  args: { lang: 'en', src: 'fixtures/apollo.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.events.map((e) => e.id)).toContain('apollo-11'), { timeout: 5000 });
    await el.updateComplete;
    expect(parts(el, 'period').length).toBe(4);
  },
};

export const InvalidData: Story = {
  name: 'Invalid data',
  args: { lang: 'en', src: 'fixtures/invalid.json' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(parts(el, 'message').length).toBe(1), { timeout: 5000 });
    const message = parts(el, 'message')[0]!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toContain('events[1].start');
    // The valid neighbours survive; the hostile title stays text.
    expect(el.events.map((e) => e.id)).toEqual(['ok-1', 'ok-2', 'bad-link']);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
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

export const Narrow: Story = {
  name: 'Drawdown (Arabic, 375 px)',
  args: { lang: 'ar', numbering: 'latn', width: '375px' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.currentLayout?.orientation).toBe('vertical'));
    const y = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .marker`)!.getBoundingClientRect().y;
    // Time runs down the phone layout.
    expect(y('isis-expansion')).toBeLessThan(y('mission-end'));
    const labelled = parts(el, 'label').map((l) => l.dataset.id);
    for (const id of CORE) expect(labelled).toContain(id);
  },
};

/** No events: the axis still draws and a message says so. */
export const Empty: Story = {
  name: 'Empty',
  render: () =>
    html`<drawdown-timeline
      lang="en"
      .data=${{ version: 1, title: 'Nothing yet', events: [] }}
    ></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(parts(el, 'axis').length).toBe(1);
    expect(el.shadowRoot!.textContent).toContain('No events to show.');
  },
};
