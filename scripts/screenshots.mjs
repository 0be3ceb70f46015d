/**
 * The pictures an editor looks at before publishing, into screenshots/: the drawdown story in
 * Arabic and English at 1280, 680 (an article column) and 375 px, light and dark, and at 320 px; a hovered and
 * a selected mark; a context mark's tooltip; zoomed in twice; the loading, failed, empty and invalid states in both languages; the CSV and
 * dense examples. `npm run build && npm run screenshots [-- NAME,NAME]` (a name filter: every
 * shot whose name contains one of them, e.g. `ar-680`, `dark`, `state`). Fails when a page logs an
 * error or a warning.
 */
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const server = await serve(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const filters = (process.argv[2] ?? '').split(',').filter(Boolean);
const wanted = (name) => !filters.length || filters.some((f) => name.includes(f));

const story = { ar: 'examples/index.html', en: 'examples/english.html' };
/** A page of its own for a state, in a language: the bundle and one element, set up by `body`. */
const statePage = (
  body,
  lang = 'en',
) => `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<script type="module" src="/dist/drawdown-timeline.bundle.js"></script>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif}</style></head>
<body>${body}</body></html>`;
/** An element whose document is written inside it, as inline JSON. */
const inline = (json, attributes = '') =>
  `<drawdown-timeline${attributes}><script type="application/json">${json}</script></drawdown-timeline>`;
const invalid = JSON.stringify({
  title: 'A document with mistakes',
  events: [{ id: 'a', start: '2024-02-30', title: 'A day that does not exist' }, { id: 'b' }],
});

/** Each shot: name, page path (or HTML of its own), width, colour scheme and what to do first. */
const shots = [];
for (const lang of ['ar', 'en']) {
  for (const width of [1280, 680, 375]) {
    for (const scheme of ['light', 'dark']) {
      shots.push({ name: `${lang}-${width}-${scheme}`, path: story[lang], width, scheme });
    }
  }
  for (const width of [1280, 375]) {
    shots.push({ name: `${lang}-${width}-hover`, path: story[lang], width, act: hover });
    shots.push({ name: `${lang}-${width}-hover-context`, path: story[lang], width, act: hoverContext });
    shots.push({ name: `${lang}-${width}-selected`, path: story[lang], width, act: select });
    shots.push({ name: `${lang}-${width}-zoomed-twice`, path: story[lang], width, act: zoomTwice });
  }
  // The narrowest phones: the figures track has least room here, and writes some figures short.
  shots.push({ name: `${lang}-320-light`, path: story[lang], width: 320 });
  shots.push({ name: `${lang}-320-selected`, path: story[lang], width: 320, act: select });
  shots.push({ name: `${lang}-680-list`, path: story[lang], width: 680, act: listView });
}
// The loading, failed, empty and invalid states, in both languages: their words are the
// element's own, and a reader of either meets them.
for (const lang of ['en', 'ar']) {
  const suffix = lang === 'en' ? '' : '-ar';
  const page = (body) => statePage(body, lang);
  shots.push(
    {
      name: `state-loading-680${suffix}`,
      html: page('<drawdown-timeline src="/never.json"></drawdown-timeline>'),
      width: 680,
      wait: 'loading',
    },
    {
      name: `state-404-680${suffix}`,
      html: page('<drawdown-timeline src="/missing.json"></drawdown-timeline>'),
      width: 680,
      wait: 'message',
    },
    { name: `state-empty-680${suffix}`, html: page(inline('{"events":[]}')), width: 680, wait: 'message' },
    { name: `state-invalid-680${suffix}`, html: page(inline(invalid)), width: 680, wait: 'message' },
    {
      name: `state-invalid-debug-680${suffix}`,
      html: page(inline(invalid, ' debug')),
      width: 680,
      wait: 'message',
    },
  );
}
shots.push(
  { name: 'csv-1280', path: 'examples/csv.html', width: 1280 },
  { name: 'dense-1280', path: 'examples/dense.html', width: 1280 },
);

/** The element's shadow root, from the page. */
const inShadow = (selector) =>
  `document.querySelector('drawdown-timeline').shadowRoot.querySelector(${JSON.stringify(selector)})`;

/** The centre of an element in the viewport, scrolled there first: below the fold (a 320 px page's first mark), a click would meet nothing. */
async function centreOf(page, selector) {
  await page.evaluate(`${inShadow(selector)}.scrollIntoView({ block: 'center' })`);
  const box = await page.evaluateHandle(`${inShadow(selector)}.getBoundingClientRect()`);
  const { x, y, width, height } = await box.jsonValue();
  return { x: x + width / 2, y: y + height / 2 };
}
async function hover(page) {
  const { x, y } = await centreOf(page, '.event.core .hit');
  await page.mouse.move(x, y);
}
/** A context mark's tooltip, among the story's crowded background marks (a core mark has none: its label carries its date). */
async function hoverContext(page) {
  const { x, y } = await centreOf(page, '.event[data-id="us-airstrikes-begin"] .hit');
  await page.mouse.move(x, y);
}
async function select(page) {
  const { x, y } = await centreOf(page, '.event.core .hit');
  await page.mouse.click(x, y);
  await page.mouse.move(0, 0);
}
async function zoomTwice(page) {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(`${inShadow('[part~="controls"] button')}.click()`);
    await page.waitForTimeout(400);
  }
}
async function listView(page) {
  await page.evaluate(`${inShadow('.view-toggle')}.click()`);
}

const browser = await launch();
mkdirSync('screenshots', { recursive: true });
const errors = [];
for (const shot of shots.filter((s) => wanted(s.name))) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: 720 },
    colorScheme: shot.scheme ?? 'light',
  });
  page.on('console', (m) => {
    // Chromium asks for /favicon.ico on its own; the pages have none. The state pages ask for
    // files that are missing or never answer on purpose.
    const url = m.location().url;
    if ((m.type() === 'error' || m.type() === 'warning') && !url.includes('favicon') && !shot.html) {
      errors.push(`${shot.name}: ${m.text()} ${url}`);
    }
  });
  page.on('pageerror', (e) => errors.push(`${shot.name}: ${e.message}`));
  // The loading state's request never answers; the 404's answers at once.
  await page.route('**/never.json', () => {});
  let path = shot.path;
  if (shot.html) {
    path = `shot-${shot.name}.html`;
    await page.route(`**/${path}`, (route) => route.fulfill({ contentType: 'text/html', body: shot.html }));
  }
  await page.goto(`${origin}/${path}`);
  // A dark page: the element in its dark theme, on a dark page.
  if (shot.scheme === 'dark') {
    await page.addStyleTag({ content: ':root{color-scheme:dark;background:#0d1117;color:#e6edf3}' });
    await page.evaluate(() => document.querySelector('drawdown-timeline').setAttribute('theme', 'dark'));
  }
  const ready =
    shot.wait === 'loading'
      ? () => document.querySelector('drawdown-timeline')?.shadowRoot?.childElementCount
      : shot.wait === 'message'
        ? () =>
            document
              .querySelector('drawdown-timeline')
              ?.shadowRoot?.querySelector('[part~="message"], [part~="figure"]')
        : () => document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]');
  await page.waitForFunction(ready);
  await page.waitForTimeout(shot.wait === 'loading' ? 300 : 200);
  if (shot.act) {
    // The whole page in the viewport: a full-page shot of a scrolled page scrolls it back first,
    // and the pointer, left where the mark was, then points elsewhere and the hover is lost.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: shot.width, height: Math.max(720, height) });
    await shot.act(page);
    await page.waitForTimeout(300);
  }
  const file = `screenshots/${shot.name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
server.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
}
