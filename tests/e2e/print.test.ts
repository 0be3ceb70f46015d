/**
 * Printing: the published bundle on a page printed (Chromium's print media emulation) shows no
 * controls, the whole chart, and ink-friendly colours even in the dark theme.
 *
 * Needs `dist/` (npm run build).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

describe('a printed timeline', () => {
  it('has no controls, its whole chart, and black text on white even in the dark theme', async () => {
    if (!existsSync('dist/drawdown-timeline.bundle.js'))
      throw new Error('dist/ is missing: run `npm run build`');
    mkdirSync('.build/print', { recursive: true });
    writeFileSync(
      '.build/print/index.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>print</title></head>
<body style="width: 900px"><drawdown-timeline lang="en" theme="dark" export selected="mission-end"></drawdown-timeline>
<script type="module" src="/dist/drawdown-timeline.bundle.js"></script></body></html>`,
    );
    const context = await harness.browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${harness.origin}/.build/print/index.html`);
      await page.locator('drawdown-timeline [part~="chart"]').waitFor();
      const look = () =>
        page.evaluate(() => {
          const el = document.querySelector('drawdown-timeline')!;
          const root = el.shadowRoot!;
          const host = getComputedStyle(el);
          const svg = root.querySelector('[part~="chart"]')!;
          const box = svg.getBoundingClientRect();
          const hostBox = el.getBoundingClientRect();
          return {
            controls: getComputedStyle(root.querySelector('[part~="controls"]')!).display,
            buttons: [...root.querySelectorAll('button')].filter(
              (b) => getComputedStyle(b).display !== 'none',
            ).length,
            background: host.backgroundColor,
            color: host.color,
            inside: box.left >= hostBox.left - 1 && box.right <= hostBox.right + 1 && box.width > 0,
          };
        });
      const screen = await look();
      expect(screen.controls).not.toBe('none');
      expect(screen.background).not.toBe('rgb(255, 255, 255)');
      await page.emulateMedia({ media: 'print' });
      const paper = await look();
      expect(paper).toEqual({
        controls: 'none',
        buttons: 0,
        background: 'rgb(255, 255, 255)',
        color: 'rgb(0, 0, 0)',
        inside: true,
      });
    } finally {
      await context.close();
    }
  });
});
