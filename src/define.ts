/** Importing this module registers `<drawdown-timeline>`. */
export * from './components/drawdown-timeline/define.js';
export * from './index.js';

import * as details from './components/drawdown-timeline/details.js';
import { detailsChunk } from './components/drawdown-timeline/details-chunk.js';

// The npm entry, the self-contained file and server rendering carry the card and the list, so
// they draw at once (the single-file bundle fetches them the first time one is shown).
detailsChunk.provide(details);
