import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import { listSchema } from '../../core/schema/lists';
import type { ModelPermissions, ModelSiteAccess } from '../ports/ModelPermissions';
import type { ModelAccess } from '../ports/ModelStore';

/** Remembers one answer per session; a failed check is not remembered, so the next asks again. */
class Once {
  private answer: Promise<boolean> | undefined;
  public constructor(private readonly ask: () => Promise<boolean>) {}

  public get(): Promise<boolean> {
    if (!this.answer) {
      const asking = this.ask();
      this.answer = asking;
      asking.catch(() => {
        if (this.answer === asking) this.answer = undefined;
      });
    }
    return this.answer;
  }

  /** An answer already known (from the opening `$batch` or the device cache): no request. */
  public set(value: boolean): void {
    this.answer = Promise.resolve(value);
  }
}

/**
 * Asks SharePoint for the user's effective permissions on the model site (the client's base URL): on the routines
 * list for editing the model, on the web for setting the site up. The opening `$batch` already carries both
 * answers; `prime` hands them over, so nothing is asked twice.
 */
export class SharePointModelPermissions implements ModelPermissions, ModelSiteAccess {
  private readonly editModel: Once;
  private readonly manageSite: Once;

  public constructor(sp: SPFI) {
    this.editModel = new Once(() => sp.web.lists.getByTitle(listSchema('routines').title).currentUserHasPermissions(PermissionKind.EditListItems));
    this.manageSite = new Once(() => sp.web.currentUserHasPermissions(PermissionKind.ManageWeb));
  }

  public prime(access: ModelAccess): void {
    this.editModel.set(access.canEditModel);
    this.manageSite.set(access.canManageModelSite);
  }

  public canEditModel(): Promise<boolean> {
    return this.editModel.get();
  }

  public canManageModelSite(): Promise<boolean> {
    return this.manageSite.get();
  }
}
