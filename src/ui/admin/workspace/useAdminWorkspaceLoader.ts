import * as React from 'react';
import type { ModelStore } from '../../../data/ports/ModelStore';
import type { AdminAccess } from '../../../data/ports/admin/AdminServices';
import { withRecord, type AdminWorkspace } from './AdminWorkspace';

export type WorkspaceState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; workspace: AdminWorkspace };

/** Loads the admin services and the model with drafts, and keeps the workspace current after saves. */
export function useAdminWorkspaceLoader(admin: AdminAccess, modelStore: ModelStore, modelChanged?: () => void): WorkspaceState & { retry(): void } {
  const [state, setState] = React.useState<WorkspaceState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  // Kept in a ref so a new callback from the app does not reload the workspace.
  const changed = React.useRef(modelChanged);
  changed.current = modelChanged;
  React.useEffect(() => {
    let current = true;
    // A reload keeps showing what is there until the new data has come, so the views keep their messages.
    setState((previous) => (previous.kind === 'ready' ? previous : { kind: 'loading' }));
    (async () => {
      const services = await admin.load();
      // Admins see drafts: the staff load filters RoutineStatus to published ones.
      const loaded = await modelStore.loadModel({ includeDrafts: true });
      const records = await services.routines.loadRecords(loaded.model);
      return { services, model: loaded.model, issues: loaded.issues, records };
    })().then(
      (data) => {
        if (!current) return;
        const workspace: AdminWorkspace = {
          ...data,
          replaceRecord: (record) => {
            setState((previous) => (previous.kind === 'ready' ? { kind: 'ready', workspace: withRecord(previous.workspace, record) } : previous));
            changed.current?.();
          },
          reload: () => {
            retry();
            changed.current?.();
          }
        };
        setState({ kind: 'ready', workspace });
      },
      () => current && setState((previous) => (previous.kind === 'ready' ? previous : { kind: 'failed' }))
    );
    return () => {
      current = false;
    };
  }, [admin, modelStore, attempt, retry]);
  return { ...state, retry };
}
