import type { Locale } from '../../../core/i18n/Locale';
import type { Routine, RoutineStep } from '../../../core/model/Routine';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import { formatDate } from '../../common/formatDate';
import type { AdminStrings } from '../strings';

/** A field's value as text for comparing two versions side by side: keys become titles, dates are written out. */
export function describeRoutineValue(field: keyof Routine, value: unknown, model: TryggeBarnModel, s: AdminStrings, locale: Locale): string[] {
  const empty = [s.empty];
  if (value === undefined || value === null || value === '') return empty;
  const title = (list: Array<{ key: string; title: string }>, key: string): string => list.find((x) => x.key === key)?.title ?? key;
  switch (field) {
    case 'steps': {
      const steps = value as RoutineStep[];
      return steps.length === 0 ? empty : steps.map((step, i) => `${i + 1}. ${step.what}${step.who ? ` (${step.who})` : ''}${step.deadline ? ` – ${step.deadline}` : ''}`);
    }
    case 'status':
      return [s.status[value as Routine['status']]];
    case 'urgent':
      return [value ? s.yes : s.no];
    case 'lastReviewed':
    case 'nextReview':
      return [formatDate(value as string, locale)];
    case 'responsibleService':
      return [title(model.services, value as string)];
    case 'audience':
    case 'arenas': {
      const keys = value as string[];
      const list = field === 'arenas' ? model.arenas : model.services;
      return keys.length === 0 ? empty : [keys.map((k) => title(list, k)).join(', ')];
    }
    case 'placements': {
      const keys = value as string[];
      return keys.length === 0 ? empty : [keys.join(', ')];
    }
    default:
      return [String(value)];
  }
}
