/**
 * The scrollytelling example: the page's scroll position sets `selected`, and the card follows.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

describe('a page that drives the story from its scroll position', () => {
  it('selects the event whose section is in the middle of the viewport', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${harness.origin}/examples/scrolly.html`);
    await page.waitForFunction(() => document.querySelectorAll('.steps section').length > 5);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.steps section')].map((s) => s.dataset.step!),
    );
    for (const index of [2, 5]) {
      await page.evaluate((i) => {
        const section = document.querySelectorAll('.steps section')[i]!;
        const box = section.getBoundingClientRect();
        scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
      }, index);
      await page.waitForFunction(
        (id) => document.querySelector('drawdown-timeline')!.getAttribute('selected') === id,
        ids[index],
      );
      const title = await page.evaluate((i) => document.querySelectorAll('.steps h2')[i]!.textContent, index);
      // The first card shown fetches the story card's chunk: the card follows the selection.
      await page.waitForFunction(() =>
        document
          .querySelector('drawdown-timeline')!
          .shadowRoot!.querySelector('[part~="card"] .detail-title'),
      );
      const card = await page.evaluate(
        () =>
          document
            .querySelector('drawdown-timeline')!
            .shadowRoot!.querySelector('[part~="card"] .detail-title')?.textContent,
      );
      expect(card?.trim()).toBe(title);
    }
    await page.close();
  });
});
