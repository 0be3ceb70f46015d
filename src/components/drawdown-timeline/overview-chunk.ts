import { chunk } from '../../controllers/chunk.js';

/** The overview strip (`overview-strip.ts`), loaded the first time a chart is zoomed. */
export const overviewChunk = chunk(() => import('./overview-strip.js'));
