import type { ModelTransfer } from './ModelTransfer';
import type { RoutineEditor } from './RoutineEditor';
import type { SettingsEditor } from './SettingsEditor';
import type { SiteProvisioner } from './SiteProvisioner';

/** What the admin view needs beyond the staff services; loaded on demand, in its own bundle chunk. */
export interface AdminServices {
  routines: RoutineEditor;
  provisioning: SiteProvisioner;
  transfer: ModelTransfer;
  /** The settings list's rows: the search words and the guide's signs. */
  settings: SettingsEditor;
}

/** How the app reaches the admin services without putting their code in the staff bundle. */
export interface AdminAccess {
  load(): Promise<AdminServices>;
}
