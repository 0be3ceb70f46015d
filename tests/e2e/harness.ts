/**
 * One Chromium and the repository's static server per test file: started before its tests,
 * stopped after them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: plain ES modules shared with the scripts, without type declarations.
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: as above.
import { launch } from '../../scripts/chromium.mjs';

export interface Harness {
  readonly browser: Browser;
  /** `http://127.0.0.1:PORT`, serving the repository. */
  readonly origin: string;
}

export function useBrowser(): Harness {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let origin = '';
  beforeAll(async () => {
    server = (await serve(0)) as Server;
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = (await launch()) as Browser;
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return origin;
    },
  };
}
