import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { once, q, settle, stubFetch } from './helpers.js';
import type { DrawdownErrorDetail } from '../../src/index.js';

const realFetch = window.fetch;
afterEach(() => {
  document.body.replaceChildren();
  window.fetch = realFetch;
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

/** Builds an element from markup a CMS would write, and waits until it has read it. */
async function written(markup: string, attrs: Record<string, string> = {}): Promise<DrawdownTimeline> {
  // Parsed as a page's markup is (DOMParser runs no script and loads nothing), then moved in.
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
  return authored((el) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.append(...parsed.childNodes);
  });
}

const dek = (el: DrawdownTimeline) => q(el, '[part~="dek"]')[0]?.textContent?.trim();
const caption = (el: DrawdownTimeline) => el.shadowRoot!.querySelector('figcaption')?.textContent ?? '';

describe('a story written in the element is the story the page shows', () => {
  const item =
    '<li data-id="a" data-importance="core"><time datetime="2019-03-04">4 March 2019</time> <strong>Budget shortfall found</strong></li>';

  it('is read inside the wrappers a CMS puts around it, at any depth', async () => {
    for (const markup of [
      `<div class="cms-wrapper"><h2>City budget crisis</h2><p>How the council ran out of money.</p><ul>${item}</ul></div>`,
      `<section><h2>City budget crisis</h2><p>How the council ran out of money.</p><ol>${item}</ol></section>`,
      `<div class="field"><div class="field-item"><article><h2>City budget crisis</h2></article><p>How the council ran out of money.</p><ol>${item}</ol></div></div>`,
    ]) {
      const el = await written(markup);
      expect(
        el.events.map((e) => e.id),
        markup,
      ).toEqual(['a']);
      expect(caption(el), markup).toContain('City budget crisis');
      expect(dek(el), markup).toBe('How the council ran out of money.');
      expect(el.problems, markup).toEqual([]);
      el.remove();
    }
  });

  it("takes neither the title nor the dek from inside the list's items", async () => {
    const el = await written(
      '<div><ol><li data-id="a"><time datetime="2001">2001</time><h3>Item heading</h3><p>Item text</p></li></ol><p>The dek</p></div>',
    );
    expect(el.events.map((e) => [e.id, e.title, e.summary])).toEqual([['a', 'Item heading', 'Item text']]);
    expect(dek(el)).toBe('The dek');
    expect(caption(el)).not.toContain('Item heading');
  });

  it('never shows the built-in story once an author has written something: no list is a problem that says what was expected', async () => {
    for (const markup of [
      '<div class="cms-wrapper"><h2>City budget crisis</h2><p>Just a paragraph.</p></div>',
      '<h2>My story</h2><p>Just a paragraph.</p>',
      'Loading timeline…',
    ]) {
      const el = await written(markup, { debug: '' });
      expect(el.events, markup).toEqual([]);
      expect(caption(el), markup).not.toContain('Iraq');
      expect(
        el.problems.map((p) => [p.path, p.message, p.severity]),
        markup,
      ).toEqual([
        [
          '',
          'expected a list (<ol> or <ul>) of events, each <li> with a <time datetime="YYYY-MM-DD"> and a <strong> headline',
          'error',
        ],
      ]);
      const box = q(el, '[part~="message"]')[0]!;
      expect(box.textContent, markup).toContain('expected a list (<ol> or <ul>) of events');
      el.remove();
    }
  });

  it('shows the built-in story when the element holds only white space and comments', async () => {
    const el = await written('\n  <!-- the story goes here -->\n  ');
    expect(el.events.length).toBeGreaterThan(5);
    expect(el.problems).toEqual([]);
  });

  it('follows edits to the attributes it reads (a date, an importance)', async () => {
    const el = await written(
      `<ol>${item}<li data-id="b"><time datetime="2020">2020</time> <strong>B</strong></li></ol>`,
    );
    expect(el.events.find((e) => e.id === 'a')!.importance).toBe('core');
    el.querySelector('li[data-id="a"] time')!.setAttribute('datetime', '2018-01-01');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.events.find((e) => e.id === 'a')!.start.iso).toBe('2018-01-01');
    el.querySelector<HTMLElement>('li[data-id="a"]')!.dataset.importance = 'context';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.events.find((e) => e.id === 'a')!.importance).toBe('context');
  });

  it('reads HTML as it means: a line break parts words, <b> is a headline, a datetime with a time is that day', async () => {
    const el = await written(
      '<h2>Title<br>on two lines</h2><p>How the <em>council</em> ran out of money.<br>A second line.</p><ol>' +
        '<li data-id="b"><time datetime="2019-07">July 2019</time> <b>Council votes on cuts</b><p>A <strong>first</strong> line<br>and a second.</p></li>' +
        '<li data-id="f"><time datetime="2022-05-05T10:00">5 May 2022, 10am</time><strong>Time with hour</strong></li>' +
        '<li data-id="g"><time datetime="2022-05-06 23:30:15.5+04:00">late on 6 May</time><strong>With a zone</strong></li>' +
        '<li data-id="h"><time datetime="2022-05-07T25:00">bad</time><strong>Not a time</strong></li>' +
        '</ol>',
    );
    expect(dek(el)).toBe('How the council ran out of money. A second line.');
    expect(caption(el)).toContain('Title on two lines');
    expect(el.events.map((e) => [e.id, e.start.iso, e.title])).toEqual([
      ['b', '2019-07', 'Council votes on cuts'],
      ['f', '2022-05-05', 'Time with hour'],
      ['g', '2022-05-06', 'With a zone'],
    ]);
    expect(el.events[0]!.summary).toBe('A first line and a second.');
    expect(el.problems.map((p) => p.path)).toEqual(['item 4']);
  });

  it("names a problem the schema finds by the item's position as the author counts it", async () => {
    const el = await written(
      '<ol><li><strong>No date</strong></li>' +
        '<li data-id="c"><time datetime="2020-01-15">15 January</time> <strong>Mayor resigns</strong> <a href="javascript:alert(1)">bad link</a></li></ol>',
    );
    expect(el.events.map((e) => e.id)).toEqual(['c']);
    expect(el.problems.map((p) => [p.path, p.severity])).toEqual([
      ['item 1', 'error'],
      ['item 2.sources[0].url', 'warning'],
    ]);
  });

  it('with debug, lists every problem, warnings too, and counts them all', async () => {
    const el = await written(
      '<ol><li data-id="a"><time datetime="2001">2001</time><strong>A</strong><img src="a.png"></li>' +
        '<li><strong>No date</strong></li>' +
        '<li data-id="c"><time datetime="2003">2003</time><strong>C</strong><a href="javascript:x">x</a></li></ol>',
      { debug: '' },
    );
    expect(el.problems).toHaveLength(3);
    const box = q(el, '[part~="message"]')[0]!;
    expect(box.querySelectorAll('.problems li')).toHaveLength(3);
    expect(box.firstElementChild!.textContent).toContain('3 problems');
  });
});

