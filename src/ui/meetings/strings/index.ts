import { featureStrings } from '../../shell/featureStrings';
import type { MeetingStrings } from './types';

/** The meetings strings: each language its own chunk, fetched when the meetings views load (see shell/featureStrings). */
export const meetingsStrings = featureStrings<MeetingStrings>('meetings', {
  nb: () => import(/* webpackChunkName: 'booking-strings-nb' */ './nb').then((m) => m.nb),
  nn: () => import(/* webpackChunkName: 'booking-strings-nn' */ './nn').then((m) => m.nn),
  en: () => import(/* webpackChunkName: 'booking-strings-en' */ './en').then((m) => m.en)
});

/** The meetings strings in the user's language, inside a view that loaded them (LazyFeature). */
export const useMeetingStrings = meetingsStrings.useStrings;

export type { MeetingStrings };
