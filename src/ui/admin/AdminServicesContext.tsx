import * as React from 'react';
import type { ProductServices } from '../../data/ports/ProductServices';

/** What the admin views need of the product's services; a subset, so UI tests can hand in fakes. */
export type AdminViewServices = Pick<ProductServices, 'permissions' | 'admin' | 'modelStore'> & {
  /** Tells the app the model changed (a save, an import), so the staff views read it again. */
  modelChanged?(): void;
};

/** Its own context, as the booking and evaluation views have theirs: the rest of the app knows nothing of it. */
export const AdminServicesContext = React.createContext<AdminViewServices | undefined>(undefined);

export function useAdminViewServices(): AdminViewServices {
  const services = React.useContext(AdminServicesContext);
  if (!services) throw new Error('useAdminViewServices must be used inside <AdminServicesContext.Provider>');
  return services;
}
