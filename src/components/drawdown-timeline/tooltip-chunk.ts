import { chunk } from '../../controllers/chunk.js';

/** A mark's tooltip (`tooltip-place.ts`), loaded the first time a mark is pointed or focused. */
export const tooltipChunk = chunk(() => import('./tooltip-place.js'));
