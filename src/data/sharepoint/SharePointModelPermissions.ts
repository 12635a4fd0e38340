import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import { listSchema } from '../../core/schema/lists';
import type { ModelPermissions, ModelSiteAccess } from '../ModelPermissions';

/** Remembers one answer per session; a failed check is not remembered, so the next asks again. */
function once(ask: () => Promise<boolean>): () => Promise<boolean> {
  let answer: Promise<boolean> | undefined;
  return () => {
    if (!answer) {
      const asking = ask();
      answer = asking;
      asking.catch(() => {
        if (answer === asking) answer = undefined;
      });
    }
    return answer;
  };
}

/**
 * Asks SharePoint for the user's effective permissions on the model site (the client's base URL): on the routines
 * list for editing the model, on the web for setting the site up.
 */
export class SharePointModelPermissions implements ModelPermissions, ModelSiteAccess {
  private readonly editModel: () => Promise<boolean>;
  private readonly manageSite: () => Promise<boolean>;

  public constructor(sp: SPFI) {
    this.editModel = once(() => sp.web.lists.getByTitle(listSchema('routines').title).currentUserHasPermissions(PermissionKind.EditListItems));
    this.manageSite = once(() => sp.web.currentUserHasPermissions(PermissionKind.ManageWeb));
  }

  public canEditModel(): Promise<boolean> {
    return this.editModel();
  }

  public canManageModelSite(): Promise<boolean> {
    return this.manageSite();
  }
}
