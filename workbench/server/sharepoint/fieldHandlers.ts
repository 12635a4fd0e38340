import type { ApiResponse } from '../http/ApiExchange';
import { queryEntities, selectProperties } from './entitySelection';
import { fieldEntity, fieldFromProperties, fieldFromSchemaXml, fieldPatch } from './fieldDefinitions';
import type { FieldRecord, ListRecord, NewField } from './ListRepository';
import { collectionBody, entityBody } from './odataShape';
import { listScope, requirePermission } from './permissions';
import type { SpContext } from './SpContext';
import { spEmpty, spJson } from './SpContext';
import { spErrors } from './SpError';
import { parseJsonBody } from './itemWrites';

export function getFields(ctx: SpContext, list: ListRecord): ApiResponse {
  const entities = ctx.lists.fields(list.num).map((f) => fieldEntity(f, list, ctx.siteUrl));
  const selected = queryEntities(entities, ctx.request.query).map((e) => selectProperties(e, ctx.request.query));
  return spJson(ctx.shape, 200, collectionBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Fields', selected));
}

export function getField(ctx: SpContext, list: ListRecord, field: FieldRecord): ApiResponse {
  const entity = selectProperties(fieldEntity(field, list, ctx.siteUrl), ctx.request.query);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Fields', entity));
}

/** Finds a field by internal name, display title or id, as the various `fields/…` selectors do. */
export function findField(ctx: SpContext, list: ListRecord, by: 'nameOrTitle' | 'title' | 'id', key: string): FieldRecord {
  const fields = ctx.lists.fields(list.num);
  const lower = key.toLowerCase();
  const found =
    by === 'id'
      ? fields.find((f) => f.id.toLowerCase() === lower)
      : by === 'title'
        ? fields.find((f) => f.title.toLowerCase() === lower)
        : (fields.find((f) => f.internalName.toLowerCase() === lower) ?? fields.find((f) => f.title.toLowerCase() === lower));
  if (!found) throw spErrors.fieldNotFound(key);
  return found;
}

function requireManage(ctx: SpContext, list: ListRecord): void {
  requirePermission(ctx, listScope(list), 'ManageLists');
}

function addField(ctx: SpContext, list: ListRecord, field: NewField): ApiResponse {
  if (ctx.lists.field(list.num, field.internalName)) throw spErrors.fieldExists(field.internalName);
  const created = ctx.lists.addField(list.num, field);
  return spJson(ctx.shape, 201, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Fields', fieldEntity(created, list, ctx.siteUrl)));
}

/** POST fields with an SP.Field* body (PnPjs `fields.add`, `addText`, `addChoice`, …). */
export function createFieldFromProperties(ctx: SpContext, list: ListRecord): ApiResponse {
  requireManage(ctx, list);
  return addField(ctx, list, fieldFromProperties(parseJsonBody(ctx.request.body), ctx.lists));
}

/** POST fields/addField with `{ parameters: SP.FieldCreationInformation }` (PnPjs `addField`, `addLookup`). */
export function createFieldFromParameters(ctx: SpContext, list: ListRecord): ApiResponse {
  requireManage(ctx, list);
  const body = parseJsonBody(ctx.request.body);
  const parameters = body.parameters as Record<string, unknown> | undefined;
  if (!parameters || typeof parameters !== 'object') throw spErrors.badRequest("The request needs 'parameters'.");
  return addField(ctx, list, fieldFromProperties(parameters, ctx.lists));
}

/** POST fields/createFieldAsXml with `{ parameters: { SchemaXml, Options } }`. */
export function createFieldFromXml(ctx: SpContext, list: ListRecord): ApiResponse {
  requireManage(ctx, list);
  const body = parseJsonBody(ctx.request.body);
  const parameters = body.parameters as { SchemaXml?: unknown; Options?: unknown } | undefined;
  if (!parameters || typeof parameters.SchemaXml !== 'string') throw spErrors.badRequest("The request needs 'parameters' with 'SchemaXml'.");
  return addField(ctx, list, fieldFromSchemaXml(parameters.SchemaXml, parameters.Options, ctx.lists));
}

/** MERGE on a field: e.g. `{ Indexed: true }` to index a column, as provisioning does after creating it. */
export function updateField(ctx: SpContext, list: ListRecord, field: FieldRecord): ApiResponse {
  requireManage(ctx, list);
  const { patch, type } = fieldPatch(field, parseJsonBody(ctx.request.body));
  const updated = ctx.lists.updateField(field, patch);
  if (type && type !== field.type) {
    ctx.db.prepare('UPDATE fields SET type = ? WHERE list_num = ? AND internal_name = ?').run(type, list.num, field.internalName);
    if (updated.indexed && type === 'LookupMulti') ctx.lists.updateField({ ...updated, type }, { indexed: false });
  }
  return spEmpty(204);
}

export function deleteField(ctx: SpContext, list: ListRecord, field: FieldRecord): ApiResponse {
  requireManage(ctx, list);
  if (field.builtIn) throw spErrors.badRequest('You cannot delete a hidden column or a column that belongs to the list\'s base type.');
  ctx.lists.deleteField(field);
  return spEmpty(200);
}
