import type { RoutineHistoryEntry } from '../model/RoutineHistory';
import type { RoutineStatus } from '../model/Routine';
import type { EntityMapping } from './EntityMapping';

/** The routine fields the yearly report reads; written only through routineMapping, never from here. */
export const ROUTINE_HISTORY_FIELDS = ['Id', 'Title', 'RoutineKey', 'RoutineStatus', 'LastReviewed', 'NextReview', 'Created', 'Modified'] as const;

export const routineHistoryMapping: EntityMapping<RoutineHistoryEntry> = {
  list: 'routines',
  read: (r) => ({
    id: r.id,
    key: r.text('RoutineKey'),
    title: r.text('Title'),
    status: r.choice<RoutineStatus>('RoutineStatus') ?? 'draft',
    created: r.created(),
    modified: r.modified(),
    lastReviewed: r.date('LastReviewed'),
    nextReview: r.date('NextReview')
  }),
  write: () => {
    throw new Error('Routine history is read-only; write routines with routineMapping');
  }
};
