/** What the signed-in user may do with the model, as SharePoint's effective permissions say. */
export interface ModelPermissions {
  /**
   * Whether the user can edit the model's lists: the project group (admins). Feedback triage, evaluation results
   * and the yearly report are for them.
   */
  canEditModel(): Promise<boolean>;
}
