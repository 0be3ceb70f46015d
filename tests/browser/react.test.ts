import { afterEach, describe, expect, it } from 'vitest';
import { createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { DrawdownSelectDetail, DrawdownTimeline as DrawdownTimelineElement } from '../../src/index.js';
import { DrawdownTimeline } from '../../src/react.js';
import { eventNode, settle } from './helpers.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

describe('React 19', () => {
  it('the bare tag: React sets the data property, attributes, and hears drawdown-select', async () => {
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
    const el = container.querySelector('drawdown-timeline') as DrawdownTimelineElement;
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

  it('the wrapper sets camelCase props as properties and calls onDrawdownSelect and onDrawdownRangeChange', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const selections: Array<string | undefined> = [];
    const ranges: string[] = [];
    const ref = createRef<DrawdownTimelineElement>();
    const doc = {
      version: 1 as const,
      title: 'Through the wrapper',
      events: [
        { id: 'a', start: '2020', title: 'A' },
        { id: 'b', start: '2021-06', title: 'B' },
        { id: 'c', start: '2022-03-04', title: 'C' },
      ],
    };
    const draw = (headingLevel: number) =>
      flushSync(() =>
        root!.render(
          createElement(DrawdownTimeline, {
            ref,
            lang: 'en',
            data: doc,
            headingLevel,
            timeDirection: 'rtl',
            style: { width: '800px', display: 'block' },
            onDrawdownSelect: (e) => selections.push(e.detail.id),
            onDrawdownRangeChange: (e) => ranges.push(`${e.detail.start}/${e.detail.end}`),
          }),
        ),
      );
    draw(5);
    const el = ref.current!;
    expect(el).toBe(container.querySelector('drawdown-timeline'));
    await settle(el);
    expect(el.data).toBe(doc);
    expect(el.headingLevel).toBe(5);
    expect(el.timeDirection).toBe('rtl');
    // Time runs right to left: the earliest event is drawn furthest right.
    expect(eventNode(el, 'a').getBoundingClientRect().x).toBeGreaterThan(
      eventNode(el, 'c').getBoundingClientRect().x,
    );
    eventNode(el, 'b').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(selections).toEqual(['b']);
    expect(
      el.shadowRoot!.querySelector('[part~="detail"] [role="heading"]')!.getAttribute('aria-level'),
    ).toBe('5');
    el.zoomTo('2021', '2021-12');
    await settle(el);
    expect(ranges.at(-1)).toMatch(/^2021-01-01\//);
    // A new prop value reaches the same element.
    draw(2);
    await settle(el);
    expect(ref.current).toBe(el);
    expect(
      el.shadowRoot!.querySelector('[part~="detail"] [role="heading"]')!.getAttribute('aria-level'),
    ).toBe('2');
  });
});
