/**
 * A small reader of source maps (version 3) for the benchmark scripts: which source module and
 * line each generated character came from. No dependency: the mappings are Base64 VLQ.
 */
import { readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * The map of `file` (read from `file.map`), as segments per generated line:
 * `{ column, source, line, originalColumn }`, with `source` -1 for generated text.
 */
export function readSourceMap(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  let source = 0;
  let line = 0;
  let originalColumn = 0;
  const lines = map.mappings.split(';').map((lineMap) => {
    let column = 0;
    return lineMap
      .split(',')
      .filter(Boolean)
      .map((seg) => {
        const v = vlq(seg);
        column += v[0];
        if (v.length < 4) return { column, source: -1, line: 0, originalColumn: 0 };
        source += v[1];
        line += v[2];
        originalColumn += v[3];
        return { column, source, line, originalColumn };
      });
  });
  /** A source path as a short module name: `lit-html/lit-html.js`, `src/layout/layout.ts`. */
  const nameOf = (i) => {
    if (i < 0) return '(generated)';
    const s = map.sources[i];
    const pkg = s.match(/node_modules\/(.+)$/);
    return pkg ? pkg[1] : s.replace(/^(\.\.\/)+/, '');
  };
  /** Where a generated position (0-based line and column) came from: `src/layout/layout.ts:120`. */
  const origin = (genLine, genColumn) => {
    const segs = lines[genLine] ?? [];
    let hit;
    for (const s of segs) {
      if (s.column > genColumn) break;
      hit = s;
    }
    return hit && hit.source >= 0 ? `${nameOf(hit.source)}:${hit.line + 1}` : undefined;
  };
  return { lines, nameOf, origin };
}
