/**
 * A news page whose timeline comes from `src`: the answer takes a second, and the page must not
 * jump when it arrives (cumulative layout shift, as news sites are scored on it).
 *
 * Needs `dist/` (npm run build).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { drawdownStory } from '../../src/data/drawdown.js';
import { useBrowser } from './harness.js';

const harness = useBrowser();

const article = (lang: string, attrs: string, css: string, after: string) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>article</title>
<script>
  // Every shift from the first paint on, as the Layout Instability API reports it.
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push([e.startTime, e.value]);
  }).observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="/dist/drawdown-timeline.bundle.js"></script>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif } ${css}</style></head>
<body><h1>Headline</h1><p>The article's first paragraph, above the chart.</p>
<drawdown-timeline ${attrs} src="/late/story.json"></drawdown-timeline>
${after}
</body></html>`;

/** An article that goes on below the chart. */
const PARAGRAPHS = '<p>The article goes on below the chart, paragraph after paragraph.</p>'.repeat(30);

/** What the page shifted by: all of it, and from the painted loading state on (the answer's part). */
interface Shift {
  readonly total: number;
  readonly afterLoading: number;
  /** The chart's height, and its own drawing's (the figure inside it), once drawn. */
  readonly height: number;
  readonly drawing: number;
}

/** A page's own rule for the moment before the element is defined (the README's recipe). */
const UNDEFINED_RULE = 'drawdown-timeline:not(:defined) { display: block; min-height: 740px }';

/** Loads the page, answers `src` after a second, and returns the page's layout shift. */
async function shiftWhenLate(
  lang: string,
  width: number,
  body: string,
  { attrs = '', css = '', after = PARAGRAPHS }: { attrs?: string; css?: string; after?: string } = {},
): Promise<Shift> {
  const page = await harness.browser.newPage({ viewport: { width, height: 800 } });
  try {
    await page.route('**/late/page.html', (r) =>
      r.fulfill({ contentType: 'text/html', body: article(lang, attrs, css, after) }),
    );
    await page.route('**/late/story.json', async (r) => {
      await new Promise((ok) => setTimeout(ok, 1000));
      await r.fulfill({ contentType: 'application/json', body });
    });
    await page.goto(`${harness.origin}/late/page.html`);
    // The loading state is painted first, then the chart replaces it.
    await page.locator('drawdown-timeline [role="status"]').waitFor();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const loadingAt = await page.evaluate(() => performance.now());
    await page.locator('drawdown-timeline [part~="event"]').first().waitFor({ timeout: 10_000 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: [number, number][] }).shifts);
    const sum = (list: [number, number][]) => list.reduce((a, [, v]) => a + v, 0);
    const [height, drawing] = await page.evaluate(() => {
      const host = document.querySelector('drawdown-timeline')!;
      const box = host.getBoundingClientRect();
      // The drawing ends where the figure's last part does (the figure itself fills the host).
      const parts = [...host.shadowRoot!.querySelector('figure')!.children];
      const end = Math.max(...parts.map((p) => p.getBoundingClientRect().bottom));
      return [box.height, end - box.top];
    });
    return { total: sum(shifts), afterLoading: sum(shifts.filter(([t]) => t >= loadingAt)), height, drawing };
  } finally {
    await page.close();
  }
}

describe('a chart whose src answers after a second', () => {
  const story = JSON.stringify(drawdownStory);
  for (const lang of ['en', 'ar'])
    for (const width of [1280, 680, 375])
      it(`moves nothing on the page when the answer arrives, CLS ≤ 0.05 (${lang}, ${width} px)`, async () => {
        expect(existsSync('dist/drawdown-timeline.bundle.js'), 'dist/ is missing: run `npm run build`').toBe(
          true,
        );
        const shift = await shiftWhenLate(lang, width, story);
        expect(shift.afterLoading).toBeLessThanOrEqual(0.05);
        // With the page's rule for the moment before the element is defined, the whole page holds.
        const whole = await shiftWhenLate(lang, width, story, { css: UNDEFINED_RULE });
        expect(whole.total).toBeLessThanOrEqual(0.05);
      });

  it('a smaller story does not pull the page up when it arrives', async () => {
    const riverside = await readFile('stories/fixtures/riverside.json', 'utf8');
    const shift = await shiftWhenLate('en', 1280, riverside, { css: UNDEFINED_RULE });
    expect(shift.total).toBeLessThanOrEqual(0.05);
  });

  it('a page that ends with the chart keeps no empty band under a smaller story, and nothing moves', async () => {
    const riverside = await readFile('stories/fixtures/riverside.json', 'utf8');
    const followed = await shiftWhenLate('en', 1280, riverside, { css: UNDEFINED_RULE });
    // With the article going on below, the floor stays: the chart is taller than its drawing.
    expect(followed.height).toBeGreaterThan(followed.drawing + 100);
    // With nothing after the chart (a script or hidden element renders nothing), the chart
    // takes its drawing's height, or the default minimum of 320 px any chart keeps.
    const last = await shiftWhenLate('en', 1280, riverside, {
      css: UNDEFINED_RULE,
      after: '<script>void 0</script><div hidden>not rendered</div>',
    });
    expect(last.height).toBeLessThanOrEqual(Math.max(320, last.drawing + 1));
    expect(last.total).toBeLessThanOrEqual(0.05);
  });

  it('without the reservation the same page jumps (the measure can fail)', async () => {
    // The page takes the reservation away: the loading state is then only a line high.
    const shift = await shiftWhenLate('en', 1280, story, { attrs: 'style="--drawdown-min-height: 0px"' });
    expect(shift.afterLoading).toBeGreaterThan(0.05);
  });
});
