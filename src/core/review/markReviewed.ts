import type { Routine } from '../model/Routine';
import type { ModelSettings } from '../model/Settings';
import { addMonths } from './addMonths';

/** The dates a routine gets when its owner has reviewed it today: next review after the municipality's interval. */
export function reviewedOn(today: string, settings: Pick<ModelSettings, 'reviewIntervalMonths'>): Pick<Routine, 'lastReviewed' | 'nextReview'> {
  return { lastReviewed: today, nextReview: addMonths(today, settings.reviewIntervalMonths) };
}
