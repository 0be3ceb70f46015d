/**
 * Comfort checks against the published bundle, with Chromium's media emulation:
 * a visible focus ring, no animation under reduced motion, and marks, focus and text that stay
 * visible under forced colours (Windows high contrast).
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

async function open(media: Parameters<Page['emulateMedia']>[0]): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.emulateMedia(media);
  // The second element's source never answers: it stays in its loading state.
  await page.route('**/slow/**', () => undefined);
  await page.goto(`${harness.origin}/tests/e2e/pages/comfort.html`);
  await page.waitForFunction(() =>
    document.querySelector('#chart')?.shadowRoot?.querySelector('[part~="event"]'),
  );
  return page;
}

describe('comfort', () => {
  it('a focused event shows a ring at least 2 px wide with 3:1 contrast', async () => {
    const page = await open({});
    // Past the zoom and view buttons, the chart is the next tab stop.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const onEvent = await page.evaluate(
        () =>
          document
            .querySelector('#chart')!
            .shadowRoot!.activeElement?.getAttribute('part')
            ?.includes('event') ?? false,
      );
      if (onEvent) break;
    }
    const ring = await page.evaluate(() => {
      const root = document.querySelector('#chart')!.shadowRoot!;
      const active = root.activeElement;
      const circle = active?.querySelector('.focus-ring');
      if (!active || !circle) return undefined;
      const style = getComputedStyle(circle);
      return {
        part: active.getAttribute('part'),
        width: parseFloat(style.strokeWidth),
        stroke: style.stroke,
        opacity: style.opacity,
        background: getComputedStyle(document.querySelector('#chart')!).backgroundColor,
      };
    });
    expect(ring, 'tabbing reaches an event').toBeDefined();
    expect(ring!.part).toContain('event');
    expect(ring!.width).toBeGreaterThanOrEqual(2);
    expect(ring!.opacity).toBe('1');
    const rgb = (s: string) => s.match(/\d+/g)!.slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [a, b] = [lum(rgb(ring!.stroke)), lum(rgb(ring!.background))].sort((x, y) => y - x);
    expect((a! + 0.05) / (b! + 0.05)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('with prefers-reduced-motion nothing animates, not even the loading spinner', async () => {
    const moving = await open({ reducedMotion: 'no-preference' });
    const spinning = await moving.evaluate(() => {
      const spinner = document.querySelector('#slow')!.shadowRoot!.querySelector('.spinner');
      return spinner ? getComputedStyle(spinner).animationName : 'no spinner';
    });
    expect(spinning).toBe('spin');
    await moving.close();
    const still = await open({ reducedMotion: 'reduce' });
    const animations = await still.evaluate(() =>
      [document.querySelector('#slow')!, document.querySelector('#chart')!].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll('*')]
          .map((n) => getComputedStyle(n))
          .filter((s) => s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0)
          .map((s) => s.animationName),
      ),
    );
    expect(animations).toEqual([]);
    await still.close();
  });

  it('under forced colours marks, lines and labels use system colours', async () => {
    const page = await open({ forcedColors: 'active' });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('#chart')!.shadowRoot!;
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      const marker = getComputedStyle(root.querySelector('.marker')!).fill;
      const axis = getComputedStyle(root.querySelector('.axis-line')!).stroke;
      const label = getComputedStyle(root.querySelector('.label')!);
      // The chart's own SVG texts: Chromium forces no fill, so the styles must.
      const fills = [...root.querySelectorAll('.tick-text, .compressed-text, .cluster-count')].map(
        (t) => getComputedStyle(t).fill,
      );
      return { canvasText, marker, axis, labelBorder: label.borderTopColor, labelText: label.color, fills };
    });
    expect(seen.fills.length).toBeGreaterThan(3);
    expect(new Set(seen.fills)).toEqual(new Set([seen.canvasText]));
    expect(seen.marker).toBe(seen.canvasText);
    expect(seen.axis).toBe(seen.canvasText);
    expect(seen.labelBorder).toBe(seen.canvasText);
    expect(seen.labelText).toBe(seen.canvasText);
    await page.close();
  });
});

describe('theme and export', () => {
  it('theme="auto" follows prefers-color-scheme; theme="light" does not', async () => {
    const page = await harness.browser.newPage({
      viewport: { width: 1100, height: 900 },
      colorScheme: 'dark',
    });
    await page.goto(`${harness.origin}/tests/e2e/pages/comfort.html`);
    await page.waitForFunction(() =>
      document.querySelector('#chart')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    const background = (theme: string) =>
      page.evaluate(async (t) => {
        const el = document.querySelector('#chart') as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('theme', t);
        await el.updateComplete;
        return getComputedStyle(el).backgroundColor;
      }, theme);
    expect(await background('auto')).toBe('rgb(13, 17, 23)');
    expect(await background('light')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background('auto')).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('with the export attribute, "Download SVG" saves a standalone SVG named after the title', async () => {
    const page = await open({});
    await page.evaluate(async () => {
      const el = document.querySelector('#chart') as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('export', '');
      await el.updateComplete;
    });
    const download = page.waitForEvent('download');
    await page.locator('#chart .download-svg').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('The-US-military-drawdown-in-Iraq.svg');
    const stream = await file.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk.toString();
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('http://www.w3.org/2000/svg');
    expect(text).toContain('Deadline to end the coalition’s military mission');
    await page.close();
  });

  it.each([
    ['horizontal, from a label across the tick texts', 1000],
    ['vertical, up along the tick texts', 375],
  ])('a drag across the chart pans it and selects no text: %s', async (_, width) => {
    const page = await open({});
    await page.evaluate(async (w) => {
      const el = document.querySelector('#chart') as HTMLElement & {
        zoomTo(a: string, b: string): void;
        updateComplete: Promise<boolean>;
      };
      el.style.width = `${w}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.zoomTo('2023', '2026-06');
      await el.updateComplete;
    }, width);
    await page.waitForTimeout(100);
    const start = () =>
      page.evaluate(() => (document.querySelector('#chart') as HTMLElement & { start?: string }).start);
    const before = await start();
    // The chart's top in view, so the drag's whole path stays on the page as a reader's would.
    await page.evaluate(() =>
      document.querySelector('#chart')!.shadowRoot!.querySelector('svg[part~="chart"]')!.scrollIntoView(),
    );
    const chart = (await page.locator('#chart svg[part~="chart"]').boundingBox())!;
    const label = (await page.locator('#chart .label').first().boundingBox())!;
    const from =
      width > 500
        ? { x: label.x + label.width / 2, y: label.y + label.height / 2, dx: 25, dy: 12 }
        : { x: chart.x + chart.width / 2, y: chart.y + 300, dx: 0, dy: -15 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * from.dx, from.y + i * from.dy);
    await page.mouse.up();
    await page.waitForTimeout(100);
    expect(await start()).not.toBe(before);
    const selected = await page.evaluate(() => {
      const root = document.querySelector('#chart')!.shadowRoot as ShadowRoot & {
        getSelection?: () => Selection | null;
      };
      return String(root.getSelection?.() ?? '');
    });
    expect(selected).toBe('');
    await page.close();
  });
});
