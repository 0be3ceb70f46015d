/**
 * A timeline written as plain HTML inside the element: readable before the script runs, without
 * JavaScript and by search engines, and the chart once the element is defined. Read with DOM APIs
 * only (`querySelector`, `getAttribute`, the text nodes): the markup is never parsed from a string
 * and nothing from it becomes markup again. A CMS's wrappers (`<div>`, `<section>`) around it may
 * be of any depth.
 *
 * ```html
 * <drawdown-timeline>
 *   <h2>Title</h2> <p>Dek</p>
 *   <ol>
 *     <li data-id="…" data-category="…" data-importance="core" data-qualifier="late">
 *       <time datetime="2025-08">August 2025</time> <strong>Headline</strong>
 *       <p>Summary</p> <img src="…" alt="…" width="…" height="…"> <a href="…">Outlet</a>
 *     </li>
 *   </ol>
 * </drawdown-timeline>
 * ```
 *
 * Like the CSV reader, problems name the item's position (`item 3: …`, and `item 3.sources[0].url`
 * for what the schema finds), and an item that cannot be shown is left out.
 */
import {
  SCHEMA_VERSION,
  type CategoryInput,
  type EventInput,
  type MediaInput,
  type TimelineDocument,
} from '../schema/document.js';
import { IssueList } from '../schema/issues.js';
import { QUALIFIERS, dateInterval, parsePartialDate, type PartialDate } from '../time/partial-date.js';
import type { ReadResult } from './sniff.js';

/** Elements that part the words around them when rendered: `a<br>b` reads "a b", not "ab". */
const PARTS_WORDS =
  /^(BR|HR|P|DIV|LI|DT|DD|DL|OL|UL|H[1-6]|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|BLOCKQUOTE|FIGURE|FIGCAPTION|PRE|ADDRESS|TABLE|TR|TD|TH)$/;

function words(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  const inner = [...node.childNodes].map(words).join('');
  return PARTS_WORDS.test(node.nodeName) ? ` ${inner} ` : inner;
}

/** Text as a reader sees it: runs of white space are one space, and line breaks and blocks part words. */
function text(node: Element | null | undefined): string {
  return node ? words(node).replace(/\s+/g, ' ').trim() : '';
}

/**
 * A valid HTML date with a time, and perhaps a zone (`2022-05-05T10:00`, `2022-05-05 10:00:30+04:00`):
 * the timeline dates days, so it names the day written, as the page shows it.
 */
