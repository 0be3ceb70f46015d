/**
 * Opens every story of the static Storybook (`npm run build-storybook` first) in Chromium and
 * fails unless each one renders the element with a shadow root and raises no page error. The
 * Vitest storybook project runs the stories from source; this checks what gets published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(entries).filter((e) => e.type === 'story');

const server = await serve(0);
const browser = await launch();
const failures = [];
for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
  await page.goto(
    `http://127.0.0.1:${server.address().port}/storybook-static/iframe.html?id=${story.id}&viewMode=story`,
  );
  const rendered = await page
    .waitForFunction(
      () => {
        const roots = [...document.querySelectorAll('drawdown-timeline')].map((el) => el.shadowRoot);
        return roots.length > 0 && roots.every((root) => root && root.childElementCount > 0);
      },
      null,
      { timeout: 20_000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!rendered) errors.push('the element did not render');
  if (errors.length) failures.push(`${story.id}: ${errors.join('; ')}`);
  await page.close();
}
await browser.close();
server.close();
console.log(`static Storybook: ${stories.length - failures.length} of ${stories.length} stories render`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
