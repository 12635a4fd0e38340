import * as React from 'react';
import type { ProductServices } from '../../data/ports/ProductServices';

/** The stores "evaluate and improve" needs; a subset of the product's services, so UI tests can hand in fakes. */
export type EvaluationServices = Pick<ProductServices, 'permissions' | 'feedback' | 'evaluations' | 'routineHistory'>;

/**
 * A context of its own (as the booking views have theirs) rather than a field of the app context: the rest of
 * the app knows nothing of these stores.
 */
export const EvaluationServicesContext = React.createContext<EvaluationServices | undefined>(undefined);

export function useEvaluationServices(): EvaluationServices {
  const services = React.useContext(EvaluationServicesContext);
  if (!services) throw new Error('useEvaluationServices must be used inside <EvaluationServicesContext.Provider>');
  return services;
}
