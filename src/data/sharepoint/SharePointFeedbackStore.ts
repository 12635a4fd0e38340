import type { SPFI } from '@pnp/sp';
import { mapList } from '../../core/mapping/assembleModel';
import { idOf, toRestValues } from '../../core/mapping/EntityMapping';
import type { ItemIssue } from '../../core/mapping/ItemIssue';
import type { LookupIndex } from '../../core/mapping/LookupIndex';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { feedbackMapping } from '../../core/mapping/feedbackMapping';
import { listSchema } from '../../core/schema/lists';
import type { FeedbackQueueRead, FeedbackStore, FeedbackTriage, NewFeedback } from '../ports/FeedbackStore';
import type { ModelPermissions } from '../ports/ModelPermissions';
import { isPermissionDenied, PermissionDeniedError } from '../ports/PermissionDeniedError';
import { readListPages } from './readListPages';
import { selectFields } from './selectFields';
import { createItemOnce, newSubmissionId } from './createItemOnce';

const FEEDBACK = listSchema('feedback');

/** Feedback in the "TB Tilbakemeldinger" list. Author is never selected: the triage view must not learn who wrote what. */
export class SharePointFeedbackStore implements FeedbackStore {
  public constructor(
    private readonly sp: SPFI,
    private readonly permissions: ModelPermissions
  ) {}

  public async submit(feedback: NewFeedback, lookups: LookupIndex, submissionId: string = newSubmissionId()): Promise<void> {
    const fields = feedbackMapping.write({ ...feedback, status: 'new' }, lookups);
    await createItemOnce(this.sp.web.lists.getByTitle(FEEDBACK.title), toRestValues(fields), submissionId);
  }

  public async readAll(lookups: LookupIndex): Promise<FeedbackQueueRead> {
    const raw: RawListItem[] = [];
    await readListPages(this.sp.web.lists.getByTitle(FEEDBACK.title).items.select(...selectFields(FEEDBACK)), (page) => raw.push(...page));
    const issues: ItemIssue[] = [];
    return { feedback: mapList(feedbackMapping, raw, lookups, issues), issues };
  }

  public async triage(id: number, triage: FeedbackTriage, lookups: LookupIndex): Promise<void> {
    // Staff have Contribute on the feedback list so that they can send feedback; triage is the project group's.
    // Ask first, and treat SharePoint's own 403 (item-level permissions on a tenant) the same way.
    if (!(await this.permissions.canEditModel())) throw new PermissionDeniedError('Triaging feedback');
    try {
      await this.sp.web.lists
        .getByTitle(FEEDBACK.title)
        .items.getById(id)
        .update(toRestValues({ FeedbackStatus: triage.status, RoutineId: idOf(lookups, 'routines', triage.routine) }));
    } catch (error) {
      if (isPermissionDenied(error)) throw new PermissionDeniedError('Triaging feedback');
      throw error;
    }
  }
}
