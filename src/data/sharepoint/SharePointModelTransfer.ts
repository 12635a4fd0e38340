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
import { changedProperties, fieldOfProperty, writableValue } from '../../core/transfer/columnValues';
import { differingFields, itemContent } from '../../core/transfer/itemContent';
import { itemKeyOf } from '../../core/transfer/itemKeyOf';
import { sameItemVersion } from '../../core/mapping/itemVersion';
import type { ListKey } from '../../core/schema/ListSchema';
import { modelToDocument } from '../../core/transfer/modelToDocument';
import { planImport, type ImportPlan, type ImportWrite } from '../../core/transfer/planImport';
import type { ImportItemRef, ImportOutcome, ImportProgress, ModelExport, ModelTransfer, RestoreProblem, UnrestoredItem } from '../ports/admin/ModelTransfer';
import type { WriteFailure } from '../ports/WriteFailure';
import { writeFailureOf } from './writeFailureOf';
import { pause, provesNotApplied, statusOf, worthRetrying } from './failureStatus';
import { SharePointModelStore } from './SharePointModelStore';
import { readListPages } from './readListPages';
import { selectFields } from './selectFields';

/**
 * One write of this import, journalled BEFORE it is sent: `sent` until its outcome is known, then `applied`
 * (with the item's id and ETag), `notApplied`, or `unknown` (the answer was lost and a read-back failed too).
 */
interface JournalEntry {
  write: ImportWrite;
  state: 'sent' | 'applied' | 'notApplied' | 'unknown';
  id?: number;
  etag?: string;
  /** The values as sent, lookups resolved: what "ours" looks like when the item is read back. */
  values?: ItemFields;
}

/** The lists' items before the first write, by list and id, with a SHA-256 of each item's content. */
interface SiteState {
  items: Map<ListKey, Map<number, RawListItem>>;
  hashes: Map<string, string>;
}

/** What reading a write back says about it. */
type ReadBack = { kind: 'applied'; id: number; etag: string } | { kind: 'notApplied' } | { kind: 'someoneElse' } | { kind: 'unknown' };

const ROLLBACK_ROUNDS = 4;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The indexed, unique key columns that find an item of a model list by its ref. */
function keyFilter(schema: ListSchema, ref: string): string {
  const [dimension, value] = ref.split(':');
  if (schema.key === 'settings') return `Title eq ${quote(ref)}`;
  if (schema.key === 'dimensions') return `DimensionKey eq ${quote(dimension)} and ValueKey eq ${quote(value ?? '')}`;
  return `${schema.keyField as string} eq ${quote(ref)}`;
}

