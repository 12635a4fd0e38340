import { accountBySiteUserId, personOfAccount } from '../auth/demoUsers';
import type { ItemRecord } from './ItemRepository';
import { ItemRepository } from './ItemRepository';
import type { FieldRecord, ListRecord } from './ListRepository';
import { isDataField, ListRepository, propertyName } from './ListRepository';
import type { EntityMeta } from './odataShape';
import { ODataCollection, ODataComplex, ODataEntity, ODataEntitySet } from './odataShape';
import { spErrors } from './SpError';
import { etagOf } from './spValues';
import { MODERATION_KEY, MODERATION_PROPERTY } from './itemWrites';
import type { DatabaseSync } from 'node:sqlite';

/** System properties every item has, in the order SharePoint Online lists them around the custom fields. */
const LEADING = ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title', 'ComplianceAssetId'];
const TRAILING = ['ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'];
const USER_PROPERTIES = ['Id', 'Title', 'EMail', 'Name', 'UserPrincipalName'];
/** Content approval's columns (`_ModerationStatus`, `_ModerationComments`): listed by default only on lists with approval. */
const MODERATION_PROPERTIES = ['OData__ModerationComments', MODERATION_PROPERTY];

/** What `$select`/`$expand` ask of each item. */
export interface Selection {
  /** Canonical property names, or undefined for all. */
  properties?: string[];
  /** Expanded lookups and the properties projected from them, by the lookup field's internal name. */
  projections: Map<string, string[]>;
}

function canonicalSystemName(name: string): string | undefined {
  if (name === 'ID') return 'ID';
  if (name.toLowerCase() === 'id') return 'Id';
  return [...LEADING, ...TRAILING, ...MODERATION_PROPERTIES].find((p) => p.toLowerCase() === name.toLowerCase());
}

