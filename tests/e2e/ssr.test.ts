/**
 * Server rendering end to end: markup rendered in Node with @lit-labs/ssr is served to Chromium.
 * With JavaScript off the reader gets the title, the dek and the list of events from declarative
 * shadow DOM; with JavaScript on the published bundle upgrades the element over it and draws the
 * chart, without errors.
 *
 * Needs `dist/` (npm run build): the page loads the bundle a site would load.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/define.js';
import { SERVER_DOCUMENT } from '../ssr-document.js';
import { useBrowser } from './harness.js';

const harness = useBrowser();

const doc = SERVER_DOCUMENT;

/** Writes a page holding server-rendered markup; `script` runs before the bundle is loaded. */
async function page(name: string, markup: string, script = ''): Promise<string> {
  if (!existsSync('dist/drawdown-timeline.bundle.js'))
    throw new Error('dist/ is missing: run `npm run build`');
  mkdirSync('.build/ssr', { recursive: true });
  writeFileSync(
    `.build/ssr/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body style="width: 1000px">${markup}
<script type="module">${script}
await import('/dist/drawdown-timeline.bundle.js');</script></body></html>`,
  );
  return `${harness.origin}/.build/ssr/${name}.html`;
}

const cases = [
  {
    name: 'the built-in story',
    file: 'story',
    markup: () => collectResult(render(html`<drawdown-timeline lang="en"></drawdown-timeline>`)),
    script: '',
    texts: ['Ain al-Asad'],
    events: undefined as number | undefined,
  },
  {
    name: 'a document given as data',
    file: 'data',
    markup: () => collectResult(render(html`<drawdown-timeline lang="en" .data=${doc}></drawdown-timeline>`)),
    // The page hands the element the same document before the bundle upgrades it.
    script: `document.querySelector('drawdown-timeline').data = ${JSON.stringify(doc)};`,
    texts: [
      'Rendered on a server',
      'A dek that needs no script',
      'First event',
      'What happened first',
      'Third event',
    ],
    events: 3,
  },
];

describe('a server-rendered timeline', () => {
  for (const c of cases) {
    it(`${c.name}: readable with JavaScript off, then drawn as a chart with JavaScript on`, async () => {
      const url = await page(c.file, await c.markup(), c.script);

      const off = await harness.browser.newContext({ javaScriptEnabled: false });
      try {
        const p = await off.newPage();
        await p.goto(url);
        const list = p.locator('drawdown-timeline [part~="list"]');
        await expect(list.isVisible()).resolves.toBe(true);
        const text = (await p.locator('drawdown-timeline [part~="figure"]').innerText()).replace(/\s+/g, ' ');
        for (const t of c.texts) expect(text).toContain(t);
        expect(await p.locator('drawdown-timeline [part~="caption"]').innerText()).not.toBe('');
        expect(await p.locator('drawdown-timeline [part~="chart"]').count()).toBe(0);
      } finally {
        await off.close();
      }

      const on = await harness.browser.newContext();
      try {
        const p = await on.newPage();
        const errors: string[] = [];
        p.on('pageerror', (e) => errors.push(e.message));
        p.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning')
            errors.push(`${m.text()} (${m.location().url})`);
        });
        await p.goto(url);
        await p.locator('drawdown-timeline [part~="chart"]').waitFor({ timeout: 15_000 });
        const marks = await p.locator('drawdown-timeline [part~="event"]').count();
        if (c.events !== undefined) expect(marks).toBe(c.events);
        else expect(marks).toBeGreaterThan(5);
        // The server's list gave way to the chart: one figure, no list, no leftover markup.
        expect(await p.locator('drawdown-timeline [part~="list"]').count()).toBe(0);
        expect(await p.locator('drawdown-timeline [part~="figure"]').count()).toBe(1);
        expect(
          await p.evaluate(() => document.querySelector('drawdown-timeline')!.hasAttribute('view')),
        ).toBe(false);
        expect(errors, JSON.stringify(errors)).toEqual([]);
      } finally {
        await on.close();
      }
    });
  }
});
