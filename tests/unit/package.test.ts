import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minify } from 'terser';

/**
 * These tests read the built package: `npm test` builds it first (the `pretest` script).
 * Budgets are gzip sizes; see the benchmark note for what fills them.
 */
const BUDGET = {
  /** The single-file bundle with lit and d3 inlined. */
  bundleGzip: 54 * 1024,
  /** The package's own code in the ESM build, once an app's bundler minifies it. */
  ownMinifiedGzip: 46 * 1024,
};

function built(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
}

interface PackFile {
  path: string;
}

describe('the package', () => {
  const pack = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  ) as Array<{ files: PackFile[] }>;
  const files = new Set(pack[0]!.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
    customElements: string;
  };

  it('ships the builds, the types, the JSON Schema and the custom elements manifest, and no sources', () => {
    for (const file of [
      'dist/index.js',
      'dist/define.js',
      'dist/schema.js',
      'dist/adapters.js',
      'dist/drawdown-timeline.bundle.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/react.js',
      'dist/react.d.ts',
      'web-types.json',
      'vscode.html-custom-data.json',
      'dist/drawdown-timeline.schema.json',
      'custom-elements.json',
      'README.md',
      'package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    for (const file of files) {
      expect(file).not.toMatch(/^(src|tests|stories|scripts|bench|\.build)\//);
    }
  });

  it('every export map target is in the package', () => {
    for (const target of Object.values(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
      for (const path of paths) expect(files, path).toContain(path.replace(/^\.\//, ''));
    }
    expect(files).toContain(pkg.customElements.replace(/^\.\//, ''));
  });

  it('every built file that registers the element is listed in sideEffects', () => {
    const sideEffects = (JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] })
      .sideEffects;
    const matches = (path: string) =>
      sideEffects.some((pattern) =>
        new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(
          path,
        ),
      );
    const registering = [...files].filter(
      (f) => f.endsWith('.js') && built(f).includes('customElements.define('),
    );
    expect(registering.length).toBeGreaterThan(0);
    for (const file of registering) expect(matches(file), file).toBe(true);
  });

  it('the JSON Schema has an $id editors can resolve', () => {
    const schema = JSON.parse(built('dist/drawdown-timeline.schema.json')) as Record<string, unknown>;
    expect(schema.$id).toMatch(/^https:\/\/.*drawdown-timeline\.schema\.json$/);
    expect(JSON.stringify(schema)).toContain('"events"');
  });

  it('the schema entry works in Node with no DOM and registers nothing', async () => {
    built('dist/schema.js');
    // A runtime path: the type check must not need a build.
    const url = pathToFileURL(resolve('dist/schema.js')).href;
    const schema = (await import(/* @vite-ignore */ url)) as typeof import('../../src/schema/index.js');
    const { model, issues } = schema.validateDocument([{ id: 'a', start: '2024-02-29', title: 'Leap day' }]);
    expect(issues).toEqual([]);
    expect(model.events[0]!.id).toBe('a');
    expect((globalThis as { customElements?: unknown }).customElements).toBeUndefined();
  });

  it('the custom elements manifest documents every attribute, event, part and custom property', () => {
    const manifest = JSON.parse(built('custom-elements.json')) as {
      modules: Array<{ declarations?: Array<Record<string, Array<{ name: string }>>> }>;
    };
    const declaration = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => (d as unknown as { tagName?: string }).tagName === 'drawdown-timeline')!;
    const names = (key: string) => (declaration[key] ?? []).map((x) => x.name);
    expect(names('attributes')).toEqual(
      expect.arrayContaining([
        'src',
        'lang',
        'dir',
        'orientation',
        'time-direction',
        'start',
        'end',
        'selected',
        'categories',
        'series',
        'theme',
        'numbering',
        'calendar',
        'heading-level',
        'view',
        'no-zoom',
        'export',
      ]),
    );
    expect(names('events')).toEqual(
      expect.arrayContaining(['drawdown-load', 'drawdown-error', 'drawdown-select', 'drawdown-range-change']),
    );
    expect(names('cssParts')).toEqual(
      expect.arrayContaining(['axis', 'event', 'label', 'period', 'series', 'detail', 'controls', 'message']),
    );
    expect(names('cssProperties').length).toBeGreaterThan(10);
  });
});

describe('bundle budgets', () => {
  it(`the single-file bundle stays within ${BUDGET.bundleGzip / 1024} KB gzip`, () => {
    const size = gzipSync(built('dist/drawdown-timeline.bundle.js'), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(BUDGET.bundleGzip);
  });

  it(`the own code of the ESM build stays within ${BUDGET.ownMinifiedGzip / 1024} KB gzip once minified`, async () => {
    const chunks = execFileSync(
      'sh',
      ['-c', 'ls dist/chunks/*.js dist/index.js dist/define.js dist/schema.js dist/adapters.js'],
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n');
    let total = 0;
    for (const file of chunks) {
      const out = await minify(built(file), { module: true, ecma: 2020 });
      total += gzipSync(out.code ?? '', { level: 9 }).length;
    }
    expect(total).toBeLessThanOrEqual(BUDGET.ownMinifiedGzip);
    // Minifying 200 KB takes seconds while the browser projects share the two cores.
  }, 60_000);
});
