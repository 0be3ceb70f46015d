/** The schema on its own: validation, types and limits, without the element or the layout. */
export * from './document.js';
export type * from './model.js';
export { validateDocument, LIMITS } from './validate.js';
export { parseDocumentText } from './parse.js';
export { safeUrl } from './url.js';
export { parsePartialDate, dateInterval, qualifiedInterval, anchorTime } from '../time/partial-date.js';
export type { PartialDate, Interval, Precision, Qualifier } from '../time/partial-date.js';
