import type { TimelineDocument } from '../src/index.js';

/** A small document rendered on a server, in Node and in the browser tests alike. */
export const SERVER_DOCUMENT: TimelineDocument = {
  version: 1,
  title: 'Rendered on a server',
  description: 'A dek that needs no script',
  events: [
    { id: 'first', start: '2020-03', title: 'First event', summary: 'What happened first' },
    { id: 'second', start: '2021', title: 'Second event' },
    { id: 'third', start: '2022-06-01', title: 'Third event' },
  ],
};
