import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Builds an element whose content is written as HTML, with DOM APIs, and waits for its chart. */
async function authored(build: (el: HTMLElement) => void, width = 1000): Promise<DrawdownTimeline> {
  const host = document.createElement('div');
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', 'en');
  el.style.width = `${width}px`;
  build(el);
  host.append(el);
  document.body.append(host);
  // The HTML reader is a chunk of its own, fetched the first time a page needs it.
  for (let i = 0; i < 100 && el.events.length === 0 && el.problems.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await settle(el);
  return el;
}

function add(parent: Element, tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

function item(
  list: Element,
  attrs: Record<string, string>,
  parts: {
    times?: string[];
    title?: string;
    summary?: string;
    img?: Record<string, string>;
    link?: [string, string];
  },
): HTMLElement {
  const li = add(list, 'li', attrs);
  for (const t of parts.times ?? []) add(li, 'time', { datetime: t }, t);
  if (parts.title !== undefined) add(li, 'strong', {}, parts.title);
  if (parts.summary !== undefined) add(li, 'p', {}, parts.summary);
  if (parts.img) add(li, 'img', parts.img);
  if (parts.link) add(li, 'a', { href: parts.link[1] }, parts.link[0]);
  return li;
}

describe('a timeline written as HTML in the element', () => {
  it('becomes the chart: title, dek, events with periods, qualifiers, images and sources', async () => {
    const el = await authored((el) => {
      add(el, 'h2', {}, 'Riverside Park');
      add(el, 'p', {}, 'How a field became a park.');
      const ol = add(el, 'ol');
      item(
        ol,
        { 'data-id': 'field', 'data-category': 'land', 'data-importance': 'core' },
        {
          times: ['1998'],
          title: 'A field by the river',
          summary: 'Neighbours ask for it.',
          link: ['Town record', 'https://example.org/record'],
        },
      );
      item(
        ol,
        { 'data-id': 'works', 'data-qualifier': 'late' },
        {
          times: ['2003-04', '2006-09'],
          title: 'Building works',
          img: {
            src: '/stories/fixtures/media/park-plan.png',
            alt: 'A plan of paths',
            width: '320',
            height: '200',
          },
        },
      );
    });
    expect(el.problems).toEqual([]);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Riverside Park');
    const [field, works] = el.events;
    expect(field).toMatchObject({
      id: 'field',
      category: 'land',
      importance: 'core',
      summary: 'Neighbours ask for it.',
    });
    expect(field!.sources).toEqual([{ name: 'Town record', url: 'https://example.org/record' }]);
    expect(works).toMatchObject({ id: 'works', kind: 'period', qualifier: 'late', title: 'Building works' });
    expect(works!.start.iso).toBe('2003-04');
    expect(works!.end!.iso).toBe('2006-09');
    expect(works!.media).toEqual({
      kind: 'image',
      url: '/stories/fixtures/media/park-plan.png',
      alt: 'A plan of paths',
      width: 320,
      height: 200,
    });
    expect(el.currentLayout!.events.map((m) => m.event.id).sort()).toEqual(['field', 'works']);
  });

  it("reports each item's problems with its position and still draws the valid items", async () => {
    const el = await authored((el) => {
      const ol = add(el, 'ol');
      item(ol, { 'data-id': 'ok' }, { times: ['2001'], title: 'Fine' });
      item(ol, {}, { times: ['2024-02-30'], title: 'Bad date' });
      item(ol, {}, { times: ['2002'] });
      item(ol, { 'data-id': 'no-alt' }, { times: ['2003'], title: 'No alt', img: { src: 'a.png' } });
      item(ol, {}, { title: 'No date' });
      item(ol, { 'data-importance': 'huge' }, { times: ['2004'], title: 'Odd importance' });
    });
    expect(el.events.map((e) => e.id)).toEqual(['ok', 'no-alt']);
    expect(el.events[1]!.media).toBeUndefined();
    expect(el.problems.map((p) => [p.path, p.message, p.severity])).toEqual([
      ['item 2', 'start: "2024-02-30" is not a calendar date', 'error'],
      ['item 3', 'needs a headline in <strong>', 'error'],
      ['item 4', 'the image has no alt text; it is not shown', 'warning'],
      ['item 5', 'needs a <time datetime="YYYY-MM-DD"> with its date', 'error'],
      ['item 6', 'data-importance: expected "core" or "context"', 'error'],
    ]);
    expect(q(el, '[part~="message"]')).toHaveLength(1);
  });

  it('is read as text: markup written inside it never becomes markup', async () => {
    const el = await authored((el) => {
      const ol = add(el, 'ol');
      item(
        ol,
        { 'data-id': 'x' },
        { times: ['2001'], title: '<img src=x onerror=alert(1)>', summary: '</p><script>1</script>' },
      );
    });
    el.selected = 'x';
    await settle(el);
    const card = q(el, '[part~="card"]')[0]!;
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.querySelector('img, script')).toBeNull();
  });

  it('stays in the page as text but out of view once the chart is drawn', async () => {
    const el = await authored((el) => {
      const ol = add(el, 'ol');
      item(ol, { 'data-id': 'x' }, { times: ['2001'], title: 'Written in the page' });
    });
    expect(el.currentLayout).toBeDefined();
    const list = el.querySelector('ol')!;
    expect(el.textContent).toContain('Written in the page');
    expect(list.checkVisibility()).toBe(false);
  });

  it('follows edits to the page, and gives way to inline JSON', async () => {
    const el = await authored((el) => {
      const ol = add(el, 'ol');
      item(ol, { 'data-id': 'a' }, { times: ['2001'], title: 'A' });
    });
    item(el.querySelector('ol')!, { 'data-id': 'b' }, { times: ['2002'], title: 'B' });
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['a', 'b']);
    add(
      el,
      'script',
      { type: 'application/json' },
      JSON.stringify({ events: [{ id: 'j', start: '2010', title: 'J' }] }),
    );
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.events.map((e) => e.id)).toEqual(['j']);
  });
});
