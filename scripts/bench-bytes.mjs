/**
 * `npm run bench -- --bytes [file.js]`: what the critical path carries, per source module. Reads
 * the bundle's source map, gives every generated character to the source module it came from,
 * and prints for each module its minified bytes and its gzip cost: how much smaller the gzipped
 * file gets without that module's text (so shared strings are not counted twice). Needs
 * `npm run build` first. Default file: dist/drawdown-timeline.bundle.js.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readSourceMap } from './source-map.mjs';

const file =
  process.argv.slice(2).find((a) => a.endsWith('.js') && !a.startsWith('-')) ??
  'dist/drawdown-timeline.bundle.js';
const code = readFileSync(file, 'utf8');
const map = readSourceMap(file);

// Owner (source index, or -1 for generated code such as the banner) of every character.
const lines = code.split('\n');
const owner = lines.map((line, i) => {
  const own = new Int32Array(line.length + 1).fill(-1);
  const segs = map.lines[i] ?? [];
  segs.forEach((seg, k) => own.fill(seg.source, seg.column, segs[k + 1]?.column ?? line.length + 1));
  return own;
});
const nameOf = map.nameOf;

const total = gzipSync(code, { level: 9 }).length;
const raw = new Map();
for (let i = 0; i < lines.length; i++) {
  const own = owner[i];
  for (let c = 0; c < lines[i].length + 1; c++) raw.set(own[c], (raw.get(own[c]) ?? 0) + 1);
}
/** The file with one module's characters left out. */
function without(src) {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const own = owner[i];
    const line = lines[i];
    let start = -1;
    for (let c = 0; c <= line.length; c++) {
      const keep = own[c] !== src;
      if (keep && start < 0) start = c;
      if ((!keep || c === line.length) && start >= 0) {
        out += line.slice(start, c);
        start = -1;
      }
    }
    out += '\n';
  }
  return out;
}

const rows = [...raw.entries()]
  .map(([src, bytes]) => ({
    name: nameOf(src),
    raw: bytes,
    gzip: total - gzipSync(without(src), { level: 9 }).length,
  }))
  .sort((a, b) => b.gzip - a.gzip);

/** Modules grouped: each npm package as one, our own code by folder. */
const group = (name) =>
  name.startsWith('src/')
    ? name.split('/').slice(0, 2).join('/')
    : name.startsWith('(')
      ? name
      : name.split('/')[0];
const groups = new Map();
for (const r of rows) {
  const g = groups.get(group(r.name)) ?? { raw: 0, gzip: 0 };
  g.raw += r.raw;
  g.gzip += r.gzip;
  groups.set(group(r.name), g);
}

const kb = (b) => `${(b / 1024).toFixed(2)} KB`;
console.log(`${file}: ${kb(code.length)} minified, ${kb(total)} gzip\n`);
console.log('| group | minified | gzip cost |\n|---|---:|---:|');
for (const [name, g] of [...groups.entries()].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`| ${name} | ${kb(g.raw)} | ${kb(g.gzip)} |`);
}
console.log('\n| module | minified | gzip cost |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
console.log(
  "\nA module's gzip cost is how much the gzipped file shrinks without its text; the costs add up to about the whole.",
);
