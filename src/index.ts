/**
 * The package's side-effect-free entry: the element class (not registered; import
 * `drawdown-timeline/define` for that), the schema, the pure date, locale and layout modules,
 * the built-in story, and the readers for other formats.
 */
export * from './core.js';
export { fromTimelineJs } from './adapters/timelinejs.js';
export { fromCsv, fromTimelineJsCsv } from './adapters/csv.js';
export { readTimelineText } from './adapters/detect.js';
