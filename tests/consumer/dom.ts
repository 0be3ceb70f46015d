// What a TypeScript user writes first, checked with tsc against the packed package.
import 'drawdown-timeline/define';
import type { DrawdownTimeline, TimelineDocument } from 'drawdown-timeline';

const el = document.querySelector('drawdown-timeline')!;
const typed: DrawdownTimeline = el;
el.data = { version: 1, title: 'A story', events: [{ id: 'a', start: '2024-09', title: 'A', summary: 'B' }] };
el.headingLevel = 2;
el.theme = 'dark';
el.view = 'list';
el.zoomTo('2024', '2025-09');
typed.select('a');

// @ts-expect-error: a typo in a document field is an error.
el.data = { version: 1, events: [{ id: 'a', start: '2024', title: 'A', sumary: 'B' }] };
const doc: TimelineDocument = {
  events: [],
  // @ts-expect-error: so is an unknown document field.
  titel: 'A story',
};
// @ts-expect-error: a value outside an attribute's literal union is an error.
el.theme = 'purple';
// @ts-expect-error: a number attribute does not take text.
el.headingLevel = '2';

// Events are typed on the element, on document and on window.
el.addEventListener('drawdown-load', (e) => e.detail.events.length);
document.addEventListener('drawdown-select', (e) => {
  const id: string | undefined = e.detail.id;
  // @ts-expect-error: detail.id is text, not a number.
  const wrong: number = e.detail.id;
  return [id, wrong];
});
window.addEventListener('drawdown-range-change', (e) => e.detail.start.toUpperCase());
document.addEventListener('drawdown-error', (e) => e.detail.status?.toFixed());

const created = document.createElement('drawdown-timeline');
created.src = '/story.json';

export { doc };
