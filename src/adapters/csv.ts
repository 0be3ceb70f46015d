/**
 * Spreadsheets to timeline documents: TimelineJS3's Google Sheets template, or a simple layout
 * whose columns are the document's own event fields. People keep timelines in spreadsheets, and
 * a spreadsheet user thinks in lines, so every problem is reported by its line in the file.
 */
import { IssueList } from '../schema/issues.js';
import { csvParseRows } from 'd3-dsv';
import { SCHEMA_VERSION } from '../schema/document.js';
import type { CategoryInput, EventInput, MediaInput, TimelineDocument } from '../schema/document.js';
import { QUALIFIERS, parsePartialDate, type PartialDate, type Qualifier } from '../time/partial-date.js';
import { convertTimelineJs, type Located } from './timelinejs.js';
import type { AdapterResult } from './read.js';
import { IdPool, periodProblem } from './convert.js';

interface Row {
  readonly cells: readonly string[];
  /** 1-based line of the file where the row starts. */
  readonly line: number;
}

interface Table {
  readonly header: Row;
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly Row[];
}

/** "End Year", "end_year" and " endyear " name the same column. */
function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Parses the text into rows that know their line. csvParseRows does not give lines, but a row
 * spans one line plus each line break inside its quoted cells, so the lines can be counted back.
 */
function readTable(text: string, issues: IssueList): Table | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: string[][];
  try {
    parsed = csvParseRows(body);
  } catch (error) {
    issues.add('', `not readable as CSV: ${error instanceof Error ? error.message : 'unknown error'}`);
    return undefined;
  }
  const rows: Row[] = [];
  let line = 1;
  for (const cells of parsed) {
    rows.push({ cells, line });
    line += 1 + lineBreaks(cells);
  }
  const headerIndex = rows.findIndex((row) => !isBlank(row.cells));
  const header = rows[headerIndex];
  if (header === undefined) {
    issues.add('', 'the file is empty; expected a header row');
    return undefined;
  }
  const columns = new Map<string, number>();
  header.cells.forEach((name, i) => {
    const key = columnKey(name);
    if (key !== '' && !columns.has(key)) columns.set(key, i);
  });
  return { header, columns, rows: rows.slice(headerIndex + 1) };
}

/** The data rows worth reading: blank rows skipped, rows of the wrong width reported. */
function* dataRows(table: Table, issues: IssueList): Generator<Row> {
  const width = table.header.cells.length;
  for (const row of table.rows) {
    if (isBlank(row.cells)) continue;
    if (row.cells.length !== width) {
      issues.add(`line ${row.line}`, `expected ${width} fields, found ${row.cells.length}`);
      continue;
    }
    yield row;
  }
}

function cellReader(table: Table, row: Row): (column: string) => string {
  return (column) => {
    const index = table.columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
}

function emptyResult(issues: IssueList): AdapterResult {
  return { document: { version: SCHEMA_VERSION, events: [] }, issues: issues.done() };
}

function isTimelineJsTable(table: Table): boolean {
  return table.columns.has('year') && table.columns.has('headline');
}

/** A sheet row as the TimelineJS3 object its own loader would build, for the shared conversion. */
function timelineJsObject(cell: (column: string) => string): Record<string, unknown> {
  const endGiven = cell('endyear') !== '' || cell('endmonth') !== '' || cell('endday') !== '';
  const media = cell('media');
  return {
    start_date: { year: cell('year'), month: cell('month'), day: cell('day') },
    ...(endGiven
      ? { end_date: { year: cell('endyear'), month: cell('endmonth'), day: cell('endday') } }
      : {}),
    display_date: cell('displaydate'),
    text: { headline: cell('headline'), text: cell('text') },
    ...(media !== ''
      ? { media: { url: media, credit: cell('mediacredit'), caption: cell('mediacaption') } }
      : {}),
    group: cell('group'),
  };
}

function fromTimelineJsTable(table: Table, issues: IssueList): AdapterResult {
  let title: Located | undefined;
  const events: Located[] = [];
  const eras: Located[] = [];
  for (const row of dataRows(table, issues)) {
    const cell = cellReader(table, row);
    const item: Located = { value: timelineJsObject(cell), path: `line ${row.line}` };
    const type = cell('type').toLowerCase();
    if (type === 'title') {
      if (title === undefined) title = item;
      else issues.add(item.path, 'a second title row; only the first is used', 'warning');
    } else if (type === 'era') eras.push(item);
    else events.push(item);
  }
  const result = convertTimelineJs({
    ...(title ? { title } : {}),
    events,
    eras,
    // A row has no finer address than its line.
    at: (path) => path,
  });
  return { document: result.document, issues: [...issues.done(), ...result.issues] };
}

/**
 * Converts a CSV export of TimelineJS3's Google Sheets template. Never throws; problems come
 * back with the line they were found on (`line 7`, the header being line 1).
 */
export function fromTimelineJsCsv(text: string): AdapterResult {
  return withTable(text, (table, issues) => {
    if (isTimelineJsTable(table)) return fromTimelineJsTable(table, issues);
    issues.add(`line ${table.header.line}`, 'expected the TimelineJS3 columns, including Year and Headline');
    return emptyResult(issues);
  });
}

/** Reads the table of CSV text, or returns the problems that stopped it being read. */
function withTable(text: string, convert: (table: Table, issues: IssueList) => AdapterResult): AdapterResult {
  const issues = new IssueList();
  if (typeof text !== 'string') {
    issues.add('', 'expected CSV text');
    return emptyResult(issues);
  }
  const table = readTable(text, issues);
  return table ? convert(table, issues) : emptyResult(issues);
}

const IMPORTANCE = ['core', 'context'] as const;

function isQualifier(text: string): text is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(text);
}

