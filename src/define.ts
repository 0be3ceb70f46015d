/** Importing this module registers `<drawdown-timeline>`. */
export * from './components/drawdown-timeline/define.js';
export * from './index.js';

import * as details from './components/drawdown-timeline/details.js';
import { detailsChunk } from './components/drawdown-timeline/details-chunk.js';
import * as dense from './components/drawdown-timeline/dense.js';
import { denseChunk } from './components/drawdown-timeline/dense-chunk.js';
import * as overviewStrip from './components/drawdown-timeline/overview-strip.js';
import { overviewChunk } from './components/drawdown-timeline/overview-chunk.js';
import * as tooltipPlace from './components/drawdown-timeline/tooltip-place.js';
import { tooltipChunk } from './components/drawdown-timeline/tooltip-chunk.js';

// The npm entry, the self-contained file and server rendering carry the card and the list, a
// dense view's paths, the overview strip and the tooltip's placement, so they draw at once (the
// single-file bundle fetches each the first time it is needed).
detailsChunk.provide(details);
denseChunk.provide(dense);
overviewChunk.provide(overviewStrip);
tooltipChunk.provide(tooltipPlace);
