/**
 * The published bundle works under
 * `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`
 * with zero violation reports, while it loads JSON and CSV, selects, zooms and exports. A control page that
 * breaks the same policy on purpose must be reported, or zero would mean nothing.
 *
 * Needs `dist/` (npx rollup -c, or npm run build): the test is about the bundle a page would load.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES modules shared with the scripts, without type declarations.
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: as above.
import { launch } from '../../scripts/chromium.mjs';

/** The strict policy for scripts only. */
const SCRIPT_POLICY = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The same with inline styles forbidden too, as strict sites also do. */
const STRICT_POLICY =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The policy the server puts on HTML pages for the next navigation. */
let policy = STRICT_POLICY;
const root = resolve(new URL('../..', import.meta.url).pathname);
const bundle = join(root, 'dist/drawdown-timeline.bundle.js');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source?: string;
}

interface Report {
  violations: Violation[];
  loads: Array<{ id: string; events: number; issues: number }>;
  errors: Array<{ id: string; status?: number; issues: unknown[] }>;
  attempts?: Array<{ name: string; threw: boolean }>;
}

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // A missing or stale bundle would test nothing, or yesterday's code: fail loudly instead.
  if (!existsSync(bundle)) {
    throw new Error(
      'dist/drawdown-timeline.bundle.js is missing: run `npx rollup -c` (or `npm run build`) first.',
    );
  }
  if (newest(join(root, 'src')) > statSync(bundle).mtimeMs) {
    throw new Error(
      'dist/drawdown-timeline.bundle.js is older than src/: run `npx rollup -c` (or `npm run build`) first.',
    );
  }
  server = (await serve(0, (path: string) =>
    path.endsWith('.html') ? { 'content-security-policy': policy } : {},
  )) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = (await launch()) as Browser;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

/** Opens a page with the console and uncaught errors recorded. */
async function open(path: string, csp: string): Promise<{ page: Page; console: string[]; errors: string[] }> {
  policy = csp;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const messages: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${origin}${path}`);
  expect(response?.headers()['content-security-policy']).toBe(csp);
  return { page, console: messages, errors };
}

const report = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspReport: Report }).__cspReport);

/**
 * A real click; if something covers the target (say, labels piled up because their positions were
 * blocked), the click is dispatched instead so that the run still ends with its violation report,
 * and the cover-up is remembered as a failure of its own.
 */
async function click(locator: Locator, failures: string[], what: string): Promise<void> {
  try {
    await locator.click({ timeout: 5000 });
  } catch (error) {
    failures.push(`${what}: ${String(error).split('\n')[0]}`);
    await locator.dispatchEvent('click');
  }
}

/** Loads the page, selects and zooms on both elements, and returns what the page recorded. */
async function exercise(csp: string) {
  const { page, console: messages, errors } = await open('/tests/e2e/pages/csp.html', csp);
  const clickFailures: string[] = [];
  for (const id of ['json', 'csv']) {
    await page.locator(`#${id} [part~="event"]`).first().waitFor({ state: 'attached' });
  }
  const events = {
    json: await page.locator('#json [part~="event"]').count(),
    csv: await page.locator('#csv [part~="event"]').count(),
  };
  for (const id of ['json', 'csv']) {
    const el = page.locator(`#${id}`);
    await click(el.locator('[part~="label"]').first(), clickFailures, `${id}: select by clicking a label`);
    await el.locator('[part~="detail"]').waitFor();
    await click(el.locator('[part~="controls"] button').first(), clickFailures, `${id}: the zoom-in button`);
    await page.waitForSelector(`#${id}[start]`, { state: 'attached' });
  }
  // The list view and keyboard paths render other templates.
  await click(page.locator('#json .view-toggle'), clickFailures, 'json: list view');
  await page.locator('#json [part~="list"]').waitFor();
  await page.locator('#csv [part~="event"][tabindex="0"]').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Export runs under the same policy: serialization, a blob image and a canvas.
  const exported = await page.evaluate(async () => {
    const el = document.querySelector('#csv') as HTMLElement & {
      toSVG(): Promise<string>;
      toPNG(): Promise<Blob>;
    };
    const svg = await el.toSVG();
    const png = await el.toPNG();
    return { svg: svg.length, svgHasLabels: svg.includes('<text'), png: png.size, type: png.type };
  });
  // Violation reports are delivered as tasks after the fact.
  await page.waitForTimeout(300);
  const result = await report(page);
  const selected = await page.locator('#json').getAttribute('selected');
  await page.close();
  return { result, messages, errors, events, clickFailures, selected, exported };
}

describe('a strict Content-Security-Policy with Trusted Types', () => {
  for (const [name, csp] of [
    ['scripts only, as in the quality list', SCRIPT_POLICY],
    ["with style-src 'self' too", STRICT_POLICY],
  ] as const) {
    it(`under a strict CSP (${name}), JSON and CSV sources render, select and zoom with zero violation reports`, async () => {
      const run = await exercise(csp);
      const violations = run.result.violations.map((v) => `${v.directive} (${v.blocked}) from ${v.source}`);
      expect(violations, 'securitypolicyviolation reports').toEqual([]);
      expect(run.messages.filter((m) => /Content.Security.Policy|Trusted ?Type|Refused/i.test(m))).toEqual(
        [],
      );
      expect(run.errors).toEqual([]);
      expect(run.clickFailures, 'real clicks reached their targets').toEqual([]);
      expect(run.selected).toBeTruthy();
      expect(run.exported.svgHasLabels).toBe(true);
      expect(run.exported.type).toBe('image/png');
      expect(run.exported.png).toBeGreaterThan(1000);
      expect(run.events.json).toBeGreaterThan(3);
      expect(run.events.csv).toBeGreaterThan(3);
      expect(run.result.errors).toEqual([]);
      expect(run.result.loads.map((l) => l.id).sort()).toEqual(['csv', 'json']);
      for (const load of run.result.loads) expect(load.events, load.id).toBeGreaterThan(3);
    });
  }

  it('the control page that breaks each rule on purpose is reported, so zero above means something', async () => {
    const { page } = await open('/tests/e2e/pages/violation.html', STRICT_POLICY);
    await page.waitForSelector('body[data-done]', { state: 'attached' });
    const result = await report(page);
    await page.close();
    expect(result.attempts?.filter((a) => a.threw).map((a) => a.name)).toEqual(['innerHTML', 'Function']);
    const seen = result.violations.map((v) => `${v.directive} ${v.sample.split('|')[0]}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'require-trusted-types-for Element innerHTML',
        'require-trusted-types-for Function',
        'style-src-attr ',
      ]),
    );
  });
});
