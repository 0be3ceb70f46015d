/**
 * Attribute values as a CMS writes them: enumerated values in any case, ids with spaces around
 * them, empty fields. And the `categories` filter reaches everything that shows events: the
 * selection, its card and the list.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventNode, mount, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

describe('enumerated attributes in any case', () => {
  it('theme="Dark", view="List", numbering="ARAB" and calendar="Islamic-Umalqura" mean what their lower case means', async () => {
    const warn = warnings();
    const el = await mount({
      lang: 'en',
      theme: 'Dark',
      view: 'List',
      numbering: 'ARAB',
      calendar: 'Islamic-Umalqura',
    });
    expect(getComputedStyle(el).colorScheme).toBe('dark');
    expect(q(el, '[part="list"]')).toHaveLength(1);
    expect(q(el, '[part="list"]')[0]!.textContent).toMatch(/[\\u0660-\\u0669]/);
    expect(q(el, '[part="list"]')[0]!.textContent).toContain('AH');
    // The toggle reads the view in force: from the list it goes to the chart.
    const toggle = q<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-pressed') === 'true')!;
    toggle.click();
    await settle(el);
    expect(q(el, '[part="list"]')).toHaveLength(0);
    expect(q(el, 'svg[part~="chart"]').length).toBeGreaterThan(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('orientation="Vertical" lays the chart out vertically at a desktop width', async () => {
    const warn = warnings();
    const el = await mount({ lang: 'en', orientation: 'Vertical' }, 1000);
    expect(el.currentLayout!.orientation).toBe('vertical');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('selected as a CMS writes it', () => {
  it('an id with spaces around it selects that event; an empty one selects nothing, silently', async () => {
    const warn = warnings();
    const el = await mount({ lang: 'en', selected: ' agreement ' });
    expect(eventNode(el, 'agreement').getAttribute('aria-pressed')).toBe('true');
    expect(q(el, '[part~="card"]').length).toBeGreaterThan(0);
    const blank = await mount({ lang: 'en', selected: '' });
    expect(q(blank, '[aria-pressed="true"]')).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the categories filter', () => {
  it('an event it hides cannot be selected: no card, one warning that says why', async () => {
    const warn = warnings();
    const el = await mount({ lang: 'en', categories: 'agreement' });
    const selects: unknown[] = [];
    el.addEventListener('drawdown-select', (e) => selects.push(e));
    el.select('mosul-falls');
    await settle(el);
    expect(el.selected).toBeUndefined();
    expect(selects).toHaveLength(0);
    expect(q(el, '[part~="card"]')).toHaveLength(0);
    el.setAttribute('selected', 'mosul-falls');
    await settle(el);
    expect(q(el, '[part~="card"]')).toHaveLength(0);
    expect(warn.mock.calls.some((c) => String(c[0]).includes('categories filter hides'))).toBe(true);
    // An event it shows is selected as before.
    el.select('agreement');
    await settle(el);
    expect(el.selected).toBe('agreement');
  });

  it('the list shows the events the chart shows, and only those', async () => {
    const el = await mount({ lang: 'en', categories: 'agreement', view: 'list' });
    const listed = q(el, '[part="list"] li[data-id]').map((li) => li.dataset.id!);
    const charted = el.events.filter((e) => e.category === 'agreement').map((e) => e.id);
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...charted].sort());
    expect(listed).not.toContain('mosul-falls');
  });
});
