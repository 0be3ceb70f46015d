import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumerProject } from '../pack.js';

/**
 * `tests/consumer/` is what a TypeScript user writes against the published package: each
 * `@ts-expect-error` there must meet an error (or tsc fails), and every other line must compile.
 */
describe('a TypeScript project using the packed package', () => {
  it('types querySelector, the events on document and window, the React wrapper, and rejects typos and wrong values', () => {
    const dir = consumerProject('consumer-types');
    for (const file of readdirSync('tests/consumer'))
      copyFileSync(join('tests/consumer', file), join(dir, file));
    let output = '';
    try {
      execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);
});
