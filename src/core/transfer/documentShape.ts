/**
 * The structure of a model document (src/core/model/ModelDocument.ts) as data, so a file is checked field by
 * field before anything maps it: a wrong type is reported where it is instead of failing somewhere later.
 * Values (choices, lengths, references) are left to the list mappings, which check them the same way for
 * every write. docs/model-format.schema.json is the same structure as a JSON Schema for people and tools.
 */
export type Shape =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'strings' }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'array'; of: Shape };

export interface Field {
  shape: Shape;
  optional?: boolean;
}

const string: Shape = { kind: 'string' };
const number: Shape = { kind: 'number' };
const boolean: Shape = { kind: 'boolean' };
const strings: Shape = { kind: 'strings' };
const req = (shape: Shape): Field => ({ shape });
const opt = (shape: Shape): Field => ({ shape, optional: true });
const object = (fields: Record<string, Field>): Shape => ({ kind: 'object', fields });
const arrayOf = (of: Shape): Shape => ({ kind: 'array', of });

const localized = object({ nb: req(string), nn: req(string), en: req(string) });
const reach = object({ phone: opt(string), email: opt(string), url: opt(string), hours: opt(string) });
/** Items read from a site carry their SharePoint id; a document may keep it, an import ignores it. */
const id = opt(number);
/** The Nynorsk companions of a row's texts (the …Nn columns): every part optional, the whole object too. */
const nynorsk = (fields: Record<string, Shape>): Field => opt(object(Object.fromEntries(Object.entries(fields).map(([name, shape]) => [name, opt(shape)]))));
const stepText = object({ what: req(string), how: req(string), who: req(string), deadline: req(string) });
const tierMeasures = arrayOf(object({ tier: req(string), measures: req(string) }));

/** The row shape of each collection of the document. */
export const ROW_SHAPES: Record<string, Shape> = {
  dimensions: object({
    key: req(string),
    role: req(string),
    name: req(localized),
    values: req(arrayOf(object({ key: req(string), name: req(localized), description: opt(localized), order: req(number) })))
  }),
  services: object({
    id,
    key: req(string),
    title: req(string),
    role: req(string),
    mandate: req(string),
    tierMeasures: req(tierMeasures),
    reach: req(reach),
    placements: req(strings),
    nn: nynorsk({ title: string, role: string, mandate: string, tierMeasures })
  }),
  tools: object({
    id,
    key: req(string),
    title: req(string),
    description: req(string),
    documentUrl: req(string),
    placements: req(strings),
    nn: nynorsk({ title: string, description: string })
  }),
  arenas: object({
    id,
    key: req(string),
    title: req(string),
    purpose: req(string),
    services: req(strings),
    frequency: req(string),
    chair: req(string),
    meetingSubject: req(string),
    agendaTemplate: req(string),
    consentRequired: req(boolean),
    placements: req(strings),
    nn: nynorsk({ title: string, purpose: string })
  }),
  routines: object({
    id,
    key: req(string),
    title: req(string),
    summary: req(string),
    steps: req(arrayOf(object({ what: req(string), how: req(string), who: req(string), tools: req(strings), deadline: req(string) }))),
    responsibleService: opt(string),
    ownServiceResponsible: opt(boolean),
    legalBasis: req(string),
    owner: req(string),
    lastReviewed: opt(string),
    nextReview: opt(string),
    status: req(string),
    placements: req(strings),
    arenas: req(strings),
    audience: req(strings),
    urgent: req(boolean),
    nn: nynorsk({ title: string, summary: string, steps: arrayOf(stepText), legalBasis: string })
  }),
  contacts: object({
    id,
    key: req(string),
    title: req(string),
    description: req(string),
    reach: req(reach),
    emergency: req(boolean),
    service: opt(string),
    order: req(number),
    nn: nynorsk({ title: string, description: string })
  }),
  actionPlan: object({
    id,
    key: req(string),
    focusArea: req(string),
    goal: req(string),
    measure: req(string),
    targetGroup: req(string),
    responsibleUnits: req(string),
    deadline: opt(string),
    status: req(string)
  }),
  annualWheel: object({
    id,
    key: req(string),
    title: req(string),
    description: req(string),
    month: req(number),
    audience: req(string),
    everyYears: req(number),
    arena: opt(string)
  })
};

export const SETTINGS_SHAPE: Shape = object({
  municipality: req(string),
  contentLocale: req(string),
  consentAge: req(number),
  reviewIntervalMonths: req(number),
  searchSynonyms: opt(strings),
  guideSigns: opt(strings)
});

/** The collections in the order a document lists them (and an import reports them). */
export const COLLECTIONS: readonly string[] = ['dimensions', 'services', 'tools', 'arenas', 'routines', 'contacts', 'actionPlan', 'annualWheel'];

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? 'text' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : typeof value;
}

const EXPECTED: Record<Shape['kind'], string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  strings: 'a list of texts',
  object: 'an object',
  array: 'a list'
};

/**
 * Checks a value against a shape and reports every mismatch as (path, message). An object's unknown properties
 * are reported too: a misspelt property would otherwise be dropped without anyone noticing.
 */
export function checkShape(value: unknown, shape: Shape, path: string, report: (path: string, message: string) => void): void {
  const at = (suffix: string): string => (path ? `${path}${suffix.startsWith('[') ? '' : '.'}${suffix}` : suffix);
  const wrongType = (): void => report(path, `must be ${EXPECTED[shape.kind]}, got ${typeName(value)}`);
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') wrongType();
      return;
    case 'number':
      // JSON.parse turns 1e999 into Infinity: a number, but none SharePoint can store.
      if (typeof value === 'number' && !Number.isFinite(value)) report(path, 'is too large a number');
      else if (typeof value !== 'number') wrongType();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrongType();
      return;
    case 'strings':
      if (!Array.isArray(value)) wrongType();
      else value.forEach((item, i) => typeof item !== 'string' && report(at(`[${i}]`), `must be text, got ${typeName(item)}`));
      return;
    case 'array':
      if (!Array.isArray(value)) wrongType();
      else value.forEach((item, i) => checkShape(item, shape.of, at(`[${i}]`), report));
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        wrongType();
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [name, field] of Object.entries(shape.fields)) {
        if (!Object.prototype.hasOwnProperty.call(record, name) || record[name] === undefined) {
          if (!field.optional) report(at(name), 'is missing');
          continue;
        }
        if (record[name] === null) {
          // JSON's null is not "no value" in this format: an optional field without a value is left out.
          report(at(name), field.optional ? `must be ${EXPECTED[field.shape.kind]} or left out, got null` : `must be ${EXPECTED[field.shape.kind]}, got null`);
          continue;
        }
        checkShape(record[name], field.shape, at(name), report);
      }
      for (const name of Object.keys(record)) {
        if (!Object.prototype.hasOwnProperty.call(shape.fields, name)) report(at(name), 'is not a field of the model format');
      }
    }
  }
}
