import type { ModelAccess } from './ModelStore';

/** What the signed-in user may do with the model, as SharePoint's effective permissions say. */
export interface ModelPermissions {
  /**
   * Whether the user can edit the model's lists: the project group (admins). Feedback triage, evaluation results
   * and the yearly report are for them. Asked of «TB Rutiner» on the model site (EditListItems): right once the
   * model's lists have unique permissions, as a team site's Members otherwise have Edit on every list.
   */
  canEditModel(): Promise<boolean>;
  /** Takes answers already read (the opening `$batch`, the device cache), so they are not asked again. */
  prime?(access: ModelAccess): void;
}

/** Whether the user may set up the model site itself (create its lists). */
export interface ModelSiteAccess {
  /**
   * ManageWeb on the model site: site owners (Full Control). Not ManageLists — a team site's Members have Edit,
   * which includes managing lists ("Understanding permission levels in SharePoint").
   */
  canManageModelSite(): Promise<boolean>;
}
