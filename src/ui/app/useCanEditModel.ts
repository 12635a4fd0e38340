import * as React from 'react';
import type { ModelPermissions } from '../../data/ports/ModelPermissions';

/**
 * Whether the signed-in user can edit the model, from SharePoint's effective permissions: undefined while
 * SharePoint is asked, false when the answer is no or cannot be had. Menus and admin views use it to show
 * only what the user may do; SharePoint still decides every write.
 */
export function useCanEditModel(permissions: ModelPermissions | undefined): boolean | undefined {
  const [canEdit, setCanEdit] = React.useState<boolean | undefined>(undefined);
  React.useEffect(() => {
    if (!permissions) {
      setCanEdit(false);
      return undefined;
    }
    let current = true;
    permissions.canEditModel().then(
      (answer) => current && setCanEdit(answer),
      () => current && setCanEdit(false)
    );
    return () => {
      current = false;
    };
  }, [permissions]);
  return canEdit;
}
