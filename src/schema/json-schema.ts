/**
 * The published JSON Schema, generated from the same runtime schema the element validates with.
 * Used at build time (it is not part of the runtime bundle); editors can validate story files
 * against the emitted `drawdown-timeline.schema.json` through its `$id`.
 *
 * It says everything JSON Schema can say about a document: types, required fields, enums, date
 * patterns with months 01–12 and days 01–31, a series point's need for a figure, no unknown keys,
 * and a description on every field. What only the runtime can check is listed in its description.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { DATE_PATTERN } from '../time/partial-date.js';
import { DocumentSchema, SCHEMA_VERSION, SeriesPointSchema } from './document.js';
import { FIELD_DESCRIPTIONS } from './descriptions.js';

/** Where the schema of a package version is published. */
export function schemaId(version: string): string {
  return `https://unpkg.com/drawdown-timeline@${version}/dist/drawdown-timeline.schema.json`;
}

/**
 * The runtime's date pattern, narrowed to what JSON Schema can check: year 0001–9999, month
 * 01–12, day 01–31. Whether the day exists in that month (Feb 30) is left to the runtime.
 */
export const JSON_DATE_PATTERN = '^(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$';

/** The rules a JSON Schema validator cannot check and the element does. */
export const RUNTIME_RULES = [
  'a date names a real calendar day (2024-02-30 and 2023-02-29 are errors)',
  "a period's end does not close before its start opens",
  'event, category and series ids are unique (a duplicate keeps the first)',
  'a series point with both estimates has low ≤ high',
  "an event's category names one of the document's categories",
  'a link is http:, https: or relative',
];

/** A series point needs a figure: a value, or at least one estimate. */
const POINT_SCHEMAS = new Set<unknown>([SeriesPointSchema, SeriesPointSchema.pipe[0]]);

/** `version` is the package's, for a versioned `$id`. */
export function documentJsonSchema(version: string): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, {
    target: 'draft-2020-12',
    // `check` actions (calendar validity, low <= high) have no JSON Schema form: RUNTIME_RULES.
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' &&
      (valibotAction as { requirement?: unknown }).requirement === DATE_PATTERN
        ? { ...jsonSchema, pattern: JSON_DATE_PATTERN }
        : undefined,
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      if (jsonSchema.type !== 'object' || !jsonSchema.properties) return undefined;
      const descriptions = FIELD_DESCRIPTIONS.get(valibotSchema) ?? {};
      const properties: Record<string, JsonSchema> = {};
      for (const [key, value] of Object.entries(jsonSchema.properties)) {
        const description = descriptions[key];
        properties[key] =
          typeof value === 'object' && description ? { ...value, description } : (value as JsonSchema);
      }
      return {
        ...jsonSchema,
        properties,
        // Unknown keys are refused here; the element reports them as warnings and ignores them.
        additionalProperties: false,
        ...(POINT_SCHEMAS.has(valibotSchema)
          ? { anyOf: [{ required: ['value'] }, { required: ['low'] }, { required: ['high'] }] }
          : {}),
      };
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: schemaId(version),
    title: `drawdown-timeline document, version ${SCHEMA_VERSION}`,
    description: [
      'A timeline document: dated events with partial dates (YYYY, YYYY-MM, YYYY-MM-DD), localized text, sources, places and quantitative series.',
      'Unknown keys are refused; the open ends are `$schema` at the top and any BCP 47 language tag as a key of localized text.',
      `Checked only by the element at run time: ${RUNTIME_RULES.join('; ')}.`,
    ].join(' '),
  };
}
