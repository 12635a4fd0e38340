import * as React from 'react';
import type { ProductServices } from '../../data/ports/ProductServices';

interface ServicesValue {
  services: ProductServices;
  modelChanged: (() => void) | undefined;
}

/**
 * The product's services (ProductServices: the model store, the calendar, the evaluation and feedback stores, the
 * lazily loaded admin services…) for every view, next to the app context. One context: a view takes what it needs
 * from `useServices()`, and UI tests hand in fakes through the provider.
 */
const ServicesContext = React.createContext<ServicesValue | undefined>(undefined);

export interface ServicesProviderProps {
  services: ProductServices;
  /** Tells the app the model changed (an admin's save or import), so the staff views read it again. */
  onModelChanged?(): void;
  children?: React.ReactNode;
}

export function ServicesProvider(props: ServicesProviderProps): React.ReactElement {
  const { services, onModelChanged } = props;
  const value = React.useMemo<ServicesValue>(() => ({ services, modelChanged: onModelChanged }), [services, onModelChanged]);
  return <ServicesContext.Provider value={value}>{props.children}</ServicesContext.Provider>;
}

function useServicesValue(hook: string): ServicesValue {
  const value = React.useContext(ServicesContext);
  if (!value) throw new Error(`${hook} must be used inside <ServicesProvider> (the app shell provides it around every view)`);
  return value;
}

/** The product's services; throws when used outside <ServicesProvider>. */
export function useServices(): ProductServices {
  return useServicesValue('useServices').services;
}

/** What to call after the model was changed (a save, an import), if the app listens; throws outside <ServicesProvider>. */
export function useModelChanged(): (() => void) | undefined {
  return useServicesValue('useModelChanged').modelChanged;
}
