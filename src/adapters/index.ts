/** Other formats in: TimelineJS3 JSON, TimelineJS3's spreadsheet as CSV, a simple CSV, and detection. */
export { fromTimelineJs } from './timelinejs.js';
export { htmlToText } from './html-text.js';
export type { AdapterResult } from './read.js';
export { fromCsv, fromTimelineJsCsv } from './csv.js';
export { readTimelineText, isTimelineJsDocument, type ReadResult } from './detect.js';
