/**
 * The spreadsheet example page: its chart comes from `src`, and the page reserves that chart's
 * own height, so that nothing moves when the CSV arrives and no empty band is left under the
 * drawn chart.
 *
 * Needs `dist/` (npm run build).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

describe('the spreadsheet example page', () => {
  // A desktop, an article column, a phone and the narrowest phone.
  for (const width of [1280, 760, 375, 320])
    it(`reserves the chart's own height: nothing below moves when the CSV arrives late, and no band is left (${width} px)`, async () => {
      const page = await harness.browser.newPage({ viewport: { width, height: 720 } });
      try {
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
              w.shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.route('**/timelinejs.csv', async (route) => {
          const response = await route.fetch();
          await new Promise((ok) => setTimeout(ok, 1000));
          await route.fulfill({ response });
        });
        await page.goto(`${harness.origin}/examples/csv.html`);
        // An article goes on below the chart: it must not move when the chart is drawn.
        await page.evaluate(() => {
          const after = document.createElement('p');
          after.textContent = 'The article goes on below the chart. '.repeat(40);
          document.body.append(after);
        });
        await page.locator('drawdown-timeline [role="status"]').waitFor();
        await page.locator('drawdown-timeline [part~="event"]').first().waitFor({ timeout: 10_000 });
        await page.evaluate(
          () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
        );
        await page.waitForTimeout(300);
        const { height, content, shift } = await page.evaluate(() => {
          const el = document.querySelector('drawdown-timeline')!;
          const height = el.getBoundingClientRect().height;
          // The chart's own height: the element without any floor.
          el.style.setProperty('--drawdown-min-height', '0px');
          const content = el.getBoundingClientRect().height;
          const shifts = (window as unknown as { shifts: number[] }).shifts;
          return { height, content, shift: shifts.reduce((a, v) => a + v, 0) };
        });
        expect(shift).toBeLessThanOrEqual(0.05);
        // No band under the drawn chart (its last line's rounding aside), and no floor short of
        // it either (the chart would have pushed the article down).
        expect(height - content, `${height} px reserved for a ${content} px chart`).toBeLessThanOrEqual(2);
        expect(height).toBeGreaterThanOrEqual(content - 0.5);
      } finally {
        await page.close();
      }
    });
});
