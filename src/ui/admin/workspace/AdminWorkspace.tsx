import * as React from 'react';
import type { ItemIssue } from '../../../core/mapping/ItemIssue';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import type { AdminServices } from '../../../data/ports/admin/AdminServices';
import type { RoutineRecord } from '../../../data/ports/admin/RoutineEditor';

/**
 * What the admin views work on: the model as admins see it (drafts included, read with includeDrafts), the
 * routines' ETags and last changes, and the admin services. One per visit to the admin views, shared by them.
 */
export interface AdminWorkspace {
  services: AdminServices;
  model: TryggeBarnModel;
  /** Items the lists hold but the model had to skip, for admins to fix. */
  issues: ItemIssue[];
  records: RoutineRecord[];
  /** After a save: the routine's new version replaces the old one everywhere in the workspace. */
  replaceRecord(record: RoutineRecord): void;
  /** Reads everything again (after an import). */
  reload(): void;
}

export const AdminWorkspaceContext = React.createContext<AdminWorkspace | undefined>(undefined);

export function useAdminWorkspace(): AdminWorkspace {
  const workspace = React.useContext(AdminWorkspaceContext);
  if (!workspace) throw new Error('useAdminWorkspace must be used inside <AdminWorkspaceContext.Provider>');
  return workspace;
}

/** The workspace with one record replaced, in both the records and the model's routines. */
export function withRecord<T extends Pick<AdminWorkspace, 'model' | 'records'>>(workspace: T, record: RoutineRecord): T {
  const id = record.routine.id;
  return {
    ...workspace,
    records: workspace.records.map((r) => (r.routine.id === id ? record : r)),
    model: { ...workspace.model, routines: workspace.model.routines.map((r) => (r.id === id ? record.routine : r)) }
  };
}
