import { chunk } from '../../controllers/chunk.js';

/** The story card and the list view (`details.ts`), loaded the first time one is shown. */
export const detailsChunk = chunk(() => import('./details.js'));
