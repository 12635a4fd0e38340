import { LOCALES } from '../i18n/Locale';
import { ACTION_STATUSES } from '../model/ActionPlanItem';
import { ARENA_FREQUENCIES } from '../model/Arena';
import { MODEL_DOCUMENT_FORMAT } from '../model/ModelDocument';
import { ROUTINE_STATUSES } from '../model/Routine';
import { SCHEMA_VERSION } from '../schema/lists';
import { COLLECTIONS, ROW_SHAPES, SETTINGS_SHAPE, type Shape } from './documentShape';
import { MAX_IMPORT_ROWS } from './importLimits';

type JsonSchema = Record<string, unknown>;

/**
 * Value rules a JSON Schema can say, by "collection.field" (the list mappings check the same and more:
 * lengths, URLs, references between collections, repeated keys).
 */
/** ISO date, as ItemReader reads dates (the day; a time part is ignored on import, so none is written). */
const ISO_DATE: JsonSchema = { pattern: '^\\d{4}-\\d{2}-\\d{2}' };

const VALUE_RULES: Record<string, JsonSchema> = {
  'settings.contentLocale': { enum: [...LOCALES] },
  'settings.consentAge': { enum: [15, 16] },
  'settings.reviewIntervalMonths': { type: 'integer', minimum: 1, maximum: 36 },
  'dimensions.key': { pattern: '^[a-z0-9-]+$', maxLength: 32 },
  'dimensions.role': { enum: ['phase', 'level', 'tier', 'other'] },
  'dimensions.values.key': { pattern: '^[a-z0-9-]+$', maxLength: 32 },
  'dimensions.values.order': { minimum: 0, maximum: 1000 },
  'arenas.frequency': { enum: [...ARENA_FREQUENCIES] },
  'routines.status': { enum: [...ROUTINE_STATUSES] },
  'routines.lastReviewed': ISO_DATE,
  'routines.nextReview': ISO_DATE,
  'routines.steps': { minItems: 1, maxItems: 50 },
  'routines.nn.steps': { minItems: 1, maxItems: 50, description: 'The steps in Nynorsk, in the order of steps; shown only while there are as many as steps.' },
  'actionPlan.status': { enum: [...ACTION_STATUSES] },
  'actionPlan.deadline': ISO_DATE,
  'annualWheel.month': { type: 'integer', minimum: 1, maximum: 12 },
  'annualWheel.everyYears': { type: 'integer', minimum: 1, maximum: 5 },
  'contacts.order': { minimum: 0, maximum: 1000 }
};

const KEY_RULE: JsonSchema = { minLength: 1, maxLength: 64, description: 'Stable key; other rows and other sites refer to the row by it.' };

function toJsonSchema(shape: Shape, path: string): JsonSchema {
  const rules = VALUE_RULES[path] ?? {};
  switch (shape.kind) {
    case 'string':
      return { type: 'string', ...(path.endsWith('.key') && !VALUE_RULES[path] ? KEY_RULE : {}), ...rules };
    case 'number':
      return { type: 'number', ...rules };
    case 'boolean':
      return { type: 'boolean' };
    case 'strings':
      return { type: 'array', items: { type: 'string' }, ...rules };
    case 'array':
      return { type: 'array', items: toJsonSchema(shape.of, path), ...rules };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.fields).map(([name, field]) => [name, toJsonSchema(field.shape, `${path}.${name}`)])),
        required: Object.entries(shape.fields)
          .filter(([, field]) => !field.optional)
          .map(([name]) => name),
        additionalProperties: false
      };
  }
}

/**
 * The model document format (ModelDocument) as a JSON Schema (draft-07), generated from the same structure the
 * import checks, so the two cannot drift apart: docs/model-format.schema.json is this, written by
 * `npx tsx scripts/write-model-schema.ts`, and a test fails when the file differs.
 */
export function modelJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://tryggebarn.no/schemas/model-format.schema.json',
    title: 'Trygge Barn model document',
    description: 'A whole municipal model (settings, dimensions, services, tools, arenas, routines, contacts, action plan, annual wheel). Rows refer to each other by key, never by SharePoint id. See docs/model-format.md.',
    type: 'object',
    properties: {
      format: { const: MODEL_DOCUMENT_FORMAT },
      schemaVersion: { type: 'integer', minimum: 1, maximum: SCHEMA_VERSION },
      settings: toJsonSchema(SETTINGS_SHAPE, 'settings'),
      // ROW_SHAPES has the shape of each of COLLECTIONS.
      ...Object.fromEntries(COLLECTIONS.map((c) => [c, { type: 'array', maxItems: MAX_IMPORT_ROWS, items: toJsonSchema(ROW_SHAPES[c]!, c) }]))
    },
    required: ['format', 'schemaVersion', 'settings', ...COLLECTIONS],
    additionalProperties: false
  };
}
