import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';
import type { DrawdownTimeline } from '../src/index.js';
import type { TimelineDocument } from '../src/schema/document.js';
import { parts, render, timeline, type Args } from './support.js';

const meta: Meta<Args> = {
  title: 'Timeline/Story',
  component: 'drawdown-timeline',
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** A short document whose middle event has an image (a local file, with its size). */
const withImage: TimelineDocument = {
  version: 1,
  title: 'Riverside Park',
  description: 'How a field by the river became a park: a sample with pictures.',
  events: [
    {
      id: 'field',
      start: '1998',
      title: 'A field by the river',
      summary: 'Neighbours ask for the field to stay open.',
    },
    {
      id: 'bridge',
      start: '2006-09-15',
      title: 'The footbridge opens',
      summary: 'The two banks are joined for people on foot and on bicycles.',
      media: {
        url: 'fixtures/media/bridge.svg',
        alt: 'A grey arched footbridge over a blue river',
        caption: 'The footbridge joins the two banks.',
        credit: 'Sample drawing',
        width: 320,
        height: 200,
      },
    },
    { id: 'opening', start: '2008-06', qualifier: 'early', title: 'The park opens' },
  ],
};

function card(el: DrawdownTimeline): HTMLElement {
  return parts(el, 'card')[0]!;
}

export const EventWithMedia: Story = {
  name: 'An event with an image',
  args: { lang: 'en', selected: 'bridge' },
  render: (args) =>
    html`<drawdown-timeline
      lang=${args.lang!}
      selected=${args.selected!}
      .data=${withImage}
    ></drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(card(el)).toBeTruthy());
    const img = card(el).querySelector('img')!;
    expect(img.alt).toBe('A grey arched footbridge over a blue river');
    expect(img.getAttribute('width')).toBe('320');
    await waitFor(() => expect(img.complete && img.naturalWidth).toBe(320));
    expect(card(el).querySelector('figcaption')!.textContent).toContain('Sample drawing');
  },
};

/** Steps through the whole built-in story with Next, then back with Previous. */
async function stepThrough(canvasElement: HTMLElement, of: string): Promise<void> {
  const el = await timeline(canvasElement);
  const order = el.events.map((e) => e.id);
  el.select(order[0]);
  await el.updateComplete;
  const next = () => card(el).querySelector<HTMLButtonElement>('[part~="next"]')!;
  const previous = () => card(el).querySelector<HTMLButtonElement>('[part~="previous"]')!;
  const seen = [el.selected];
  for (let i = 1; i < order.length; i++) {
    await userEvent.click(next());
    await el.updateComplete;
    seen.push(el.selected);
  }
  expect(seen).toEqual(order);
  expect(card(el).querySelector('.position')!.textContent!.trim()).toBe(
    `${order.length} ${of} ${order.length}`,
  );
  await userEvent.click(previous());
  await el.updateComplete;
  expect(el.selected).toBe(order.at(-2));
}

export const SteppingEnglish: Story = {
  name: 'Card: Next and Previous (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => stepThrough(canvasElement, 'of'),
};

export const SteppingArabic: Story = {
  name: 'Card: Next and Previous (Arabic)',
  args: { lang: 'ar', numbering: 'latn' },
  play: async ({ canvasElement }) => {
    await stepThrough(canvasElement, 'من');
    const el = await timeline(canvasElement);
    const at = (part: string) => card(el).querySelector(`[part~="${part}"]`)!.getBoundingClientRect().left;
    // Right to left: Next, towards later events, is on the left.
    expect(at('next')).toBeLessThan(at('previous'));
  },
};

export const PhoneCard: Story = {
  name: 'Card on a phone (375 px)',
  args: { lang: 'en', width: '375px' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.currentLayout!.orientation).toBe('vertical');
    const mark = el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][data-id="mission-end"]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => expect(el.shadowRoot!.activeElement?.classList.contains('detail-title')).toBe(true));
    expect(card(el).getBoundingClientRect().width).toBeLessThanOrEqual(375);
  },
};

export const Tooltip: Story = {
  name: 'Tooltip of a focused mark',
  args: { lang: 'en' },
  parameters: { revealsParts: ['tooltip'] },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][data-id="mosul-falls"]')!.focus();
    await waitFor(() => expect(parts(el, 'tooltip')).toHaveLength(1));
    const tip = parts(el, 'tooltip')[0]!;
    expect(tip.dataset.id).toBe('mosul-falls');
    expect(tip.textContent).toContain('ISIS captures Mosul');
  },
};

export const TitleCard: Story = {
  name: 'Title card',
  args: { lang: 'en', 'title-card': true },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(card(el).getAttribute('part')).toContain('title-card');
    expect(card(el).textContent).toContain('drawdown');
    await userEvent.click(card(el).querySelector('[part~="next"]')!);
    await el.updateComplete;
    expect(el.selected).toBe(el.events[0]!.id);
  },
};

export const TimelineJsWithImages: Story = {
  name: 'TimelineJS3 document with images',
  args: { lang: 'en', src: 'fixtures/riverside.json', 'title-card': true },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    await waitFor(() => expect(el.events.length).toBe(5), { timeout: 5000 });
    // Every picture came through as an image; the video stays a source link.
    expect(el.events.filter((e) => e.media?.kind === 'image')).toHaveLength(4);
    expect(el.events.at(-1)!.media).toBeUndefined();
    expect(el.events.at(-1)!.sources[0]!.url).toBe('https://www.youtube.com/watch?v=sample');
    // The title slide is the title card.
    await waitFor(() => expect(card(el).textContent).toContain('Riverside Park'));
    el.view = 'list';
    await el.updateComplete;
    const imgs = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part~="list"] img')];
    expect(imgs).toHaveLength(4);
    await waitFor(() => expect(imgs.every((i) => i.complete && i.naturalWidth === 320)).toBe(true), {
      timeout: 5000,
    });
  },
};

export const HtmlAuthored: Story = {
  name: 'Timeline written as HTML in the element',
  render: () =>
    html`<drawdown-timeline lang="en">
      <h2>Riverside Park</h2>
      <p>How a field by the river became a park: a sample written as plain HTML.</p>
      <ol>
        <li data-id="field" data-category="planning" data-importance="core">
          <time datetime="1998">1998</time> <strong>A field by the river</strong>
          <p>Neighbours ask the town to keep the field open to everyone.</p>
          <img
            src="fixtures/media/river-field.png"
            alt="A green field with a river"
            width="320"
            height="200"
          />
        </li>
        <li data-id="bridge" data-category="building" data-importance="core">
          <time datetime="2006-09-15">15 September 2006</time> <strong>The footbridge opens</strong>
          <p>The two banks are joined for people on foot and on bicycles.</p>
          <a href="https://example.org/riverside">Riverside Gazette</a>
        </li>
        <li data-id="works" data-qualifier="late">
          <time datetime="2004">2004</time>–<time datetime="2006">2006</time> <strong>Building works</strong>
        </li>
      </ol>
    </drawdown-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    // The HTML reader is a chunk fetched the first time a page needs it.
    await waitFor(() => expect(el.events.map((e) => e.id)).toEqual(['field', 'works', 'bridge']), {
      timeout: 5000,
    });
    await waitFor(() => expect(parts(el, 'event')).toHaveLength(3));
    expect(el.problems).toEqual([]);
    expect(el.events[0]!.media?.alt).toBe('A green field with a river');
    // Drawn as the chart; the written list stays in the page's text, out of view.
    expect(parts(el, 'event')).toHaveLength(3);
    expect(el.querySelector('ol')!.checkVisibility()).toBe(false);
    expect(el.textContent).toContain('The footbridge opens');
  },
};
