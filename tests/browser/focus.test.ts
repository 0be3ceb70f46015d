import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { focusedId, key, mount, mountData, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** 600 events spread evenly over 2000–2019: too many to draw one by one, so they cluster. */
function crowded(): unknown {
  const events = Array.from({ length: 600 }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 20 * 365.25 * 86_400_000) / 600));
    return { id: `e${i}`, start: day.toISOString().slice(0, 10), title: `Event ${i}` };
  });
  return { version: 1, title: 'Crowded', events };
}

/** The chart's one tab stop, as Tab reaches it. */
function tabStop(el: DrawdownTimeline): SVGGElement {
  const stop = el.shadowRoot!.querySelector<SVGGElement>('svg [data-id][tabindex="0"]');
  expect(stop, 'the chart has a tab stop').not.toBeNull();
  return stop!;
}

/** The element focused inside the chart, checked to be there (not <body>). */
function focusedMark(el: DrawdownTimeline): Element {
  expect(document.activeElement).toBe(el);
  const node = el.shadowRoot!.activeElement;
  expect(node?.closest('svg')).not.toBeNull();
  return node!;
}

/** A mark is in view when the layout draws it inside the visible window. */
function inView(el: DrawdownTimeline, id: string): boolean {
  const layout = el.currentLayout!;
  const mark = layout.events.find((m) => m.event.id === id);
  return (
    mark !== undefined &&
    !mark.offscreen &&
    mark.event.time >= layout.window.start &&
    mark.event.time < layout.window.end
  );
}

describe('focus stays in the chart', () => {
  it('+ at the last event zooms around it: focus stays on that mark, and it stays in view', async () => {
    const el = await mount({ lang: 'en' });
    tabStop(el).focus();
    key(tabStop(el), 'End');
    await settle(el);
    const last = focusedId(el)!;
    expect(last).toBeTruthy();
    for (let i = 0; i < 3; i++) {
      key(focusedMark(el), '+');
      await settle(el);
      expect(focusedId(el)).toBe(last);
      expect(inView(el, last)).toBe(true);
    }
    key(focusedMark(el), '-');
    await settle(el);
    expect(focusedId(el)).toBe(last);
    expect(inView(el, last)).toBe(true);
  });

  it('+ zooms around the focused mark even while another event is selected', async () => {
    const el = await mount({ lang: 'en', selected: 'mosul-falls' });
    tabStop(el).focus();
    key(tabStop(el), 'End');
    await settle(el);
    const last = focusedId(el)!;
    expect(last).not.toBe('mosul-falls');
    for (let i = 0; i < 3; i++) {
      key(focusedMark(el), '+');
      await settle(el);
      expect(focusedId(el)).toBe(last);
      expect(inView(el, last)).toBe(true);
    }
  });

  it('Enter on a cluster opens it and focuses its first member', async () => {
    const el = await mountData(crowded());
    const cluster = el.currentLayout!.clusters[0];
    expect(cluster, 'the crowded document draws clusters').toBeDefined();
    const node = el.shadowRoot!.querySelector<SVGGElement>(`[part~="cluster"][data-id="${cluster!.id}"]`)!;
    node.focus();
    key(node, 'Enter');
    await settle(el);
    const first = cluster!.events[0]!.id;
    expect(focusedId(el)).toBe(first);
    expect(focusedMark(el).closest('[part~="event"]')).not.toBeNull();
    expect(inView(el, first)).toBe(true);
  });

  it('"Show everything" gives focus back to the chart when it becomes disabled', async () => {
    const el = await mount({ lang: 'en' });
    el.zoomTo('2024', '2025');
    await settle(el);
    const reset = q<HTMLButtonElement>(el, '[part~="controls"] button').find(
      (b) => b.textContent!.trim() === 'Show everything',
    )!;
    expect(reset.disabled).toBe(false);
    reset.focus();
    reset.click();
    await settle(el);
    expect(reset.disabled).toBe(true);
    expect(document.activeElement).toBe(el);
    const node = focusedMark(el);
    expect(node.getAttribute('tabindex')).toBe('0');
    // The keys go on working from there.
    key(node, 'Home');
    await settle(el);
    expect(focusedId(el)).toBe(el.currentLayout!.events[0]!.event.id);
  });

  it("the card's Close, and Escape on a mark, give focus back to the event whose card closed", async () => {
    const el = await mount({ lang: 'en' });
    el.select('agreement');
    await settle(el);
    const close = q<HTMLButtonElement>(el, '[part~="card"] button.close')[0]!;
    close.focus();
    close.click();
    await settle(el);
    expect(el.hasAttribute('selected')).toBe(false);
    expect(q(el, '[part~="card"]')).toHaveLength(0);
    expect(focusedMark(el).getAttribute('data-id')).toBe('agreement');
    // Escape from another mark's card does the same for that mark.
    el.select('mosul-falls');
    await settle(el);
    key(focusedMark(el), 'Escape');
    await settle(el);
    expect(el.hasAttribute('selected')).toBe(false);
    expect(focusedId(el)).toBe('mosul-falls');
  });
});

describe('keyboard pan', () => {
  it('the forward arrow at the last visible event pans to the next event and focuses it; back again the same way', async () => {
    const el = await mount({ lang: 'en' });
    const all = el.events.map((e) => e.id);
    el.zoomTo('2024-09', '2024-12');
    await settle(el);
    const visible = () => el.currentLayout!.events.filter((m) => !m.offscreen).map((m) => m.event.id);
    const lastShown = visible().at(-1)!;
    const after = all[all.indexOf(lastShown) + 1]!;
    expect(after, 'an event lies after the window').toBeTruthy();
    expect(visible()).not.toContain(after);
    tabStop(el).focus();
    key(tabStop(el), 'End');
    await settle(el);
    expect(focusedId(el)).toBe(lastShown);
    key(focusedMark(el), 'ArrowRight');
    await settle(el);
    expect(focusedId(el)).toBe(after);
    expect(inView(el, after)).toBe(true);
    expect(el.getAttribute('start')).not.toBeNull();

    const firstShown = visible()[0]!;
    const before = all[all.indexOf(firstShown) - 1]!;
    expect(before, 'an event lies before the window').toBeTruthy();
    tabStop(el).focus();
    key(tabStop(el), 'Home');
    await settle(el);
    expect(focusedId(el)).toBe(firstShown);
    key(focusedMark(el), 'ArrowLeft');
    await settle(el);
    expect(focusedId(el)).toBe(before);
    expect(inView(el, before)).toBe(true);
  });
});
