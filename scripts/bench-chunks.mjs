/**
 * Another build, copied into bench-results/other/ for `npm run bench:compare`, `--trace --bundle`,
 * `--page` and `bench:hostile`, as it would stand in its own dist/: the bundle under its own file
 * name, its source map, and the `bundle/` folder of chunks beside it (the overview strip, a dense
 * view's paths, the tooltip's placement, the readers). A chunk imports what it shares with the
 * bundle from `../drawdown-timeline.bundle.js`: under any other name that import fails, every
 * chunk with it, and the other build's zoom and gesture steps would run without the strip and
 * the tooltip, asking again for them on every frame. Returns the bundle's path in the repository.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function copyBuild(bundleFile) {
  const to = 'bench-results/other';
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const copied = join(to, basename(bundleFile));
  copyFileSync(bundleFile, copied);
  if (existsSync(`${bundleFile}.map`)) copyFileSync(`${bundleFile}.map`, `${copied}.map`);
  const chunks = join(dirname(bundleFile), 'bundle');
  if (existsSync(chunks)) cpSync(chunks, join(to, 'bundle'), { recursive: true });
  else
    console.warn(`${chunks} is missing: that build's chunks will not load, and what needs them is skipped`);
  return copied;
}