function describeProblem(item: UnrestoredItem): string {
  return `${listSchema(item.list).title}, ${item.ref}: ${item.problem}${item.fields && item.fields.length > 0 ? ` (${item.fields.join(', ')})` : ''}`;
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
    const lists = [...new Set(plan.writes.map((w) => w.list))];
    // The state to go back to, read before anything is written (an import that cannot read it writes nothing).
    const before = await this.readState(lists);
    const journal: JournalEntry[] = [];
    const realIds = new Map<number, number>();
    const total = plan.writes.length;
    for (const write of plan.writes) {
      onProgress?.({ phase: 'writing', done: journal.length, total });
      const entry: JournalEntry = { write, state: 'sent' };
      journal.push(entry);
      const failure = await this.writeOnce(entry, realIds, before);
      if (failure !== undefined) {
        const rollback = await this.rollBack(journal, before, lists, onProgress);
        return { kind: 'rolledBack', failedAt: { list: write.list, ref: write.ref, reason: failure }, ...rollback, rollbackProblems: rollback.notRestored.map(describeProblem) };
      }
    }
    onProgress?.({ phase: 'writing', done: total, total });
    return { kind: 'applied', written: total };
  }

  private async readState(lists: readonly ListKey[]): Promise<SiteState> {
    const items = new Map<ListKey, Map<number, RawListItem>>();
    const hashes = new Map<string, string>();
    await Promise.all(
      lists.map(async (list) => {
        const schema = listSchema(list);
        const byId = new Map<number, RawListItem>();
        await readListPages(this.sp.web.lists.getByTitle(schema.title).items.select(...selectFields(schema)), (page) => page.forEach((item) => byId.set(item.Id as number, item)));
        items.set(list, byId);
        for (const [id, item] of byId) hashes.set(`${list}/${id}`, await sha256(itemContent(schema, item)));
      })
    );
    return { items, hashes };
  }

  /**
   * Sends one write until its outcome is known: applied (answered, or found by reading back), or a real failure
   * (returned). A lost answer, a 400/412 that may answer a resend of a write that landed, or SharePoint failing
   * is settled by reading the item back; only a write found NOT applied is sent again (at most 3 times).
   */
  private async writeOnce(entry: JournalEntry, realIds: Map<number, number>, before: SiteState): Promise<WriteFailure | undefined> {
    const { write } = entry;
    const schema = listSchema(write.list);
    const items = this.sp.web.lists.getByTitle(schema.title).items;
    let values: ItemFields;
    try {
      values = resolveLookups(schema, write.values, realIds);
    } catch {
      entry.state = 'notApplied';
      return 'invalid';
    }
    entry.values = values;
    if (write.kind === 'update' && !write.etag) {
      entry.state = 'notApplied';
      return 'conflict';
    }
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      try {
        if (write.kind === 'create') {
          const created: RawListItem = await items.add(toRestValues(values));
          realIds.set(write.id, created.Id as number);
          Object.assign(entry, { state: 'applied', id: created.Id as number, etag: etagOf(created, '*') });
        } else {
          const updated: unknown = await items.getById(write.id).update(toRestValues(values), write.etag);
          Object.assign(entry, { state: 'applied', id: write.id, etag: etagOf(updated, '*') });
        }
        return undefined;
      } catch (error) {
        failure = error;
      }
      const status = statusOf(failure);
      if (status === 401 || status === 403 || status === 404 || (status === 400 && write.kind === 'update')) {
        entry.state = 'notApplied';
        return writeFailureOf(failure);
      }
      const found = await this.readBack(schema, write, values, before);
      if (found.kind === 'applied') {
        if (write.kind === 'create') realIds.set(write.id, found.id);
        Object.assign(entry, { state: 'applied', id: found.id, etag: found.etag });
        return undefined;
      }
      if (found.kind === 'unknown') {
        Object.assign(entry, { state: 'unknown' });
        return provesNotApplied(failure) ? writeFailureOf(failure) : 'unknown';
      }
      Object.assign(entry, { state: 'notApplied' });
      if (found.kind === 'someoneElse') return 'conflict';
      if (!worthRetrying(failure) || attempt >= 3) return writeFailureOf(failure);
      await pause(500 * attempt);
    }
  }

  /**
   * Whether a write whose answer was lost or refused is on the site: a created item is looked up by its key
   * (indexed, unique key columns) and must hold what was sent; an updated one is re-read: our values mean
   * applied, the plan's ETag unchanged means not applied, anything else is someone else's change.
   */
  private async readBack(schema: ListSchema, write: ImportWrite, values: ItemFields, before: SiteState): Promise<ReadBack> {
    const items = this.sp.web.lists.getByTitle(schema.title).items;
    try {
      if (write.kind === 'create') {
        const found: RawListItem[] = await items.filter(keyFilter(schema, write.ref)).select(...selectFields(schema)).top(1)();
        if (found.length === 0) return { kind: 'notApplied' };
        const item = found[0];
        if (before.items.get(write.list)?.has(item.Id as number)) return { kind: 'someoneElse' };
        return changedProperties(schema, item, values).length === 0 ? { kind: 'applied', id: item.Id as number, etag: etagOf(item, '*') } : { kind: 'someoneElse' };
      }
      const stored: RawListItem = await items.getById(write.id).select(...selectFields(schema))();
      if (changedProperties(schema, stored, values).length === 0) return { kind: 'applied', id: write.id, etag: etagOf(stored, '*') };
      return sameItemVersion(stored['odata.etag'], write.etag) ? { kind: 'notApplied' } : { kind: 'someoneElse' };
    } catch (error) {
      return statusOf(error) === 404 ? { kind: 'someoneElse' } : { kind: 'unknown' };
    }
  }

  /**
   * Puts back everything the import may have written (applied, or of unknown outcome), then checks the site
   * against the state before the import, item by item (SHA-256 of the content). Each round reads the lists,
   * decides per item from what is stored now — our values: put back / delete; as before: done; anything else:
   * someone else's change, left alone — and writes; a write that fails is simply looked at again in the next
   * round. The last read is the verification: nothing is called restored that it did not see restored.
   */
  private async rollBack(
    journal: JournalEntry[],
    before: SiteState,
    lists: readonly ListKey[],
    onProgress?: (progress: ImportProgress) => void
  ): Promise<{ verified: boolean; restored: ImportItemRef[]; notRestored: UnrestoredItem[] }> {
    const touched = journal.filter((e) => e.state !== 'notApplied').reverse();
    const total = touched.length;
    const failures = new Map<JournalEntry, RestoreProblem>();
    const undone = new Set<JournalEntry>();
    let verdict: Map<JournalEntry, { ok: boolean; problem?: RestoreProblem; fields?: string[]; action?: () => Promise<void> }> | undefined;
    for (let round = 0; round < ROLLBACK_ROUNDS; round++) {
      onProgress?.({ phase: round === 0 ? 'rollingBack' : 'verifying', done: 0, total });
      let now: SiteState;
      try {
        now = await this.readState(lists);
      } catch {
        verdict = undefined;
        await pause(1000 * 2 ** round);
        continue;
      }
      verdict = new Map(touched.map((entry) => [entry, this.judge(entry, before, now)]));
      const pending = touched.filter((e) => verdict?.get(e)?.action);
      if (pending.length === 0) break;
      if (round === ROLLBACK_ROUNDS - 1) break;
      let done = 0;
      for (const entry of pending) {
        onProgress?.({ phase: 'rollingBack', done: done++, total: pending.length });
        try {
          await verdict.get(entry)?.action?.();
          failures.delete(entry);
          undone.add(entry);
        } catch (error) {
          const status = statusOf(error);
          failures.set(entry, status === 401 || status === 403 ? 'denied' : 'unavailable');
        }
      }
    }
    onProgress?.({ phase: 'verifying', done: total, total });
    const restored: ImportItemRef[] = [];
    const notRestored: UnrestoredItem[] = [];
    for (const entry of touched) {
      const ref = { list: entry.write.list, ref: entry.write.ref };
      const judged = verdict?.get(entry);
      if (!judged) notRestored.push({ ...ref, problem: 'notChecked' });
      else if (judged.ok) {
        // Restored: what the import had changed and is now seen as before. A write of unknown outcome that is
        // seen as before and was never undone simply never landed.
        if (entry.state === 'applied' || undone.has(entry)) restored.push(ref);
      } else notRestored.push({ ...ref, problem: judged.problem ?? failures.get(entry) ?? 'unavailable', ...(judged.fields ? { fields: judged.fields } : {}) });
    }
    return { verified: verdict !== undefined && notRestored.length === 0, restored, notRestored };
  }

  /** What one journalled write looks like on the site now, compared with before the import and with what we sent. */
  private judge(entry: JournalEntry, before: SiteState, now: SiteState): { ok: boolean; problem?: RestoreProblem; fields?: string[]; action?: () => Promise<void> } {
    const { write } = entry;
    const schema = listSchema(write.list);
    const item = this.sp.web.lists.getByTitle(schema.title).items;
    const current = now.items.get(write.list) ?? new Map<number, RawListItem>();
    if (write.kind === 'create') {
      // Any item with this key that was not there before the import.
      const created = [...current.values()].find((i) => itemKeyOf(write.list, i) === write.ref && !before.items.get(write.list)?.has(i.Id as number));
      if (!created) return { ok: true };
      const ours = entry.values !== undefined && changedProperties(schema, created, entry.values).length === 0;
      if (!ours) return { ok: false, problem: 'changedBySomeoneElse' };
      return { ok: false, problem: 'unavailable', action: async () => { await item.getById(created.Id as number).delete(etagOf(created, '*')); } };
    }
    const id = write.id;
    const previous = before.items.get(write.list)?.get(id);
    const stored = current.get(id);
    if (!previous) return { ok: true };
    if (!stored) return { ok: false, problem: 'deletedBySomeoneElse' };
    if (now.hashes.get(`${write.list}/${id}`) === before.hashes.get(`${write.list}/${id}`)) return { ok: true };
    const fields = differingFields(schema, previous, stored);
    // Our values still there: put back the columns the import wrote (only those: any other difference is someone
    // else's and stays, and is reported after the next read). Not ours: someone else changed it after us.
    const ours = entry.values !== undefined && changedProperties(schema, stored, entry.values).length === 0;
    if (!ours) return { ok: false, problem: 'changedBySomeoneElse', fields };
    const putBack: ItemFields = Object.fromEntries(Object.keys(write.values).map((p) => [p, writableValue(fieldOfProperty(schema, p), previous[p])]));
    return { ok: false, problem: 'unavailable', fields, action: async () => { await item.getById(id).update(toRestValues(putBack), etagOf(stored, '*')); } };
  }
}
