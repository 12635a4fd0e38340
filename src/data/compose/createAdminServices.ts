import type { SPFI } from '@pnp/sp';
import { SharePointModelTransfer } from '../sharepoint/SharePointModelTransfer';
import { SharePointRoutineEditor } from '../sharepoint/SharePointRoutineEditor';
import { SharePointSettingsEditor } from '../sharepoint/SharePointSettingsEditor';
import { SharePointSiteProvisioner } from '../sharepoint/SharePointSiteProvisioner';
import type { AdminServices } from '../ports/admin/AdminServices';

/** The admin services on the same PnPjs client (base URL and token) as the staff services. */
export function createAdminServices(sp: SPFI, siteUrl: string): AdminServices {
  return {
    routines: new SharePointRoutineEditor(sp, siteUrl),
    provisioning: new SharePointSiteProvisioner(sp),
    transfer: new SharePointModelTransfer(sp),
    settings: new SharePointSettingsEditor(sp)
  };
}
