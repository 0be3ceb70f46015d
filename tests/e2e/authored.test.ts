/**
 * A timeline written as HTML in the element, against the published bundle: readable as an
 * ordinary page when JavaScript is off, the chart when it is on, with the written content kept
 * in the page's text.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();
const PAGE = '/examples/authored.html';

describe('a timeline written as HTML in the page', () => {
  it('without JavaScript, the headings, texts, dates, images and links are on screen', async () => {
    const context = await harness.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${harness.origin}${PAGE}`);
    await expect(page.getByRole('heading', { name: 'Riverside Park' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('A field by the river', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('15 September 2006').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Town record of the request' }).isVisible()).resolves.toBe(
      true,
    );
    const image = page.getByAltText('A grey arched footbridge over a blue river');
    await image.scrollIntoViewIfNeeded();
    await expect(image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBe(
      320,
    );
    // Nothing ran: the element was never defined.
    await expect(page.evaluate(() => customElements.get('drawdown-timeline') === undefined)).resolves.toBe(
      true,
    );
    await context.close();
  });

  it('with JavaScript, the same content is the chart, out of view but still in the page text', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${harness.origin}${PAGE}`);
    // The title card comes with the story card's chunk, fetched at the first frame that shows it.
    await page.waitForFunction(
      () =>
        document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]') &&
        document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="title-card"]'),
    );
    const seen = await page.evaluate(() => {
      const el = document.querySelector('drawdown-timeline')!;
      return {
        ids: el.events.map((e) => e.id),
        listVisible: el.querySelector('ol')!.checkVisibility(),
        text: el.textContent!.includes('The footbridge opens'),
        card: el.shadowRoot!.querySelector('[part~="title-card"]')?.textContent?.includes('Riverside Park'),
      };
    });
    expect(seen).toEqual({
      ids: ['field', 'plan', 'works', 'bridge', 'opening'],
      listVisible: false,
      text: true,
      card: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
