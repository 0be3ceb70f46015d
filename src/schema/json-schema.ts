/**
 * The published JSON Schema, generated from the same runtime schema the element validates with.
 * Used at build time (it is not part of the runtime bundle); editors can validate story files
 * against the emitted `drawdown-timeline.schema.json` through its `$id`.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema, SCHEMA_VERSION } from './document.js';

export const SCHEMA_ID = `https://unpkg.com/drawdown-timeline/dist/drawdown-timeline.schema.json`;

export function documentJsonSchema(): Record<string, unknown> {
  // `check` actions (calendar validity, low <= high) have no JSON Schema form; the pattern and
  // types still are, and the element reports the rest at run time.
  const schema = toJsonSchema(DocumentSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: SCHEMA_ID,
    title: `drawdown-timeline document, version ${SCHEMA_VERSION}`,
    description:
      'A timeline document: dated events with partial dates (YYYY, YYYY-MM, YYYY-MM-DD), localized text, sources, places and quantitative series.',
  };
}
