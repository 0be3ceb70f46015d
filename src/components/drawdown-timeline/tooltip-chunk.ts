import { chunk } from '../../controllers/chunk.js';

/** The tooltip's placement (`tooltip-place.ts`), loaded the first time a mark is pointed or focused. */
export const tooltipChunk = chunk(() => import('./tooltip-place.js'));
