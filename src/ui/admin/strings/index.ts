import { featureStrings } from '../../shell/featureStrings';
import type { AdminStrings } from './types';

/** The admin strings: each language its own chunk, fetched when the admin views load (see shell/featureStrings). */
export const adminStrings = featureStrings<AdminStrings>('admin', {
  nb: () => import(/* webpackChunkName: 'admin-strings-nb' */ './nb').then((m) => m.nb),
  nn: () => import(/* webpackChunkName: 'admin-strings-nn' */ './nn').then((m) => m.nn),
  en: () => import(/* webpackChunkName: 'admin-strings-en' */ './en').then((m) => m.en)
});

/** The admin strings in the user's language, inside a view that loaded them (LazyFeature). */
export const useAdminStrings = adminStrings.useStrings;

export type { AdminStrings };
