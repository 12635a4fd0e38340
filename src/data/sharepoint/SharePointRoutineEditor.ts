import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { routineColumnValues, type EditableRoutineField } from '../../core/editing/routineEditing';
import { sameValue } from '../../core/editing/sameValue';
import { toRestValues } from '../../core/mapping/EntityMapping';
import { ItemReader } from '../../core/mapping/ItemReader';
import { sameItemVersion } from '../../core/mapping/itemVersion';
import { modelLookupIndex } from '../../core/mapping/modelLookupIndex';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { routineMapping } from '../../core/mapping/routineMapping';
import type { Routine } from '../../core/model/Routine';
import type { TryggeBarnModel } from '../../core/model/TryggeBarnModel';
import { listSchema } from '../../core/schema/lists';
import type { RoutineEditor, RoutineRecord, SaveOutcome } from '../ports/admin/RoutineEditor';
import type { WriteFailure } from '../ports/WriteFailure';
import { writeFailureOf } from './writeFailureOf';
import { pause, provesNotApplied, statusOf, worthRetrying } from './failureStatus';
import { readListPages } from './readListPages';
import { selectFields } from './selectFields';

const ROUTINES = listSchema('routines');

/** Who changed an item last and when: SharePoint's Editor (a person lookup) and Modified. */
const META_FIELDS = ['Id', 'Modified', 'Editor/Title'];

/**
 * The item's ETag from the answer (JSON light's `odata.etag`). Without one a save could only be unconditional,
 * which would overwrite someone else's change silently, so its absence is an error rather than a default.
 */
function etagOf(raw: RawListItem): string {
  const etag = raw['odata.etag'];
  if (typeof etag !== 'string' || etag === '') throw new Error('SharePoint answered without an ETag; the routine cannot be saved safely');
  return etag;
}

function editorOf(raw: RawListItem): string | undefined {
  const editor = raw.Editor as { Title?: unknown } | undefined;
  return typeof editor?.Title === 'string' ? editor.Title : undefined;
}

/** Routines in "TB Rutiner", written with IF-MATCH so two admins' edits never overwrite each other silently. */
export class SharePointRoutineEditor implements RoutineEditor {
  private listId: Promise<string> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string
  ) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(ROUTINES.title);
  }

  public async loadRecords(model: TryggeBarnModel): Promise<RoutineRecord[]> {
    const meta = new Map<number, RawListItem>();
    await readListPages(this.list.items.select(...META_FIELDS).expand('Editor'), (page) => page.forEach((raw) => meta.set(raw.Id as number, raw)));
    return model.routines.flatMap((routine) => {
      const raw = routine.id !== undefined ? meta.get(routine.id) : undefined;
      return raw ? [{ routine, etag: etagOf(raw), modified: raw.Modified as string | undefined, editor: editorOf(raw) }] : [];
    });
  }

  public async loadRecord(id: number, model: TryggeBarnModel): Promise<RoutineRecord> {
    const raw = (await this.list.items
      .getById(id)
      .select(...selectFields(ROUTINES), 'Editor/Title')
      .expand('Editor')()) as RawListItem;
    const reader = new ItemReader(ROUTINES, raw, modelLookupIndex(model));
    const routine: Routine = routineMapping.read(reader);
    return { routine, etag: etagOf(raw), modified: raw.Modified as string | undefined, editor: editorOf(raw) };
  }

  public async save(record: RoutineRecord, draft: Routine, fields: readonly EditableRoutineField[], model: TryggeBarnModel, attempts = 3): Promise<SaveOutcome> {
    const id = record.routine.id as number;
    let etag: string;
    try {
      const written: { etag?: string | null } = await this.list.items.getById(id).update(toRestValues(routineColumnValues(draft, fields)), record.etag);
      // Never '*': a missing ETag falls back to the old one, so the next save is checked rather than forced.
      etag = written.etag ?? record.etag;
    } catch (error) {
      const status = statusOf(error);
      // Refusals that settle it: nothing was applied.
      if (status === 400 || status === 401 || status === 403 || status === 404) return { kind: 'failed', reason: writeFailureOf(error) as Exclude<WriteFailure, 'conflict'> };
      // A lost answer, a 412 (in a browser possibly the answer to the network stack's resend of a MERGE that
      // landed) or SharePoint failing: the item as stored now tells what happened.
      const outcome = await this.afterUnknownOutcome(record, draft, fields, model, error);
      if (outcome !== 'notApplied') return outcome;
      if (status === 412) return { kind: 'conflict', theirs: await this.loadRecord(id, model) };
      if (worthRetrying(error) && attempts > 1) {
        await pause(500);
        return this.save(record, draft, fields, model, attempts - 1);
      }
      return { kind: 'failed', reason: 'unavailable' };
    }
    try {
      // Read it back for Editor/Modified as SharePoint recorded them.
      return { kind: 'saved', record: await this.loadRecord(id, model) };
    } catch {
      // The write is done; only the read-back failed. The ETag from the answer keeps the next save safe.
      return { kind: 'saved', record: { ...record, routine: draft, etag } };
    }
  }

  /**
   * The save may or may not have been applied. The item as stored now tells: the same ETag means it was not
   * ('notApplied'); a new version holding exactly the draft's values means it was; any other new version is
   * someone else's change, shown as a conflict — never reported as saved when unsure. When the item cannot be
   * read back either, the answer is 'unknown' unless the failure itself proves nothing was applied (429/503).
   */
  private async afterUnknownOutcome(
    record: RoutineRecord,
    draft: Routine,
    fields: readonly EditableRoutineField[],
    model: TryggeBarnModel,
    failure: unknown
  ): Promise<SaveOutcome | 'notApplied'> {
    const current = await this.readBack(record.routine.id as number, model);
    if (!current) return provesNotApplied(failure) ? { kind: 'failed', reason: 'unavailable' } : { kind: 'failed', reason: 'unknown' };
    // `"3"` and `"{guid},3"` are the same version (an update's answer gives the long form).
    if (sameItemVersion(current.etag, record.etag)) return 'notApplied';
    const landed = fields.every((field) => sameValue(current.routine[field], draft[field]));
    return landed ? { kind: 'saved', record: current } : { kind: 'conflict', theirs: current };
  }

  /** The routine as stored now, tried 3 times (reads already retry dropped connections); undefined if unreadable. */
  private async readBack(id: number, model: TryggeBarnModel): Promise<RoutineRecord | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.loadRecord(id, model);
      } catch {
        await pause(1000 * 2 ** attempt);
      }
    }
    return undefined;
  }

  public async versionHistoryUrl(id: number): Promise<string> {
    if (!this.listId) {
      const asking = this.list.select('Id')().then((l: { Id: string }) => l.Id);
      this.listId = asking;
      asking.catch(() => {
        this.listId = undefined;
      });
    }
    const listId = await this.listId;
    return `${this.siteUrl.replace(/\/$/, '')}/_layouts/15/Versions.aspx?list=${encodeURIComponent(`{${listId}}`)}&ID=${id}`;
  }
}
