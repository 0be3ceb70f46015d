/**
 * Touch, through Chromium's own input pipeline (touch-action, scrolling, pointer events made from
 * touches): on a phone a drag along the axis pans the chart and a pinch zooms it, while a swipe
 * across the axis still scrolls the page, so a chart in an article never traps the reader.
 */
import type { CDPSession, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

type Point = { x: number; y: number };

/** A page with the story zoomed in, long enough to scroll, and a way to send touches. */
async function open(width = 1000): Promise<{ page: Page; cdp: CDPSession; centre: Point }> {
  const page = await harness.browser.newPage({
    // Tall enough that the chart's middle is on screen under the title, dek and legend.
    viewport: { width: Math.max(width + 40, 400), height: 1000 },
    hasTouch: true,
  });
  await page.goto(`${harness.origin}/tests/e2e/pages/comfort.html`);
  await page.waitForFunction(() =>
    document.querySelector('#chart')?.shadowRoot?.querySelector('[part~="event"]'),
  );
  await page.evaluate(async (w) => {
    document.body.style.minHeight = '4000px';
    const el = document.querySelector('#chart') as HTMLElement & {
      zoomTo(a: string, b: string): void;
      updateComplete: Promise<boolean>;
    };
    el.style.width = `${w}px`;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // A window inside the story's focus, where the time scale is even.
    el.zoomTo('2024-07', '2025-11');
    await el.updateComplete;
  }, width);
  const box = (await page.locator('#chart svg[part~="chart"]').boundingBox())!;
  return {
    page,
    cdp: await page.context().newCDPSession(page),
    centre: { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) },
  };
}

/** Moves fingers from their start points by the given offsets, in steps, as real touches. */
async function touch(cdp: CDPSession, from: Point[], by: Point[], steps = 10): Promise<void> {
  const at = (i: number) =>
    from.map((p, k) => ({ x: p.x + (by[k]!.x * i) / steps, y: p.y + (by[k]!.y * i) / steps, id: k }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Two fingers `apart` px on either side of `centre` (a pair of points), and a motion for each:
 * `spread` px further apart each, and both moved by `move`.
 */
function twoFingers(centre: Point, apart: Point, spread: Point, move: Point = { x: 0, y: 0 }) {
  return {
    from: [
      { x: centre.x - apart.x, y: centre.y - apart.y },
      { x: centre.x + apart.x, y: centre.y + apart.y },
    ],
    by: [
      { x: move.x - spread.x, y: move.y - spread.y },
      { x: move.x + spread.x, y: move.y + spread.y },
    ],
  };
}

/** Scrolls to the top and waits until the page has stayed there for several frames. */
async function settleAtTop(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let still = 0, tries = 0; still < 5 && tries < 200; tries++) {
      window.scrollTo({ top: 0, behavior: 'instant' });
      await frame();
      still = window.scrollY === 0 ? still + 1 : 0;
    }
  });
}

/** How long the shown window is, in ms. */
const span = (s: { start?: string; end?: string }) => Date.parse(s.end!) - Date.parse(s.start!);

const state = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('#chart') as HTMLElement & { start?: string; end?: string };
    return { start: el.start, end: el.end, scrollY: Math.round(window.scrollY) };
  });

describe('touch', () => {
  it('a finger dragged along the axis pans the chart and leaves the page where it is', async () => {
    const { page, cdp, centre } = await open();
    const before = await state(page);
    await touch(cdp, [centre], [{ x: -300, y: 0 }]);
    await page.waitForTimeout(150);
    const after = await state(page);
    expect(after.start).not.toBe(before.start);
    // Dragging to the left shows later times.
    expect(after.start! > before.start!).toBe(true);
    expect(after.scrollY).toBe(0);
    await page.close();
  });

  it('a finger swiped across the axis scrolls the page and leaves the chart where it is', async () => {
    const { page, cdp, centre } = await open();
    const before = await state(page);
    await touch(cdp, [centre], [{ x: 0, y: -300 }]);
    await page.waitForTimeout(300);
    const after = await state(page);
    expect(after.scrollY).toBeGreaterThan(100);
    expect(after.start).toBe(before.start);
    expect(after.end).toBe(before.end);
    await page.close();
  });

  it('two fingers spread apart zoom the chart in, not the page', async () => {
    const { page, cdp, centre } = await open();
    const before = await state(page);
    const pinch = twoFingers(centre, { x: 60, y: 0 }, { x: 120, y: 0 });
    await touch(cdp, pinch.from, pinch.by);
    await page.waitForTimeout(150);
    const after = await state(page);
    // The fingers ended three times as far apart: about a third of the time shows.
    expect(span(after) / span(before)).toBeGreaterThan(0.25);
    expect(span(after) / span(before)).toBeLessThan(0.45);
    expect(await page.evaluate(() => window.visualViewport!.scale)).toBe(1);
    await page.close();
  });

  it('on a phone the vertical chart lets one finger scroll the page, and two fingers still zoom and move it', async () => {
    const { page, cdp, centre } = await open(360);
    expect(
      await page.evaluate(
        () => document.querySelector('#chart')!.shadowRoot!.querySelector('.chart.vertical') !== null,
      ),
    ).toBe(true);
    const before = await state(page);
    await touch(cdp, [centre], [{ x: 0, y: -300 }]);
    await page.waitForTimeout(300);
    const scrolled = await state(page);
    expect(scrolled.scrollY).toBeGreaterThan(100);
    expect(scrolled.start).toBe(before.start);
    // The swipe may leave a fling running: wait until the page is back at the top and stays
    // there, so the pinch lands on the chart and not on a page still moving under the fingers.
    await settleAtTop(page);
    const pinch = twoFingers(centre, { x: 0, y: 40 }, { x: 0, y: 40 });
    await touch(cdp, pinch.from, pinch.by);
    await page.waitForTimeout(150);
    const after = await state(page);
    expect(span(after) / span(before)).toBeLessThan(0.7);
    expect(await page.evaluate(() => window.visualViewport!.scale)).toBe(1);
    // Two fingers moving up together move the chart to later times, not the page.
    const together = twoFingers(centre, { x: 40, y: 0 }, { x: 0, y: 0 }, { x: 0, y: -150 });
    await touch(cdp, together.from, together.by);
    await page.waitForTimeout(150);
    const moved = await state(page);
    expect(moved.start! > after.start!).toBe(true);
    expect(moved.scrollY).toBe(after.scrollY);
    await page.close();
  });
});
