/**
 * What the published bundle fetches: the story and a JSON document need the bundle alone; a CSV
 * `src` fetches the readers' chunk beside it, resolved from the bundle's own URL.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.js';

const harness = useBrowser();

async function scriptsFetchedBy(path: string): Promise<string[]> {
  const page = await harness.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${harness.origin}/${path}`);
  await page.waitForFunction(() =>
    document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
  );
  await page.close();
  return scripts;
}

describe('chunks', () => {
  it('the built-in story needs the bundle alone', async () => {
    expect(await scriptsFetchedBy('examples/index.html')).toEqual(['/dist/drawdown-timeline.bundle.js']);
  });

  it('a CSV src fetches the readers chunk beside the bundle, once', async () => {
    const scripts = await scriptsFetchedBy('examples/csv.html');
    expect(scripts[0]).toBe('/dist/drawdown-timeline.bundle.js');
    const chunks = scripts.filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks).toHaveLength(1);
    expect(scripts).toHaveLength(2);
  });
});
