import * as React from 'react';
import type { Locale } from '../../core/i18n/Locale';
import type { TryggeBarnModel } from '../../core/model/TryggeBarnModel';
import type { HostEnvironment } from '../host/HostEnvironment';
import type { Strings } from '../strings';
import type { Route } from './routes';

/** What every view needs: the model, the words, where it runs, and how to move between views. */
export interface AppContextValue {
  model: TryggeBarnModel;
  strings: Strings;
  locale: Locale;
  host: HostEnvironment;
  navigate: (route: Route) => void;
  /** The user's own service ("For meg"), if chosen. */
  myService: string | undefined;
  setMyService: (service: string | undefined) => void;
  /** The routines' keys in title order, when the device cache kept it for the titles shown (LoadedModel). */
  routineTitleOrder?: readonly string[];
}

export const AppContext = React.createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = React.useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppContext.Provider>');
  return value;
}