describe('src beside a story written in the element', () => {
  const list =
    '<h2>Fallback story</h2><ol><li data-id="a"><time datetime="2020">2020</time> <strong>A</strong></li></ol>';

  it('an empty or blank src is no source: the written story is read, and nothing is fetched', async () => {
    const calls = stubFetch(async () => new Response('{}'));
    for (const src of ['', '   ']) {
      const el = await written(list, { src });
      expect(
        el.events.map((e) => e.id),
        JSON.stringify(src),
      ).toEqual(['a']);
      expect(el.problems).toEqual([]);
      el.remove();
    }
    expect(calls).toEqual([]);
  });

  it('an empty or blank src with nothing written is a problem, never the built-in story', async () => {
    const calls = stubFetch(async () => new Response('{}'));
    for (const src of ['', '   ']) {
      const el = document.createElement('drawdown-timeline');
      el.setAttribute('lang', 'en');
      el.setAttribute('src', src);
      const failed = once<DrawdownErrorDetail>(el, 'drawdown-error');
      document.body.append(el);
      const detail = await failed;
      await settle(el);
      expect(el.events).toEqual([]);
      expect(detail.issues.map((p) => [p.path, p.severity])).toEqual([['src', 'error']]);
      expect(el.problems[0]!.message).toContain('empty');
      expect(q(el, '[part~="message"]')).toHaveLength(1);
      el.remove();
    }
    expect(calls).toEqual([]);
  });

  it('a failed src with a written or inline fallback shows the fallback without the failure box, and reports the failure once', async () => {
    stubFetch(async () => new Response('x', { status: 404, statusText: 'Not Found' }));
    const json = `<script type="application/json">${JSON.stringify({
      version: 1,
      title: 'Inline',
      events: [{ id: 'a', start: '2020', title: 'A' }],
    })}</script>`;
    for (const markup of [list, json]) {
      const errors: DrawdownErrorDetail[] = [];
      const listen = (e: Event) => errors.push((e as CustomEvent<DrawdownErrorDetail>).detail);
      document.addEventListener('drawdown-error', listen);
      const el = await written(markup, { src: '/nope.json' });
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
      document.removeEventListener('drawdown-error', listen);
      expect(
        el.events.map((e) => e.id),
        markup,
      ).toEqual(['a']);
      expect(q(el, '[part~="message"]'), markup).toHaveLength(0);
      expect(
        errors.map((d) => d.status),
        markup,
      ).toEqual([404]);
      el.remove();
    }
  });
});
