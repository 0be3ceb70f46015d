/**
 * What the published bundle fetches: the story and a JSON document draw with the bundle alone; a
 * CSV `src` fetches the readers' chunk beside it, resolved from the bundle's own URL; SVG and PNG
 * export fetch theirs when first asked for, a dense view (a long document zoomed in) its paths, a
 * pointed or focused mark its tooltip's placement, and a chart that can be zoomed its overview
 * strip once its first frame is drawn and the page is idle.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useBrowser } from './harness.js';

const harness = useBrowser();

const OVERVIEW = /\/overview-strip-[\w-]+\.js$/;

/**
 * A page of the examples once its timeline is drawn, and (for a chart that can be zoomed) its
 * overview strip's chunk fetched after that: the scripts it has fetched by then (`scripts`, in
 * the order they arrived) and the ones it had when the first frame with the chart was drawn
 * (`first`, read in that frame).
 */
async function drawnPage(
  path: string,
  zoomable = true,
): Promise<{ page: Page; scripts: string[]; first: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const strip = zoomable ? page.waitForResponse((r) => OVERVIEW.test(new URL(r.url()).pathname)) : undefined;
  // Read in the page from its start, at every frame: the first frame with the chart can come
  // before the navigation resolves, and a page busy enough can be idle (and fetch) by then.
  await page.addInitScript(() => {
    const scriptsNow = () =>
      performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
        .map((r) => new URL(r.name).pathname);
    const look = () => {
      if (document.querySelector('drawdown-timeline')?.shadowRoot?.querySelector('[part~="event"]'))
        (window as unknown as { firstScripts: string[] }).firstScripts = scriptsNow();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${harness.origin}/${path}`);
  const first = (await (
    await page.waitForFunction(() => (window as unknown as { firstScripts?: string[] }).firstScripts)
  ).jsonValue()) as string[];
  await strip;
  return { page, scripts, first };
}

/** The scripts but the overview strip's chunk, which every zoomable chart fetches after its first frame. */
const own = (scripts: readonly string[]) => scripts.filter((s) => !OVERVIEW.test(s));

async function scriptsFetchedBy(path: string): Promise<string[]> {
  const { page, scripts } = await drawnPage(path);
  await page.close();
  return own(scripts);
}

describe('chunks', () => {
  it('the built-in story draws with the bundle alone, and fetches the overview strip after its first frame', async () => {
    const { page, scripts, first } = await drawnPage('examples/index.html');
    await page.close();
    expect(first).toEqual(['/dist/drawdown-timeline.bundle.js']);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe('/dist/drawdown-timeline.bundle.js');
    expect(scripts[1]).toMatch(OVERVIEW);
  });

  it('a CSV src fetches the readers chunk beside the bundle, once', async () => {
    const scripts = await scriptsFetchedBy('examples/csv.html');
    expect(scripts[0]).toBe('/dist/drawdown-timeline.bundle.js');
    const chunks = own(scripts).filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks).toHaveLength(1);
    expect(own(scripts)).toHaveLength(2);
  });

  it('SVG and PNG export fetch their chunk on the first call, once, and not before', async () => {
    const { page, scripts } = await drawnPage('examples/index.html');
    expect(own(scripts)).toEqual(['/dist/drawdown-timeline.bundle.js']);
    const exported = await page.evaluate(async () => {
      const el = document.querySelector('drawdown-timeline') as HTMLElement & {
        toSVG(): Promise<string>;
        toPNG(): Promise<Blob>;
      };
      const svg = await el.toSVG();
      const png = await el.toPNG();
      return { svg: svg.startsWith('<?xml') && svg.includes('<svg'), png: png.type };
    });
    await page.close();
    expect(exported).toEqual({ svg: true, png: 'image/png' });
    const chunks = own(scripts).filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/\/export-[\w-]+\.js$/);
    expect(own(scripts)).toHaveLength(2);
  });

  it('the story card and the list view fetch their chunk when first shown, once, and draw when updateComplete resolves', async () => {
    const { page, scripts } = await drawnPage('examples/index.html');
    expect(own(scripts)).toEqual(['/dist/drawdown-timeline.bundle.js']);
    const shown = await page.evaluate(async () => {
      const el = document.querySelector('drawdown-timeline') as HTMLElement & {
        events: readonly { id: string }[];
        select(id: string): void;
        view: string;
        updateComplete: Promise<boolean>;
      };
      const root = el.shadowRoot!;
      const before = Boolean(root.querySelector('[part~="card"], [part~="list"]'));
      el.select(el.events[0]!.id);
      await el.updateComplete;
      const card = root.querySelector('[part~="card"] .detail-title')?.textContent?.trim() ?? '';
      // The card's own rules came with it: its measure, its border, its step buttons' height.
      const cardBox = getComputedStyle(root.querySelector('[part~="card"]')!);
      const step = root.querySelector('.steps button');
      const cardStyle = {
        measure: cardBox.maxInlineSize,
        border: cardBox.borderTopStyle,
        step: step ? getComputedStyle(step).minHeight : '',
      };
      el.view = 'list';
      await el.updateComplete;
      const items = root.querySelectorAll('[part~="list"] li[data-id]').length;
      const list = root.querySelector('[part~="list"] .event-list');
      const listStyle = list ? getComputedStyle(list).paddingInlineStart : '';
      return { before, card: card.length > 0, items, events: el.events.length, cardStyle, listStyle };
    });
    await page.close();
    expect(shown.before).toBe(false);
    expect(shown.card).toBe(true);
    expect(shown.items).toBe(shown.events);
    expect(shown.cardStyle.measure).toMatch(/^\d+(\.\d+)?px$/);
    expect(shown.cardStyle).toMatchObject({ border: 'solid', step: '32px' });
    expect(shown.listStyle).toBe('24px');
    const chunks = own(scripts).filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/\/details-[\w-]+\.js$/);
    expect(own(scripts)).toHaveLength(2);
  });

  it('a dense view fetches its paths chunk when first drawn, once; the story never does', async () => {
    const { page, scripts } = await drawnPage('examples/index.html');
    // 2,000 events seen seven years at a time: a couple of hundred unlabelled marks in view. (A
    // string, so that the test's own bundler leaves the page's import alone.)
    await page.evaluate(
      "import('/tests/fixtures/synthetic.js').then((m) => { window.dense = m.syntheticDocument(2000, 3); })",
    );
    const drawn = await page.evaluate(async () => {
      type Timeline = HTMLElement & {
        data: unknown;
        updateComplete: Promise<boolean>;
        zoomTo(start: string, end: string): void;
      };
      const el = document.querySelector('drawdown-timeline') as Timeline;
      const root = el.shadowRoot!;
      await el.updateComplete;
      // The story drawn and settled, before anything dense is asked for.
      const story = performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((p) => p.startsWith('/dist/'));
      el.data = (window as unknown as { dense: unknown }).dense;
      await el.updateComplete;
      el.zoomTo('1985', '1992');
      await el.updateComplete;
      const first = root.querySelectorAll('.mark-paths path.marker').length;
      el.zoomTo('1992', '1999');
      await el.updateComplete;
      const second = root.querySelectorAll('.mark-paths path.marker').length;
      return { story, first, second };
    });
    await page.close();
    expect(own(drawn.story)).toEqual(['/dist/drawdown-timeline.bundle.js']);
    expect(drawn.first).toBeGreaterThan(0);
    expect(drawn.second).toBeGreaterThan(0);
    // The paths' chunk comes once (the overview strip's came after the story's first frame).
    const chunks = scripts.filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks.filter((s) => /\/dense-[\w-]+\.js$/.test(s))).toHaveLength(1);
    expect(chunks.filter((s) => !/\/(dense|overview-strip)-[\w-]+\.js$/.test(s))).toEqual([]);
  });

  it('a chart that cannot be zoomed never fetches the overview strip', async () => {
    const { page, scripts } = await drawnPage('examples/scrolly.html', false);
    // Idle long enough for a fetch after the first frame to have been asked for and answered.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    await page.close();
    expect(scripts.filter((s) => OVERVIEW.test(s))).toEqual([]);
    expect(scripts).toContain('/dist/drawdown-timeline.bundle.js');
  });

  it('the overview strip fetched after the first frame is drawn at the first zoom, with its own rules, and moves the window when pressed', async () => {
    const { page, scripts } = await drawnPage('examples/index.html');
    expect(scripts).toHaveLength(2);
    const strips = await page.evaluate(async () => {
      type Timeline = HTMLElement & {
        updateComplete: Promise<boolean>;
        zoomTo(start: string, end: string): void;
      };
      const el = document.querySelector('drawdown-timeline') as Timeline;
      const root = el.shadowRoot!;
      await el.updateComplete;
      const strip = () => root.querySelectorAll('[part~="overview"] .overview-window').length;
      const whole = strip();
      el.zoomTo('2009-01', '2010-06');
      await el.updateComplete;
      const zoomed = strip();
      const ticks = root.querySelectorAll('[part~="overview"] .overview-mark').length;
      // The strip's own rules came with it: a block that a drag pans, its window box shaded.
      const stripBox = getComputedStyle(root.querySelector('[part~="overview"]')!);
      const windowBox = getComputedStyle(root.querySelector('[part~="overview"] .overview-window')!);
      const look = { display: stripBox.display, cursor: stripBox.cursor, shade: windowBox.fillOpacity };
      el.zoomTo('2010-01', '2011-06');
      await el.updateComplete;
      const again = strip();
      // A press on the strip, handled by the strip's own code, brings the window to where it
      // pressed: near its left end, far from the window.
      const stripSvg = root.querySelector<SVGSVGElement>('[part~="overview"]')!;
      const box = stripSvg.getBoundingClientRect();
      const at = { clientX: box.left + 20, clientY: box.top + box.height / 2, pointerId: 1, button: 0 };
      const startBefore = el.getAttribute('start');
      stripSvg.dispatchEvent(new PointerEvent('pointerdown', { ...at, bubbles: true }));
      stripSvg.dispatchEvent(new PointerEvent('pointerup', { ...at, bubbles: true }));
      await el.updateComplete;
      const pressed = { before: startBefore, after: el.getAttribute('start') };
      return { whole, zoomed, ticks, again, look, pressed };
    });
    await page.close();
    expect(strips.look).toEqual({ display: 'block', cursor: 'grab', shade: '0.12' });
    expect(strips.whole).toBe(0);
    expect(strips.zoomed).toBe(1);
    expect(strips.ticks).toBeGreaterThan(0);
    expect(strips.again).toBe(1);
    expect(strips.pressed.before).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(strips.pressed.after).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The Arabic story runs right to left: its strip's left end is the latest time.
    expect(strips.pressed.after! > strips.pressed.before!).toBe(true);
    // Zooming fetched nothing more.
    expect(scripts).toHaveLength(2);
    expect(scripts[1]).toMatch(OVERVIEW);
  });

  it('a focused mark fetches the tooltip chunk, once, and shows its tooltip, date and title, when updateComplete resolves', async () => {
    const { page, scripts } = await drawnPage('examples/index.html');
    expect(own(scripts)).toEqual(['/dist/drawdown-timeline.bundle.js']);
    const tips = await page.evaluate(async () => {
      type Timeline = HTMLElement & {
        updateComplete: Promise<boolean>;
        currentLayout: { events: readonly { event: { id: string; importance: string } }[] };
      };
      const el = document.querySelector('drawdown-timeline') as Timeline;
      const root = el.shadowRoot!;
      await el.updateComplete;
      const before = root.querySelectorAll('.tooltip').length;
      const [a, b] = el.currentLayout.events
        .filter((m) => m.event.importance !== 'core')
        .map((m) => m.event.id);
      // The tooltip's words are made by its chunk too: the mark's date, and its title as named.
      const shown = async (id: string) => {
        const mark = root.querySelector<SVGGElement>(`[part~="event"][data-id="${id}"]`)!;
        mark.focus();
        await el.updateComplete;
        const tip = root.querySelector<HTMLElement>('.tooltip');
        const date = tip?.querySelector('.tooltip-date')?.textContent?.trim() ?? '';
        const title = tip?.querySelector('.tooltip-title')?.textContent?.trim() ?? '';
        const name = mark.getAttribute('aria-label') ?? '';
        return tip?.dataset.id === id && date !== '' && title !== '' && name.includes(title);
      };
      const first = await shown(a!);
      // The tooltip's own rules came with it: placed over the chart, its colours inverted.
      const box = getComputedStyle(root.querySelector('.tooltip')!);
      const look = {
        position: box.position,
        inverted: box.backgroundColor === getComputedStyle(el).color,
        padding: box.paddingInlineStart,
      };
      return { before, first, second: await shown(b!), look };
    });
    await page.close();
    expect(tips).toEqual({
      before: 0,
      first: true,
      second: true,
      look: { position: 'absolute', inverted: true, padding: '10px' },
    });
    const chunks = own(scripts).filter((s) => s.startsWith('/dist/bundle/'));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/\/tooltip-place-[\w-]+\.js$/);
    expect(own(scripts)).toHaveLength(2);
  });
});
