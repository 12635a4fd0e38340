import type { DatabaseSync } from 'node:sqlite';
import { documentToLists, WRITE_ORDER } from '../../../src/core/mapping/documentToLists';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { FieldSchema } from '../../../src/core/schema/FieldSchema';
import type { ListKey } from '../../../src/core/schema/ListSchema';
import { fieldId, sharePointFieldType } from '../../../src/core/provisioning/fieldSchemaXml';
import { LISTS } from '../../../src/core/schema/lists';
import { demoAccount } from '../auth/demoUsers';
import { stableGuid } from '../graph/demoPeople';
import { ItemRepository } from '../sharepoint/ItemRepository';
import { defaultValues, validateItemBody } from '../sharepoint/itemWrites';
import type { FieldProps, FieldRecord, ListRecord } from '../sharepoint/ListRepository';
import { ListRepository, spNow } from '../sharepoint/ListRepository';
import type { SpFieldType } from '../sharepoint/fieldTypes';
import { SpError } from '../sharepoint/SpError';

/** A problem met while seeding: reported, never fatal (one bad item must not cost the rest of the model). */
export interface SeedIssue {
  list: string;
  item?: string | number;
  message: string;
}

/** The SharePoint type provisioning creates a field as (KeyList and URL are text the product validates). */
function spType(field: FieldSchema): SpFieldType {
  return sharePointFieldType(field) as SpFieldType;
}

function fieldProps(field: FieldSchema, lookupLists: Map<string, ListRecord>): FieldProps {
  const props: FieldProps = {};
  if (field.choices) props.choices = [...field.choices];
  if (field.maxLength !== undefined && spType(field) === 'Text') props.maxLength = field.maxLength;
  if (field.min !== undefined) props.min = field.min;
  if (field.max !== undefined) props.max = field.max;
  if (field.lookupList) {
    const target = lookupLists.get(field.lookupList);
    if (!target) throw new Error(`Lookup list "${field.lookupList}" of field ${field.name} is not in LISTS`);
    props.lookupListId = target.id;
    props.lookupField = 'Title';
  }
  if (field.type === 'Note') {
    props.richText = false;
    props.numberOfLines = 6;
  }
  if (field.type === 'DateTime') props.displayFormat = 1;
  // Provisioning gives yes/no columns the default "no", so an item created without the field reads false.
  if (field.type === 'Boolean') props.defaultValue = '0';
  return props;
}

/** Creates every list of LISTS with its fields, exactly as the schema declares them. */
export function createSchemaLists(db: DatabaseSync, locale: 'nb' | 'nn'): Map<ListKey, ListRecord> {
  const lists = new ListRepository(db);
  const created = new Map<ListKey, ListRecord>();
  // Lists first, so every lookup can name its target list's id whatever the declaration order.
  for (const schema of LISTS) {
    created.set(
      schema.key,
      lists.create({
        id: stableGuid(`list:${schema.url}`),
        title: schema.title,
        url: schema.url,
        description: schema.description[locale],
        enableVersioning: schema.versioning,
        enableModeration: schema.contentApproval,
        staffAccess: schema.staffAccess
      })
    );
  }
  const byKey = new Map<string, ListRecord>([...created].map(([k, v]) => [k, v]));
  for (const schema of LISTS) {
    const list = created.get(schema.key) as ListRecord;
    for (const field of schema.fields) {
      if (field.name === 'Title') {
        const title = lists.field(list.num, 'Title') as FieldRecord;
        lists.updateField(title, {
          title: field.title[locale],
          required: field.required ?? false,
          indexed: field.indexed ?? false,
          unique: field.unique ?? false,
          props: { maxLength: field.maxLength ?? 255 }
        });
        continue;
      }
      lists.addField(list.num, {
        id: fieldId(schema, field),
        internalName: field.name,
        title: field.title[locale],
        type: spType(field),
        required: field.required ?? false,
        indexed: field.indexed ?? false,
        unique: field.unique ?? false,
        props: fieldProps(field, byKey)
      });
    }
  }
  return created;
}

/** A value the product's mapping writes, in the form SharePoint stores it (a URL field holds Url + Description). */
function restValue(field: FieldRecord | undefined, value: unknown): unknown {
  if (value === undefined) return null;
  if (field?.type === 'URL' && typeof value === 'string') return value === '' ? null : { Description: value, Url: value };
  return value;
}

/** Loads a model document's items into the schema lists, through the same validation REST writes get. */
export function seedItems(db: DatabaseSync, created: Map<ListKey, ListRecord>, document: ModelDocument): SeedIssue[] {
  const lists = new ListRepository(db);
  const items = new ItemRepository(db);
  const issues: SeedIssue[] = [];
  let raw: ReturnType<typeof documentToLists>;
  try {
    raw = documentToLists(document);
  } catch (e) {
    return [{ list: '(document)', message: `could not be turned into list items: ${(e as Error).message}` }];
  }
  for (const issue of raw.issues) issues.push({ list: issue.list, item: issue.item, message: `${issue.field}: ${issue.message}` });
  const author = demoAccount('admin').siteUserId;
  const now = spNow();
  for (const key of WRITE_ORDER) {
    const list = created.get(key);
    const rows = raw.lists[key] ?? [];
    if (!list || rows.length === 0) continue;
    const fields = lists.fields(list.num);
    const bulk = rows.flatMap((row, index) => {
      const id = typeof row.Id === 'number' ? row.Id : index + 1;
      const body: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(row)) {
        if (name === 'Id' || name === 'ID') continue;
        const field = fields.find((f) => f.internalName === name || `${f.internalName}Id` === name);
        body[name] = restValue(field, value);
      }
      try {
        return [{ id, data: { ...defaultValues(fields), ...validateItemBody(body, list, fields, 'light') }, authorId: author }];
      } catch (e) {
        issues.push({ list: list.title, item: id, message: e instanceof SpError ? e.message : String(e) });
        return [];
      }
    });
    items.bulkInsert(list, bulk, now);
  }
  return issues;
}
