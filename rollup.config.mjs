import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import pkg from './package.json' with { type: 'json' };

const external = (id) => Object.keys(pkg.dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));

const ts = (outDir = 'dist') =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    declaration: false,
    sourceMap: true,
    outDir,
  });

/**
 * The bundle gives d3-zoom a stand-in for d3-transition: zooms here are never animated, and the
 * real module brings a quarter of the bundle (see src/controllers/d3-transition-lite.ts).
 */
const transitionLite = () => ({
  name: 'd3-transition-lite',
  resolveId(source) {
    return source === 'd3-transition' ? resolve('src/controllers/d3-transition-lite.ts') : null;
  },
});

/** Writes the JSON Schema by running the freshly built generator. */
const emitSchema = () => ({
  name: 'emit-json-schema',
  async writeBundle() {
    const url = pathToFileURL(resolve('.build/json-schema.js')).href;
    const { documentJsonSchema } = await import(`${url}?t=${Date.now()}`);
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/drawdown-timeline.schema.json', `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
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
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    external,
    plugins: [nodeResolve(), ts()],
  },
  // One self-contained file for a plain <script type="module"> tag: everything inlined, minified.
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/drawdown-timeline.bundle.js', format: 'es', sourcemap: true },
    plugins: [
      transitionLite(),
      nodeResolve({ browser: true }),
      ts(),
      terser({ format: { comments: false }, ecma: 2020 }),
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
      jsx: 'src/jsx.ts',
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