/** Parses and checks `$select` and `$expand` against the list's fields. */
export function parseSelection(query: URLSearchParams, fields: FieldRecord[], lists: ListRepository): Selection {
  const lookupFields = fields.filter((f) => f.type === 'Lookup' || f.type === 'LookupMulti' || f.type === 'User');
  const fieldByName = (name: string): FieldRecord | undefined => fields.find((f) => f.internalName.toLowerCase() === name.toLowerCase());
  const expanded = new Map<string, FieldRecord>();
  for (const raw of (query.get('$expand') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const field = lookupFields.find((f) => f.internalName.toLowerCase() === raw.toLowerCase());
    if (!field) throw spErrors.queryFieldNotFound(raw);
    expanded.set(field.internalName.toLowerCase(), field);
  }
  const selectText = query.get('$select');
  const projections = new Map<string, string[]>();
  if (selectText === null || selectText.trim() === '' || selectText.trim() === '*') {
    return { properties: undefined, projections };
  }
  const properties: string[] = [];
  for (const raw of selectText.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    if (raw === '*') {
      properties.push(...LEADING, ...fields.filter((f) => isDataField(f) && f.internalName !== 'Title').map(propertyName), ...TRAILING);
      continue;
    }
    const slash = raw.indexOf('/');
    if (slash > 0) {
      const lookupName = raw.slice(0, slash);
      const target = raw.slice(slash + 1);
      const field = expanded.get(lookupName.toLowerCase());
      if (!field) {
        if (lookupFields.some((f) => f.internalName.toLowerCase() === lookupName.toLowerCase())) throw spErrors.projectionNeedsExpand(raw, lookupName);
        throw spErrors.queryFieldNotFound(raw);
      }
      const canonical = projectedName(field, target, lists);
      if (!canonical) throw spErrors.queryFieldNotFound(raw);
      const list = projections.get(field.internalName) ?? [];
      if (!list.includes(canonical)) list.push(canonical);
      projections.set(field.internalName, list);
      continue;
    }
    const system = canonicalSystemName(raw);
    if (system) {
      properties.push(system);
      continue;
    }
    const lookupByIdName = raw.toLowerCase().endsWith('id') ? lookupFields.find((f) => `${f.internalName}id`.toLowerCase() === raw.toLowerCase()) : undefined;
    if (lookupByIdName) {
      properties.push(propertyName(lookupByIdName));
      continue;
    }
    const field = fieldByName(raw);
    if (!field || (!isDataField(field) && field.type !== 'User')) throw spErrors.queryFieldNotFound(raw);
    if (field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User') {
      // `$select=Lookup&$expand=Lookup` returns the looked-up item's Id and Title; without $expand, its id.
      if (expanded.has(field.internalName.toLowerCase())) {
        if (!projections.has(field.internalName)) projections.set(field.internalName, ['Id', 'Title']);
      } else properties.push(propertyName(field));
      continue;
    }
    properties.push(field.internalName);
  }
  return { properties: [...new Set(properties)], projections };
}

function projectedName(field: FieldRecord, target: string, lists: ListRepository): string | undefined {
  if (field.type === 'User') return USER_PROPERTIES.find((p) => p.toLowerCase() === target.toLowerCase());
  if (target.toLowerCase() === 'id') return 'Id';
  if (target === 'ID') return 'ID';
  const targetList = field.props.lookupListId ? lists.byId(field.props.lookupListId) : undefined;
  if (!targetList) return undefined;
  const targetField = lists.fields(targetList.num).find((f) => f.internalName.toLowerCase() === target.toLowerCase());
  if (!targetField || !isDataField(targetField) || targetField.type === 'Lookup' || targetField.type === 'LookupMulti') return undefined;
  return targetField.internalName;
}

/** Builds the entities of items of one list, resolving lookup projections for a whole page at once. */
export class ItemSerializer {
  private readonly lists: ListRepository;
  private readonly items: ItemRepository;
  private readonly targets = new Map<string, { list: ListRecord; fields: FieldRecord[]; items: Map<number, ItemRecord> }>();

  public constructor(
    db: DatabaseSync,
    private readonly list: ListRecord,
    private readonly fields: FieldRecord[],
    private readonly siteUrl: string,
    private readonly selection: Selection = { properties: undefined, projections: new Map() }
  ) {
    this.lists = new ListRepository(db);
    this.items = new ItemRepository(db);
  }

  public get entityType(): string {
    return `SP.Data.${this.list.entityTypeName}Item`;
  }

  /** The `$metadata#…` fragment of this list's item collection. */
  public get metadataFragment(): string {
    return `SP.ListData.${this.list.entityTypeName}Items`;
  }

  /** Loads the looked-up items a page's projections need, one query per lookup field. */
  public prepare(page: ItemRecord[]): void {
    for (const [lookupName] of this.selection.projections) {
      const field = this.fields.find((f) => f.internalName === lookupName) as FieldRecord;
      if (field.type === 'User' || !field.props.lookupListId) continue;
      const list = this.lists.byId(field.props.lookupListId);
      if (!list) continue;
      const ids = page.flatMap((item) => {
        const value = item.data[propertyName(field)];
        return Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : [];
      });
      this.targets.set(lookupName, { list, fields: this.lists.fields(list.num), items: this.items.getMany(list.num, ids) });
    }
  }

  public meta(item: ItemRecord): EntityMeta {
    const path = `Web/Lists(guid'${this.list.id}')/Items(${item.id})`;
    return { type: this.entityType, id: path, lightId: item.guid, uri: `${this.siteUrl}/_api/${path}`, etag: etagOf(item.version), editLink: path };
  }

  public entity(item: ItemRecord): ODataEntity {
    const all = this.allProperties(item);
    const props: Record<string, unknown> = {};
    if (!this.list.enableModeration) for (const name of MODERATION_PROPERTIES) if (this.selection.properties?.includes(name) !== true) delete all[name];
    if (this.selection.properties === undefined && this.selection.projections.size === 0) return new ODataEntity(this.meta(item), all);
    const wanted = this.selection.properties ?? Object.keys(all);
    for (const name of wanted) if (name in all) props[name] = all[name];
    for (const [lookupName, projected] of this.selection.projections) props[lookupName] = this.projection(item, lookupName, projected);
    return new ODataEntity(this.meta(item), props);
  }

  private allProperties(item: ItemRecord): Record<string, unknown> {
    const props: Record<string, unknown> = {
      FileSystemObjectType: 0,
      Id: item.id,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: `0x0100${this.list.id.replace(/-/g, '').toUpperCase()}`,
      OData__ModerationComments: null,
      Title: item.data.Title ?? null,
      OData__ModerationStatus: typeof item.data[MODERATION_KEY] === 'number' ? item.data[MODERATION_KEY] : 0,
      ComplianceAssetId: null
    };
    for (const field of this.fields) {
      if (!isDataField(field) || field.internalName === 'Title') continue;
      const name = propertyName(field);
      const value = item.data[name];
      if (field.type === 'LookupMulti') props[name] = new ODataCollection('Edm.Int32', Array.isArray(value) ? value : []);
      else if (field.type === 'URL') {
        const url = value as { Description?: string; Url?: string } | null | undefined;
        props[name] = url ? new ODataComplex('SP.FieldUrlValue', { Description: url.Description ?? url.Url ?? null, Url: url.Url ?? null }) : null;
      } else props[name] = value === undefined ? null : value;
    }
    Object.assign(props, {
      ID: item.id,
      Modified: item.modified,
      Created: item.created,
      AuthorId: item.authorId,
      EditorId: item.editorId,
      OData__UIVersionString: `${item.version}.0`,
      Attachments: false,
      GUID: item.guid
    });
    return props;
  }

  private projection(item: ItemRecord, lookupName: string, projected: string[]): unknown {
    const field = this.fields.find((f) => f.internalName === lookupName) as FieldRecord;
    if (field.type === 'User') {
      const account = accountBySiteUserId(lookupName === 'Author' ? item.authorId : item.editorId);
      if (!account) return null;
      const person = personOfAccount(account);
      const values: Record<string, unknown> = {
        Id: account.siteUserId,
        Title: person.displayName,
        EMail: person.mail,
        Name: `i:0#.f|membership|${person.userPrincipalName}`,
        UserPrincipalName: person.userPrincipalName
      };
      const props = Object.fromEntries(projected.map((p) => [p, values[p] ?? null]));
      return new ODataEntity({ type: 'SP.Data.UserInfoItem', id: person.id, uri: `${this.siteUrl}/_api/Web/SiteUserInfoList/Items(${account.siteUserId})` }, props);
    }
    const target = this.targets.get(lookupName);
    const value = item.data[propertyName(field)];
    const ids = Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : [];
    const entities = ids.flatMap((id) => {
      const targetItem = target?.items.get(id);
      if (!target || !targetItem) return [];
      const props: Record<string, unknown> = {};
      for (const name of projected) {
        if (name === 'Id' || name === 'ID') props[name] = targetItem.id;
        else {
          const raw = targetItem.data[name];
          props[name] = raw === undefined ? null : raw;
        }
      }
      return [new ODataEntity({ type: `SP.Data.${target.list.entityTypeName}Item`, id: targetItem.guid, uri: `${this.siteUrl}/_api/Web/Lists(guid'${target.list.id}')/Items(${targetItem.id})` }, props)];
    });
    if (field.type === 'LookupMulti') return new ODataEntitySet(entities);
    return entities[0] ?? null;
  }
}
