import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import { listSchema } from '../../core/schema/lists';
import type { ModelPermissions } from '../ModelPermissions';

/**
 * Asks SharePoint for the user's effective permissions on the routines list: whoever may edit its items may edit
 * the model. One request per session; a failed check is not remembered, so the next asks again.
 */
export class SharePointModelPermissions implements ModelPermissions {
  private answer: Promise<boolean> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public canEditModel(): Promise<boolean> {
    if (!this.answer) {
      const asking = this.sp.web.lists.getByTitle(listSchema('routines').title).currentUserHasPermissions(PermissionKind.EditListItems);
      this.answer = asking;
      asking.catch(() => {
        if (this.answer === asking) this.answer = undefined;
      });
    }
    return this.answer;
  }
}
