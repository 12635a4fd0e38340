import type { SpError } from './SpError';

/**
 * The three JSON shapes SharePoint Online answers in, chosen by the Accept header:
 * - `nometadata`: plain properties; collections in `value`;
 * - `minimalmetadata` (the default for `application/json`): plus `odata.metadata`, and per entity
 *   `odata.type`, `odata.id`, `odata.etag`, `odata.editLink`;
 * - `verbose`: `{ d: … }`, collections in `d.results`, per entity `__metadata`, primitive collections as
 *   `{ __metadata: { type: "Collection(Edm.Int32)" }, results: […] }`.
 */
export type ODataShape = 'nometadata' | 'minimalmetadata' | 'verbose';

export function negotiateShape(accept: string | undefined): ODataShape {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata') || value.includes('odata.metadata=none')) return 'nometadata';
  return 'minimalmetadata';
}

export function contentTypeOf(shape: ODataShape): string {
  return shape === 'verbose' ? 'application/json;odata=verbose;charset=utf-8' : `application/json;odata=${shape};streaming=true;charset=utf-8`;
}

/** A collection of primitives, e.g. multi-lookup ids or a Choice field's choices. */
export class ODataCollection {
  public constructor(
    public readonly elementType: string,
    public readonly values: unknown[]
  ) {}
}

/** A complex value, e.g. SP.FieldUrlValue or SP.BasePermissions. */
export class ODataComplex {
  public constructor(
    public readonly type: string,
    public readonly props: Record<string, unknown>
  ) {}
}

export interface EntityMeta {
  type: string;
  /** `__metadata.id` (verbose) and, unless `lightId` is set, `odata.id` (minimal metadata). */
  id: string;
  /** SharePoint Online gives list items their GUID as `odata.id` in JSON light. */
  lightId?: string;
  /** Absolute URL of the entity (`__metadata.uri`). */
  uri: string;
  /** Already quoted: `"1"`. */
  etag?: string;
  /** Site-relative edit link, e.g. `Web/Lists(guid'…')/Items(1)`. */
  editLink?: string;
}

/** An entity: a list, a field, an item, or an expanded lookup inside an item. */
export class ODataEntity {
  public constructor(
    public readonly meta: EntityMeta | undefined,
    public readonly props: Record<string, unknown>
  ) {}
}

/** An expanded multi-value lookup. */
export class ODataEntitySet {
  public constructor(public readonly entities: ODataEntity[]) {}
}

function shapeValue(value: unknown, shape: ODataShape): unknown {
  if (value instanceof ODataCollection) {
    return shape === 'verbose' ? { __metadata: { type: `Collection(${value.elementType})` }, results: value.values } : value.values;
  }
  if (value instanceof ODataComplex) {
    const props = shapeProps(value.props, shape);
    return shape === 'verbose' ? { __metadata: { type: value.type }, ...props } : props;
  }
  if (value instanceof ODataEntity) return shapeEntity(value, shape, false);
  if (value instanceof ODataEntitySet) {
    const entities = value.entities.map((e) => shapeEntity(e, shape, false));
    return shape === 'verbose' ? { results: entities } : entities;
  }
  return value;
}

function shapeProps(props: Record<string, unknown>, shape: ODataShape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = shapeValue(value, shape);
  return out;
}

function shapeEntity(entity: ODataEntity, shape: ODataShape, topLevel: boolean): Record<string, unknown> {
  const props = shapeProps(entity.props, shape);
  const meta = entity.meta;
  if (!meta || shape === 'nometadata') return props;
  if (shape === 'verbose') {
    const metadata: Record<string, string> = { id: meta.id, uri: meta.uri };
    if (meta.etag !== undefined) metadata.etag = meta.etag;
    metadata.type = meta.type;
    return { __metadata: metadata, ...props };
  }
  if (!topLevel) return props;
  const annotations: Record<string, string> = { 'odata.type': meta.type, 'odata.id': meta.lightId ?? meta.id };
  if (meta.etag !== undefined) annotations['odata.etag'] = meta.etag;
  if (meta.editLink !== undefined) annotations['odata.editLink'] = meta.editLink;
  return { ...annotations, ...props };
}

function metadataUrl(siteUrl: string, fragment: string): string {
  return `${siteUrl}/_api/$metadata#${fragment}`;
}

/** The body of a single entity answer. */
export function entityBody(shape: ODataShape, siteUrl: string, fragment: string, entity: ODataEntity): unknown {
  const shaped = shapeEntity(entity, shape, true);
  if (shape === 'verbose') return { d: shaped };
  if (shape === 'minimalmetadata') return { 'odata.metadata': metadataUrl(siteUrl, `${fragment}/@Element`), ...shaped };
  return shaped;
}

/** The body of a collection answer, with SharePoint's paging link when there are more. */
export function collectionBody(shape: ODataShape, siteUrl: string, fragment: string, entities: ODataEntity[], nextLink?: string): unknown {
  const shaped = entities.map((e) => shapeEntity(e, shape, true));
  if (shape === 'verbose') return { d: nextLink ? { results: shaped, __next: nextLink } : { results: shaped } };
  const body: Record<string, unknown> = {};
  if (shape === 'minimalmetadata') body['odata.metadata'] = metadataUrl(siteUrl, fragment);
  body.value = shaped;
  if (nextLink) body['odata.nextLink'] = nextLink;
  return body;
}

/** The body of a complex-typed answer (contextinfo, permissions); verbose wraps it in the operation's name. */
export function complexBody(shape: ODataShape, siteUrl: string, fragment: string, verboseName: string, value: ODataComplex): unknown {
  if (shape === 'verbose') return { d: { [verboseName]: shapeValue(value, shape) } };
  const props = shapeProps(value.props, shape);
  return shape === 'minimalmetadata' ? { 'odata.metadata': metadataUrl(siteUrl, fragment), ...props } : props;
}

export function errorBody(shape: ODataShape, error: SpError): unknown {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return shape === 'verbose' ? { error: inner } : { 'odata.error': inner };
}
