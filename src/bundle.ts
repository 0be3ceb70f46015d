/**
 * Entry of the single-file bundle: the element registered on import, with what a page needs to
 * show the built-in story or a JSON document. The CSV and TimelineJS3 readers are chunks beside
 * it, fetched (relative to the bundle's own URL) only when a text needs them.
 */
export * from './components/drawdown-timeline/define.js';
export * from './core.js';