const DATE_AND_TIME =
  /^(\d{4}-\d\d-\d\d)[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/i;

/**
 * The first of the elements `selector` names that is not inside `list`: a CMS wraps what it is
 * given in its own elements, so the story's heading, dek and list are looked for at any depth.
 */
function outside(root: Element, selector: string, list: Element | null): Element | undefined {
  return [...root.querySelectorAll(selector)].find((node) => !list?.contains(node));
}

function pixels(value: string | null): number | undefined {
  return value === null || value.trim() === '' ? undefined : Number(value);
}

function readMedia(li: Element, warn: (message: string) => void): MediaInput | undefined {
  const img = li.querySelector('img');
  const url = img?.getAttribute('src')?.trim();
  if (!img || !url) return undefined;
  const alt = img.getAttribute('alt')?.trim();
  if (!alt) {
    warn('the image has no alt text; it is not shown');
    return undefined;
  }
  const caption = text(img.closest('figure')?.querySelector('figcaption'));
  const credit = img.getAttribute('data-credit')?.trim();
  const width = pixels(img.getAttribute('width'));
  const height = pixels(img.getAttribute('height'));
  return {
    url,
    alt,
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

/** What the written timeline holds, and how to name a path of the document by the author's items. */
export interface HtmlRead extends ReadResult {
  readonly value: TimelineDocument;
  /** `events[2].sources[0].url` as the author counts: `item 4.sources[0].url`. */
  readonly rename: (path: string) => string;
}

/**
 * Reads the timeline written in `root`, at any depth of wrappers: its first list (`<ol>` or
 * `<ul>`) holds the events, one per item, and its first heading and first paragraph outside that
 * list are the title and the dek. Written content with no list is a document with no events and
 * a problem that says what was expected.
 */
export function fromHtml(root: Element): HtmlRead {
  const list = root.querySelector('ol, ul');
  const issues = new IssueList();
  if (!list) {
    issues.add(
      '',
      'expected a list (<ol> or <ul>) of events, each <li> with a <time datetime="YYYY-MM-DD"> and a <strong> headline',
    );
  }
  const items = list ? [...list.querySelectorAll(':scope > li')] : [];
  // The item each event was read from, counted from 1 as the author counts.
  const from: number[] = [];
  // Ids the page gives itself; an item without one is named by its position, stepping around them.
  const given = new Set(items.map((li) => li.getAttribute('data-id')?.trim()).filter(Boolean));
  const unusedId = (index: number): string => {
    let id = `item-${index + 1}`;
    while (given.has(id)) id = `${id}-x`;
    return id;
  };
  const events: EventInput[] = [];
  const categories: CategoryInput[] = [];
  const categoryIds = new Set<string>();
  items.forEach((li, index) => {
    const at = `item ${index + 1}`;
    let ok = true;
    const fail = (message: string): void => {
      issues.add(at, message);
      ok = false;
    };
    const times = li.querySelectorAll('time');
    const date = (which: 'start' | 'end', node: Element | undefined): PartialDate | undefined => {
      if (!node) return undefined;
      const given = (node.getAttribute('datetime') ?? text(node)).trim();
      const parsed = parsePartialDate(DATE_AND_TIME.exec(given)?.[1] ?? given);
      if (parsed.ok) return parsed.value;
      fail(`${which}: ${parsed.message}`);
      return undefined;
    };
    if (times.length === 0) fail('needs a <time datetime="YYYY-MM-DD"> with its date');
    const start = date('start', times[0]);
    const end = date('end', times[1]);
    // The validator's rule for periods, checked here so the item's position is named.
    if (start && end && dateInterval(end).end <= dateInterval(start).start) {
      fail(`the end "${end.iso}" is before the start "${start.iso}"`);
    }
    // `<b>` is bold text as `<strong>` is; bold words in the summary's paragraphs are not the headline.
    const title = text(
      [...li.querySelectorAll('strong, b, h1, h2, h3, h4, h5, h6')].find((node) => !node.closest('p')),
    );
    if (title === '') fail('needs a headline in <strong>');
    const qualifier = li.getAttribute('data-qualifier')?.trim().toLowerCase();
    if (qualifier && !(QUALIFIERS as readonly string[]).includes(qualifier)) {
      fail(`data-qualifier: expected one of: ${QUALIFIERS.join(', ')}`);
    }
    const importance = li.getAttribute('data-importance')?.trim().toLowerCase();
    if (importance && importance !== 'core' && importance !== 'context') {
      fail('data-importance: expected "core" or "context"');
    }
    if (!ok || !start) return;
    const media = readMedia(li, (message) => issues.add(at, message, 'warning'));
    const summary = [...li.querySelectorAll('p')].map(text).filter(Boolean).join(' ');
    const sources = [...li.querySelectorAll('a[href]')].map((a) => ({
      name: text(a) || (a.getAttribute('href') ?? ''),
      url: a.getAttribute('href') ?? '',
    }));
    const category = li.getAttribute('data-category')?.trim();
    if (category && !categoryIds.has(category)) {
      categoryIds.add(category);
      categories.push({ id: category, label: category });
    }
    const displayDate = li.getAttribute('data-display-date')?.trim();
    from.push(index + 1);
    events.push({
      id: li.getAttribute('data-id')?.trim() || unusedId(index),
      start: start.iso,
      ...(end ? { end: end.iso } : {}),
      ...(qualifier ? { qualifier: qualifier as EventInput['qualifier'] } : {}),
      ...(displayDate ? { displayDate } : {}),
      title,
      ...(summary ? { summary } : {}),
      ...(category ? { category } : {}),
      ...(importance ? { importance: importance as 'core' | 'context' } : {}),
      ...(sources.length ? { sources } : {}),
      ...(media ? { media } : {}),
    });
  });
  const title = text(outside(root, 'h1, h2, h3, h4', list));
  const description = text(outside(root, 'p', list));
  return {
    rename: (path) => path.replace(/^events\[(\d+)\]/, (_, k: string) => `item ${from[Number(k)]}`),
    value: {
      version: SCHEMA_VERSION,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(categories.length ? { categories } : {}),
      events,
    },
    issues: issues.done(),
  };
}
