import { featureStrings } from '../../shell/featureStrings';
import type { EvaluationStrings } from './types';

/** The evaluation strings: each language its own chunk, fetched when the evaluation views load (see shell/featureStrings). */
export const evaluationStrings = featureStrings<EvaluationStrings>('evaluation', {
  nb: () => import(/* webpackChunkName: 'evaluation-strings-nb' */ './nb').then((m) => m.nb),
  nn: () => import(/* webpackChunkName: 'evaluation-strings-nn' */ './nn').then((m) => m.nn),
  en: () => import(/* webpackChunkName: 'evaluation-strings-en' */ './en').then((m) => m.en)
});

/** The evaluation strings in the user's language, inside a view that loaded them (LazyFeature). */
export const useEvaluationStrings = evaluationStrings.useStrings;

export type { EvaluationStrings };
