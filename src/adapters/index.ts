/** Other formats in: TimelineJS3 JSON, TimelineJS3's spreadsheet as CSV, a simple CSV, and detection. */
export { fromTimelineJs, htmlToText, type AdapterResult } from './timelinejs.js';
export { fromCsv, fromTimelineJsCsv } from './csv.js';
export { readTimelineText, isTimelineJsDocument, type ReadResult } from './detect.js';
