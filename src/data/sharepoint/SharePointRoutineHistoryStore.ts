import type { SPFI } from '@pnp/sp';
import { mapList } from '../../core/mapping/assembleModel';
import type { ItemIssue } from '../../core/mapping/ItemIssue';
import { LookupIndex } from '../../core/mapping/LookupIndex';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { ROUTINE_HISTORY_FIELDS, routineHistoryMapping } from '../../core/mapping/routineHistoryMapping';
import { listSchema } from '../../core/schema/lists';
import type { RoutineHistoryRead, RoutineHistoryStore } from '../ports/RoutineHistoryStore';
import { readListPages } from './readListPages';

/** Every routine, drafts included, with only the fields the yearly report and the triage view need. */
export class SharePointRoutineHistoryStore implements RoutineHistoryStore {
  public constructor(private readonly sp: SPFI) {}

  public async read(): Promise<RoutineHistoryRead> {
    const raw: RawListItem[] = [];
    await readListPages(this.sp.web.lists.getByTitle(listSchema('routines').title).items.select(...ROUTINE_HISTORY_FIELDS), (page) => raw.push(...page));
    const issues: ItemIssue[] = [];
    // No lookups are read, so an empty index will do.
    return { routines: mapList(routineHistoryMapping, raw, new LookupIndex(), issues), issues };
  }
}
