/**
 * Entry of the single-file bundle: the element registered on import, and what a page needs to
 * show the built-in story or a JSON document. The CSV and TimelineJS3 readers, export, the card
 * and the list are chunks beside it, fetched (relative to the bundle's own URL) only when needed.
 *
 * It exports the element and the story, nothing else: every export keeps its code in the file a
 * reader's page fetches, used or not. The pure modules (layout, validation, formatters, strings)
 * come from the npm entry, and `drawdown-timeline.all.js` exports everything.
 */
export * from './components/drawdown-timeline/define.js';
export { drawdownStory } from './data/drawdown.js';
