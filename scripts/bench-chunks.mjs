/**
 * Another build copied into bench-results/ for `npm run bench:compare` or `--trace --bundle`
 * fetches its chunks (the overview strip, a dense view's paths, the tooltip's placement, the
 * readers) from `bundle/` beside it, as it would from its own dist/. Without them its zoom and
 * gesture steps would skip that work and look faster than they are: the folder is copied too.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function copyChunks(bundleFile) {
  rmSync('bench-results/bundle', { recursive: true, force: true });
  const chunks = join(dirname(bundleFile), 'bundle');
  if (existsSync(chunks)) cpSync(chunks, 'bench-results/bundle', { recursive: true });
  else
    console.warn(`${chunks} is missing: that build's chunks will not load, and what needs them is skipped`);
}
