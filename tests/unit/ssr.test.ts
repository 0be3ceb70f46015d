import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/define.js';
import { drawdownStory } from '../../src/data/drawdown.js';
import { SERVER_DOCUMENT } from '../ssr-document.js';

/** Text as a reader meets it: tags dropped, entities and whitespace folded. */
function readable(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** The host element's start tag, with its spaces folded. */
function hostTag(markup: string): string {
  const start = markup.indexOf('<drawdown-timeline');
  return markup
    .slice(start, markup.indexOf('>', start) + 1)
    .replace(/\s+/g, ' ')
    .replace(' >', '>');
}

const doc = SERVER_DOCUMENT;

describe('server rendering with @lit-labs/ssr', () => {
  it('renders the built-in story as declarative shadow DOM: title, dek and every event in the list', async () => {
    const markup = await collectResult(render(html`<drawdown-timeline lang="en"></drawdown-timeline>`));
    expect(markup).toMatch(/<template[^>]* shadowrootmode="open"/);
    const text = readable(markup);
    const en = (t: unknown) => (typeof t === 'string' ? t : (t as { en: string }).en);
    expect(text).toContain(en(drawdownStory.title));
    expect(text).toContain(en(drawdownStory.description));
    for (const event of drawdownStory.events) expect(text).toContain(en(event.title));
    expect(markup).toMatch(/part="list"/);
    // Nothing that needs measuring, and no controls a reader without JavaScript cannot use.
    expect(markup).not.toMatch(/part="(chart|controls)"/);
  });

  it('renders a document given as data, in Arabic when asked', async () => {
    const markup = await collectResult(
      render(html`<drawdown-timeline lang="ar" .data=${doc}></drawdown-timeline>`),
    );
    const text = readable(markup);
    for (const t of [
      'Rendered on a server',
      'A dek that needs no script',
      'First event',
      'What happened first',
      'Second event',
    ])
      expect(text).toContain(t);
    const figure = markup.slice(markup.indexOf('<figure'), markup.indexOf('>', markup.indexOf('<figure')));
    expect(figure).toContain('lang="ar"');
    expect(figure).toContain('dir="rtl"');
  });

  it('writes no default values onto the host, and fetches nothing for src', async () => {
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL) => {
      requested.push(String(input));
      return realFetch(input);
    }) as typeof fetch;
    try {
      const markup = await collectResult(
        render(html`<drawdown-timeline lang="en" src="/story.json"></drawdown-timeline>`),
      );
      expect(hostTag(markup)).toBe('<drawdown-timeline lang="en" src="/story.json">');
      expect(markup).toContain('aria-busy="true"');
      expect(requested).toEqual([]);
      const plain = await collectResult(render(html`<drawdown-timeline></drawdown-timeline>`));
      expect(hostTag(plain)).toBe('<drawdown-timeline>');
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
