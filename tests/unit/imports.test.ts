import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module under src/, with what it imports (static, re-exports and dynamic; types included). */
function sourceGraph(): Map<string, string[]> {
  const files = (readdirSync('src', { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join('src', f));
  const graph = new Map<string, string[]>();
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const [, spec] of text.matchAll(specifier)) {
      if (!spec!.startsWith('.')) {
        targets.push(spec!);
        continue;
      }
      targets.push(normalize(join(dirname(file), spec!)).replace(/\.js$/, '.ts'));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Each cycle, as the path from the first module met on it back to that module. */
function cyclesIn(modules: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const t of modules.get(file) ?? []) if (modules.has(t)) visit(t, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of modules.keys()) visit(file, []);
  return cycles;
}

const graph = sourceGraph();
const folder = (file: string) => relative('src', file).split(/[\\/]/)[0]!;

describe('the modules under src/', () => {
  it('are found, with their imports', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get(join('src', 'layout', 'layout.ts'))).toContain(join('src', 'layout', 'visible.ts'));
  });

  it('import no module that is not there', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => t.startsWith('src') && !graph.has(t)).map((t) => `${file} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('have no import cycles', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  it('would show a cycle as the path that closes it', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'lit']],
    ]);
    expect(cyclesIn(cyclic)).toEqual(['a → b → c → a']);
  });

  it('import along the flow time ← schema ← layout ← controllers ← element, never against it', () => {
    // What each folder must not import: a folder (or a package) later in the flow.
    const forbidden: Record<string, readonly string[]> = {
      time: ['schema', 'layout', 'locale', 'controllers', 'components', 'adapters', 'data', 'lit', 'd3'],
      schema: ['layout', 'locale', 'controllers', 'components', 'adapters', 'data', 'lit', 'd3'],
      layout: ['controllers', 'components', 'adapters', 'data', 'lit'],
      locale: ['layout', 'controllers', 'components', 'adapters', 'data', 'lit'],
      controllers: ['components'],
      data: ['layout', 'locale', 'controllers', 'components', 'adapters', 'lit', 'd3'],
    };
    const against = [...graph].flatMap(([file, targets]) => {
      const rules = forbidden[folder(file)] ?? [];
      return targets
        .filter((t) =>
          rules.some((r) =>
            t.startsWith('src') ? folder(t) === r : t === r || t.startsWith(`${r}/`) || t.startsWith(`${r}-`),
          ),
        )
        .map((t) => `${file} → ${t}`);
    });
    expect(against).toEqual([]);
  });

  it('leave the element wiring controllers: it imports no reader, schema or story module of its own', () => {
    const element = join('src', 'components', 'drawdown-timeline', 'drawdown-timeline.ts');
    const direct = (graph.get(element) ?? []).filter(
      (t) => t.startsWith('src') && ['adapters', 'schema', 'data'].includes(folder(t)),
    );
    expect(graph.get(element)?.length).toBeGreaterThan(10);
    expect(direct).toEqual([]);
  });
});
