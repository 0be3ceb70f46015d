/**
 * A reader on a phone taps a mark and meets its story card where they are: the page brings the
 * card into view (at once when the reader prefers reduced motion), focus goes to the card's
 * heading, and the card's Close returns focus to the mark. The published bundle is used, so the
 * first card of a page is drawn by a render after its code arrives.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

/** The story on a 375 × 667 phone, scrolled so that its first core mark is on screen. */
async function phone(lang: 'en' | 'ar', reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 375, height: 667 }, reducedMotion });
  await page.goto(`${harness.origin}/examples/${lang === 'en' ? 'english' : 'index'}.html`);
  await page.waitForFunction(() =>
    document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
  );
  await page.locator('drawdown-timeline .event.core .hit').first().scrollIntoViewIfNeeded();
  return page;
}

/** The card's box and the selected mark's, in viewport px, and what holds focus. */
function where(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('drawdown-timeline')!.shadowRoot!;
    const card = root.querySelector('[part~="card"]')?.getBoundingClientRect();
    return {
      card: card ? { top: card.top, bottom: card.bottom } : undefined,
      viewport: innerHeight,
      focused: root.activeElement?.className ?? '',
      focusedId: root.activeElement?.closest?.('[data-id]')?.getAttribute('data-id') ?? null,
    };
  });
}

describe('the story card on a phone', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`a tapped mark's card comes into view at once for a reader who prefers reduced motion, focus on its heading; Close returns focus to the mark (${lang})`, async () => {
      const page = await phone(lang, 'reduce');
      const hit = page.locator('drawdown-timeline .event.core .hit').first();
      const id = await hit.evaluate((n) => n.closest('[data-id]')!.getAttribute('data-id'));
      const box = (await hit.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // The card is drawn once its code has arrived; no glide follows it.
      await page.waitForFunction(() =>
        document.querySelector('drawdown-timeline')!.shadowRoot!.querySelector('[part~="card"]'),
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shown = await where(page);
      // Within the screen, to a px of rounding where the page stops scrolling.
      expect(shown.card!.top).toBeGreaterThanOrEqual(-1);
      expect(shown.card!.bottom).toBeLessThanOrEqual(shown.viewport + 1);
      expect(shown.focused).toContain('detail-title');

      await page.locator('drawdown-timeline [part~="card"] button.close').click();
      const closed = await where(page);
      expect(closed.card).toBeUndefined();
      expect(closed.focusedId).toBe(id);
      await page.close();
    });
  }

  it('without a preference the card glides into view', async () => {
    const page = await phone('en', 'no-preference');
    const hit = page.locator('drawdown-timeline .event.core .hit').first();
    const box = (await hit.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(
      () => {
        const card = document
          .querySelector('drawdown-timeline')!
          .shadowRoot!.querySelector('[part~="card"]')
          ?.getBoundingClientRect();
        return card !== undefined && card.top >= -1 && card.bottom <= innerHeight + 1;
      },
      undefined,
      { timeout: 5000 },
    );
    expect((await where(page)).focused).toContain('detail-title');
    await page.close();
  });
});
