import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RawLists } from '../../core/mapping/assembleModel';
import { WRITE_ORDER } from '../../core/mapping/documentToLists';
import { toRestValues, type ItemFields } from '../../core/mapping/EntityMapping';
import type { RawListItem } from '../../core/mapping/RawListItem';
import type { ModelDocument } from '../../core/model/ModelDocument';
import type { ListSchema } from '../../core/schema/ListSchema';
import { listSchema } from '../../core/schema/lists';
import { changedProperties, fieldOfProperty } from '../../core/transfer/columnValues';
import { modelToDocument } from '../../core/transfer/modelToDocument';
import { planImport, type ImportPlan, type ImportWrite } from '../../core/transfer/planImport';
import type { ImportOutcome, ImportProgress, ModelExport, ModelTransfer } from '../admin/ModelTransfer';
import { writeFailureOf } from '../admin/WriteFailure';
import { WriteOutcomeUnknownError } from '../WriteOutcomeUnknownError';
import { SharePointModelStore } from './SharePointModelStore';
import { readListPages } from './readListPages';
import { selectFields } from './selectFields';

/** What this import wrote, so it can be undone: the item's id and the ETag our write gave it. */
interface JournalEntry {
  write: ImportWrite;
  id: number;
  etag: string;
}

/** Replaces provisional (negative) lookup ids with the ids the items got when this import created them. */
function resolveLookups(schema: ListSchema, values: ItemFields, realIds: Map<number, number>): ItemFields {
  const real = (id: number): number => {
    if (id >= 0) return id;
    const found = realIds.get(id);
    if (found === undefined) throw new Error(`An item of ${schema.title} refers to an item this import has not created`);
    return found;
  };
  const resolved: ItemFields = { ...values };
  for (const [property, value] of Object.entries(values)) {
    const field = fieldOfProperty(schema, property);
    if (field?.type === 'Lookup' && typeof value === 'number') resolved[property] = real(value);
    if (field?.type === 'LookupMulti' && Array.isArray(value)) resolved[property] = value.map(real);
  }
  return resolved;
}

function etagOf(data: unknown, fallback?: string): string {
  const etag = (data as Record<string, unknown> | null)?.['odata.etag'] ?? (data as { etag?: unknown } | null)?.etag;
  if (typeof etag === 'string' && etag !== '') return etag;
  if (fallback) return fallback;
  throw new Error('SharePoint answered without an ETag');
}

/**
 * Export and import of the whole model. SharePoint has no transactions, so an import is made all-or-nothing
 * by the steps around the writes: everything is validated before the first write (validateModelImport), the
 * writes go in dependency order (WRITE_ORDER), each update carries the ETag the plan was made from (a change
 * by someone else stops the import instead of being overwritten), and every write is journalled so that on
 * the first failure the import deletes what it created and puts back what it changed, newest first.
 */
export class SharePointModelTransfer implements ModelTransfer {
  public constructor(private readonly sp: SPFI) {}

  public async exportModel(): Promise<ModelExport> {
    const loaded = await new SharePointModelStore(this.sp).loadModel({ includeDrafts: true });
    return { document: modelToDocument(loaded.model), skipped: loaded.issues };
  }

  public async prepareImport(document: ModelDocument): Promise<ImportPlan> {
    const site: RawLists = {};
    await Promise.all(
      WRITE_ORDER.map((key) => listSchema(key))
        .filter((schema) => schema.partOfModel)
        .map(async (schema) => {
          const items: RawListItem[] = [];
          await readListPages(this.sp.web.lists.getByTitle(schema.title).items.select(...selectFields(schema)), (page) => items.push(...page));
          site[schema.key] = items;
        })
    );
    return planImport(document, site);
  }

  public async applyImport(plan: ImportPlan, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
    const journal: JournalEntry[] = [];
    const realIds = new Map<number, number>();
    const total = plan.writes.length;
    for (const write of plan.writes) {
      onProgress?.({ phase: 'writing', done: journal.length, total });
      const schema = listSchema(write.list);
      const items = this.sp.web.lists.getByTitle(schema.title).items;
      try {
        const values = toRestValues(resolveLookups(schema, write.values, realIds));
        if (write.kind === 'create') {
          const created: RawListItem = await items.add(values);
          realIds.set(write.id, created.Id as number);
          journal.push({ write, id: created.Id as number, etag: etagOf(created, '*') });
        } else {
          if (!write.etag) throw new Error(`No ETag for ${schema.title} ${write.ref}; it cannot be updated safely`);
          const updated: unknown = await items.getById(write.id).update(values, write.etag);
          journal.push({ write, id: write.id, etag: etagOf(updated, '*') });
        }
      } catch (error) {
        // A dropped connection may have hidden a write that landed: find out, so the rollback undoes it too.
        if (error instanceof WriteOutcomeUnknownError) {
          const landed = await this.landedWrite(schema, write, realIds).catch(() => undefined);
          if (landed) journal.push(landed);
        }
        const rollbackProblems = await this.rollBack(journal, onProgress);
        return { kind: 'rolledBack', failedAt: { list: write.list, ref: write.ref, reason: writeFailureOf(error) }, rollbackProblems };
      }
    }
    onProgress?.({ phase: 'writing', done: total, total });
    return { kind: 'applied', written: total };
  }

  /**
   * Whether a write whose answer was lost was applied: a created item is looked up by its key (indexed, unique
   * key columns), an updated one re-read and compared with what was sent.
   */
  private async landedWrite(schema: ListSchema, write: ImportWrite, realIds: Map<number, number>): Promise<JournalEntry | undefined> {
    const items = this.sp.web.lists.getByTitle(schema.title).items;
    if (write.kind === 'create') {
      const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;
      const [dimension, value] = write.ref.split(':');
      const filter =
        schema.key === 'settings'
          ? `Title eq ${quote(write.ref)}`
          : schema.key === 'dimensions'
            ? `DimensionKey eq ${quote(dimension)} and ValueKey eq ${quote(value ?? '')}`
            : `${schema.keyField as string} eq ${quote(write.ref)}`;
      const found: RawListItem[] = await items.filter(filter).select('Id').top(1)();
      if (found.length === 0) return undefined;
      realIds.set(write.id, found[0].Id as number);
      return { write, id: found[0].Id as number, etag: etagOf(found[0], '*') };
    }
    const stored: RawListItem = await items.getById(write.id).select(...selectFields(schema))();
    if (stored['odata.etag'] === write.etag) return undefined;
    return changedProperties(schema, stored, resolveLookups(schema, write.values, realIds)).length === 0 ? { write, id: write.id, etag: etagOf(stored, '*') } : undefined;
  }

  /** Undoes the journal newest first; an item someone changed since our write is left alone and reported. */
  private async rollBack(journal: JournalEntry[], onProgress?: (progress: ImportProgress) => void): Promise<string[]> {
    const problems: string[] = [];
    const total = journal.length;
    for (let i = journal.length - 1; i >= 0; i--) {
      onProgress?.({ phase: 'rollingBack', done: total - 1 - i, total });
      const { write, id, etag } = journal[i];
      const schema = listSchema(write.list);
      const item = this.sp.web.lists.getByTitle(schema.title).items.getById(id);
      try {
        if (write.kind === 'create') await item.delete(etag);
        else await item.update(toRestValues(write.previous ?? {}), etag);
      } catch (error) {
        problems.push(`${schema.title}, ${write.ref}: ${writeFailureOf(error)}`);
      }
    }
    onProgress?.({ phase: 'rollingBack', done: total, total });
    return problems;
  }
}