/**
 * The image columns of the simple layout: `media` (the address), `mediaAlt` (required),
 * `mediaCaption`, `mediaCredit`, `mediaWidth`, `mediaHeight`. Sizes are checked later by the
 * document schema, like every other value.
 */
function simpleMedia(
  cell: (column: string) => string,
  warn: (message: string) => void,
): MediaInput | undefined {
  const url = cell('media');
  if (url === '') return undefined;
  const alt = cell('mediaalt');
  if (alt === '') {
    warn('mediaAlt is required for an image; the image is not shown');
    return undefined;
  }
  const caption = cell('mediacaption');
  const credit = cell('mediacredit');
  const size = (column: string): number | undefined =>
    cell(column) === '' ? undefined : Number(cell(column));
  const width = size('mediawidth');
  const height = size('mediaheight');
  return {
    url,
    alt,
    ...(caption !== '' ? { caption } : {}),
    ...(credit !== '' ? { credit } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

/** The simple layout: one column per event field, read as written (no HTML, no conversion). */
function fromSimpleTable(table: Table, issues: IssueList): AdapterResult {
  if (!table.columns.has('start') || !table.columns.has('title')) {
    issues.add(
      `line ${table.header.line}`,
      'expected the TimelineJS3 columns (Year, Headline, …) or the columns start and title',
    );
    return emptyResult(issues);
  }
  const ids = new IdPool();
  const rows: Array<{ event: Omit<EventInput, 'id'>; id: string; index: number }> = [];
  const categories: CategoryInput[] = [];
  const categoryIds = new Set<string>();
  let index = 0;
  for (const row of dataRows(table, issues)) {
    const cell = cellReader(table, row);
    const path = `line ${row.line}`;
    let ok = true;
    const fail = (message: string): void => {
      issues.add(path, message);
      ok = false;
    };
    const date = (column: 'start' | 'end'): PartialDate | undefined => {
      const given = cell(column);
      if (given === '') return undefined;
      const parsed = parsePartialDate(given);
      if (parsed.ok) return parsed.value;
      fail(`${column}: ${parsed.message}`);
      return undefined;
    };
    const start = date('start');
    const end = date('end');
    if (cell('start') === '') fail('start is required');
    if (start && end) {
      const problem = periodProblem(start, end);
      if (problem) fail(problem);
    }
    const title = cell('title');
    if (title === '') fail('title is required');
    const qualifier = cell('qualifier').toLowerCase();
    if (qualifier !== '' && !isQualifier(qualifier)) {
      fail(`qualifier: expected one of: ${QUALIFIERS.join(', ')}`);
    }
    const importance = cell('importance').toLowerCase();
    if (importance !== '' && importance !== 'core' && importance !== 'context') {
      fail(`importance: expected ${IMPORTANCE.map((i) => `"${i}"`).join(' or ')}`);
    }
    const current = index++;
    if (!ok || !start) continue;

    const category = cell('category');
    if (category !== '' && !categoryIds.has(category)) {
      categoryIds.add(category);
      categories.push({ id: category, label: category });
    }
    const summary = cell('summary');
    const displayDate = cell('displaydate');
    const media = simpleMedia(cell, (message) => issues.add(path, message, 'warning'));
    const id = cell('id');
    if (id !== '') ids.reserve(id);
    rows.push({
      id,
      index: current,
      event: {
        start: start.iso,
        ...(end ? { end: end.iso } : {}),
        ...(isQualifier(qualifier) ? { qualifier } : {}),
        ...(displayDate !== '' ? { displayDate } : {}),
        title,
        ...(summary !== '' ? { summary } : {}),
        ...(category !== '' ? { category } : {}),
        ...(importance === 'core' || importance === 'context' ? { importance } : {}),
        ...(media ? { media } : {}),
      },
    });
  }
  // Generated ids are handed out last so they step around every id the file gives itself;
  // duplicates among given ids are left for validateDocument to report.
  const events: EventInput[] = rows.map(({ id, index: i, event }) => ({
    id: id !== '' ? id : ids.claim(`event-${i}`),
    ...event,
  }));
  const document: TimelineDocument = {
    version: SCHEMA_VERSION,
    ...(categories.length > 0 ? { categories } : {}),
    events,
  };
  return { document, issues: issues.done() };
}

/**
 * Converts CSV text: TimelineJS3's sheet layout when the header has Year and Headline,
 * otherwise the simple layout `id,start,end,title,summary,category,importance,qualifier,displayDate`.
 * Never throws.
 */
export function fromCsv(text: string): AdapterResult {
  return withTable(text, (table, issues) =>
    isTimelineJsTable(table) ? fromTimelineJsTable(table, issues) : fromSimpleTable(table, issues),
  );
}
