import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import MagicString from 'magic-string';
import pkg from './package.json' with { type: 'json' };

const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) => externals.some((dep) => id === dep || id.startsWith(`${dep}/`));

const ts = (outDir = 'dist') =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    declaration: false,
    sourceMap: true,
    outDir,
  });

/**
 * Ships the element's CSS without comments and indentation: terser leaves template literals
 * as they are. Only whitespace next to braces, semicolons and commas and after colons is
 * dropped, so selectors (`.a :focus`) and quoted font names keep their meaning.
 */
const minifyCss = () => ({
  name: 'minify-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const out = code.replace(/css\s*`([^`$]*)`/g, (_, text) => {
      const small = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${small}\``;
    });
    return { code: out, map: null };
  },
});

/**
 * After Terser, every line break left in a browser bundle is inside a template literal, and the
 * ones with indentation after them are the layout of Lit's `html` and `svg` templates. A line
 * break and its indentation become one space: HTML draws both alike (the templates hold no
 * `<pre>`), and the critical path carries about half a kilobyte less gzip. The leading licence
 * comment keeps its lines.
 */
const collapseTemplateIndent = () => ({
  name: 'collapse-template-indent',
  renderChunk(code) {
    const out = new MagicString(code);
    const breaks = /\n[ \t]+/g;
    breaks.lastIndex = code.startsWith('/*!') ? code.indexOf('*/') + 2 : 0;
    for (let m = breaks.exec(code); m; m = breaks.exec(code)) {
      out.overwrite(m.index, m.index + m[0].length, ' ');
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/** The npm packages whose code a chunk inlines, from its module ids. */
function inlinedPackages(moduleIds) {
  const names = new Set();
  for (const id of moduleIds) {
    const match = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (match) names.add(match[1]);
  }
  return [...names].sort().map((name) => {
    const dir = resolve('node_modules', name);
    const meta = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(resolve(dir, file), 'utf8').trim() : '';
    const copyright =
      text
        .split('\n')
        .find((line) => /copyright/i.test(line))
        ?.trim() ?? '';
    return { name, version: meta.version, license: meta.license, copyright, text };
  });
}

/**
 * Licence notices for the browser bundles, which inline lit, d3 modules and valibot: a `/*!`
 * banner on each file (kept by Terser) naming the packages it inlines with their licence and
 * copyright line, and the full licence texts of every inlined package in `fileName` beside it.
 */
const notices = (fileName) => ({
  name: 'third-party-notices',
  generateBundle(_, bundle) {
    const ids = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
    const own = `${pkg.name} ${pkg.version} (${pkg.license})\n\n${readFileSync('LICENSE', 'utf8').trim()}`;
    const others = inlinedPackages(ids).map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text}`);
    this.emitFile({ type: 'asset', fileName, source: `${[own, ...others].join('\n\n---\n\n')}\n` });
  },
});

const banner = (fileName) => (chunk) => {
  const lines = inlinedPackages(chunk.moduleIds).map(
    (p) => ` * ${p.name} ${p.version}, ${p.license}, ${p.copyright}`,
  );
  const notice = `/*! ${pkg.name} ${pkg.version}, ${pkg.license}. Includes (full licence texts in ${fileName}):\n${lines.join('\n')}\n */`;
  return chunk.isEntry ? `${notice}\n${COMPILE_HINT}` : notice;
};

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function of the file is compiled while the script loads, off the main thread where the
 * script is streamed, instead of one by one on the main thread the first time each is called.
 * Nearly all of the entry file runs for the first frame (the element, its controllers, layout,
 * templates, Lit), and compiling it on first call was about a quarter of that frame's main-thread
 * time. The chunks beside it load on demand and keep V8's lazy default; the all-in-one file,
 * an entry, carries the hint too.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Terser for the browser files. Only the package's own notice comment and the compile hint are
 * kept (the banner, added before minifying). As an ES module the file's top level is its own, so unused top-level names
 * go; no module reads a property for its side effect (no getter that does work, no layout read
 * for a reflow), so a property read whose value is unused goes too; a third pass finds what the
 * second freed. Together with the bundle's short export list they took 1.2 KB gzip off the
 * critical path.
 */
const minify = {
  format: { comments: /^(! drawdown-timeline|# allFunctionsCalledOnLoad$)/ },
  compress: { passes: 3, pure_getters: true },
  module: true,
  ecma: 2020,
};

/** Writes the JSON Schema by running the freshly built generator. */
const emitSchema = () => ({
  name: 'emit-json-schema',
  async writeBundle() {
    const url = pathToFileURL(resolve('.build/json-schema.js')).href;
    const { documentJsonSchema } = await import(`${url}?t=${Date.now()}`);
    mkdirSync('dist', { recursive: true });
    writeFileSync(
      'dist/drawdown-timeline.schema.json',
      `${JSON.stringify(documentJsonSchema(pkg.version), null, 2)}\n`,
    );
  },
});

export default [
  // The npm build: lit, d3 and valibot stay external so apps share one copy; tree-shakable ESM.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      schema: 'src/schema/index.ts',
      adapters: 'src/adapters/index.ts',
      react: 'src/react.ts',
    },
    // One file per source module: with the package's `sideEffects` list, a bundler keeps only
    // the modules an import reaches, so `layoutTimeline` or `validateDocument` come without the
    // element and Lit.
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      // npm leaves folders named node_modules out of a package: helpers go to vendor/.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
    },
    external,
    plugins: [nodeResolve(), ts(), minifyCss()],
  },
  // The file a plain <script type="module"> tag loads: lit and d3 inlined, minified. What only
  // some pages need (the CSV and TimelineJS3 readers) is split into chunks beside it, which the
  // browser fetches relative to the bundle's own URL, from a CDN or a copied dist/ alike.
  {
    input: { 'drawdown-timeline.bundle': 'src/bundle.ts' },
    // The shared code stays in the bundle itself (no facade file): the chunks import from it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'bundle/[name]-[hash].js',
      banner: banner('drawdown-timeline.bundle.js.LICENSE.txt'),
    },
    plugins: [
      nodeResolve({ browser: true }),
      ts(),
      minifyCss(),
      terser(minify),
      collapseTemplateIndent(),
      notices('drawdown-timeline.bundle.js.LICENSE.txt'),
    ],
  },
  // Everything in one self-contained file, for those who want a single file whatever its size.
  {
    input: 'src/all.ts',
    output: {
      file: 'dist/drawdown-timeline.all.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      banner: banner('drawdown-timeline.all.js.LICENSE.txt'),
    },
    plugins: [
      nodeResolve({ browser: true }),
      ts(),
      minifyCss(),
      terser(minify),
      collapseTemplateIndent(),
      notices('drawdown-timeline.all.js.LICENSE.txt'),
    ],
  },
  // The JSON Schema generator, run once at build time.
  {
    input: 'src/schema/json-schema.ts',
    output: { file: '.build/json-schema.js', format: 'es' },
    plugins: [nodeResolve(), ts('.build'), emitSchema()],
  },
  // Rolled-up type declarations, one file per entry (shared parts in dist/types/).
  {
    input: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      adapters: 'src/adapters/index.ts',
      define: 'src/define.ts',
      react: 'src/react.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].d.ts',
      chunkFileNames: 'types/[name]-[hash].d.ts',
    },
    external,
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
];
