import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type {} from '../../src/jsx.js';
import type { DrawdownSelectDetail, DrawdownTimeline } from '../../src/index.js';
import { eventNode, settle } from './helpers.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

describe('React 19', () => {
  it('sets the data property, attributes, and hears drawdown-select', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const selections: Array<string | undefined> = [];
    const doc = {
      version: 1 as const,
      title: 'From React',
      events: [
        { id: 'a', start: '2020', title: 'A' },
        { id: 'b', start: '2021-06', title: 'B' },
      ],
    };
    flushSync(() =>
      root!.render(
        createElement('drawdown-timeline', {
          lang: 'en',
          data: doc,
          'heading-level': 4,
          style: { width: '800px', display: 'block' },
          'ondrawdown-select': (e: CustomEvent<DrawdownSelectDetail>) => selections.push(e.detail.id),
        }),
      ),
    );
    const el = container.querySelector('drawdown-timeline') as DrawdownTimeline;
    await settle(el);
    // An object can only arrive as a property: React 19 set it on the element.
    expect(el.data).toBe(doc);
    expect(el.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent!.trim()).toBe('From React');
    eventNode(el, 'b').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(selections).toEqual(['b']);
    expect(
      el.shadowRoot!.querySelector('[part~="detail"] [role="heading"]')!.getAttribute('aria-level'),
    ).toBe('4');
  });
});
