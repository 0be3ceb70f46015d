import { chunk } from '../../controllers/chunk.js';

/** A dense view's paths (`dense.ts`), loaded the first time a view is dense. */
export const denseChunk = chunk(() => import('./dense.js'));
