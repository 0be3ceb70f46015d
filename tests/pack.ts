import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = resolve('.build/pack');

/** The newest modification time among the files `npm pack` takes. */
function newestInput(): number {
  const walk = (path: string): number => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => walk(join(path, name))));
  };
  return Math.max(
    ...['dist', 'package.json', 'README.md', 'custom-elements.json', 'web-types.json'].map(walk),
  );
}

/**
 * The package as npm would publish it, packed once per build: the tarball is reused while no
 * packed input is newer than it.
 */
export function packedTarball(): string {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const existing = existsSync(OUT) ? readdirSync(OUT).find((f) => f.endsWith('.tgz')) : undefined;
  if (existing && statSync(join(OUT, existing)).mtimeMs > newestInput()) return join(OUT, existing);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', OUT], {
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string }>;
  return join(OUT, info!.filename);
}

/**
 * A consumer project folder whose `node_modules/drawdown-timeline` is the packed package, and
 * whose other dependencies are this repository's installed ones.
 */
export function consumerProject(name: string): string {
  const dir = resolve('.build', name);
  rmSync(dir, { recursive: true, force: true });
  const modules = join(dir, 'node_modules');
  const own = join(modules, 'drawdown-timeline');
  mkdirSync(own, { recursive: true });
  execFileSync('tar', ['-xzf', packedTarball(), '-C', own, '--strip-components=1']);
  for (const entry of readdirSync('node_modules')) {
    if (entry === 'drawdown-timeline' || entry.startsWith('.')) continue;
    execFileSync('ln', ['-s', resolve('node_modules', entry), join(modules, entry)]);
  }
  return dir;
}
