/**
 * A timeline written as plain HTML inside the element: readable before the script runs, without
 * JavaScript and by search engines, and the chart once the element is defined. Read with DOM APIs
 * only (`querySelector`, `getAttribute`, `textContent`): the markup is never parsed from a string
 * and nothing from it becomes markup again.
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
 * Like the CSV reader, problems name the item's position (`item 3: …`) and an item that cannot
 * be shown is left out.
 */
import { SCHEMA_VERSION, type CategoryInput, type EventInput, type MediaInput } from '../schema/document.js';
import { IssueList } from '../schema/issues.js';
import { QUALIFIERS, dateInterval, parsePartialDate, type PartialDate } from '../time/partial-date.js';
import type { AdapterResult } from './read.js';

/** Text as a reader sees it: runs of white space are one space. */
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A list of events written in the element, or undefined when it holds none. */
export function authoredList(root: Element): Element | null {
  return root.querySelector(':scope > ol, :scope > ul');
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

/**
 * Reads the timeline written in `root`: its first heading is the title, its first paragraph the
 * dek, and each item of its list an event. Undefined when `root` holds no list.
 */
export function fromHtml(root: Element): AdapterResult | undefined {
  const list = authoredList(root);
  if (!list) return undefined;
  const issues = new IssueList();
  const items = [...list.querySelectorAll(':scope > li')];
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
      const parsed = parsePartialDate(given);
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
    const title = text(li.querySelector('strong, h1, h2, h3, h4, h5, h6'));
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
  const title = text(root.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4'));
  const description = text(root.querySelector(':scope > p'));
  return {
    document: {
      version: SCHEMA_VERSION,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(categories.length ? { categories } : {}),
      events,
    },
    issues: issues.done(),
  };
}
