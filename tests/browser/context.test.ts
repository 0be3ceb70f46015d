/**
 * Language and direction come from the element or its nearest ancestor, across shadow roots, and
 * follow that ancestor when a page switches language after the chart is drawn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mount, q, settle } from './helpers.js';

afterEach(() => document.body.replaceChildren());

const controlsText = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('[part~="controls"] button')]
    .map((b) => b.getAttribute('aria-label') ?? b.textContent)
    .join(' ');

describe('language and direction from ancestors', () => {
  it('a language switch on an ancestor after the first render redraws the chart in that language', async () => {
    const page = document.createElement('div');
    page.lang = 'en';
    document.body.append(page);
    const el = await mount({}, 1000, page);
    expect(q(el, 'figure, [part~="chart"]').length).toBeGreaterThan(0);
    const english = controlsText(el);
    expect(english).toMatch(/[A-Za-z]/);
    page.lang = 'ar';
    await settle(el);
    expect(controlsText(el)).not.toBe(english);
    expect(controlsText(el)).toMatch(/[\u0600-\u06FF]/);
    // Arabic runs right to left: the earliest event is now drawn to the right of the latest.
    const x = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)!.getBoundingClientRect().x;
    expect(x('isis-expansion')).toBeGreaterThan(x('mission-end'));
  });

  it('a dir switch on an ancestor inside another shadow root reaches the chart', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('section');
    wrapper.lang = 'en';
    wrapper.dir = 'ltr';
    root.append(wrapper);
    const el = await mount({}, 1000, wrapper);
    const x = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)!.getBoundingClientRect().x;
    expect(x('isis-expansion')).toBeLessThan(x('mission-end'));
    wrapper.dir = 'rtl';
    await settle(el);
    expect(x('isis-expansion')).toBeGreaterThan(x('mission-end'));
  });
});
