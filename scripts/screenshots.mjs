/**
 * Screenshots of the example pages, Arabic and English, wide and narrow, into screenshots/:
 * `npm run build && node scripts/screenshots.mjs`. For looking at what readers see.
 */
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const server = await serve(0);
const port = server.address().port;
const browser = await launch();
mkdirSync('screenshots', { recursive: true });
const pages = [
  ['ar', 'examples/index.html'],
  ['en', 'examples/english.html'],
  ['csv', 'examples/csv.html'],
  ['dense', 'examples/dense.html'],
];
const sizes = [
  [1280, 560],
  [375, 720],
];
const errors = [];
for (const [lang, path] of pages) {
  for (const [width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => {
      // Chromium asks for /favicon.ico on its own; the pages have none.
      if ((m.type() === 'error' || m.type() === 'warning') && !m.location().url.includes('favicon')) {
        errors.push(`${path}: ${m.text()} ${m.location().url}`);
      }
    });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/${path}`);
    await page.waitForFunction(() =>
      document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    await page.waitForTimeout(200);
    const file = `screenshots/${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
}
