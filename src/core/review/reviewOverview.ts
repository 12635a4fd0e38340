import type { Routine } from '../model/Routine';
import { reviewState, type ReviewState } from '../model/reviewStatus';
import type { Service } from '../model/Service';
import { compareNorwegian } from '../i18n/compareNorwegian';

/** The states an admin has to act on: past the date, within DUE_SOON_DAYS, or never given a date. */
export const NEEDS_ATTENTION: readonly ReviewState[] = ['overdue', 'dueSoon', 'unknown'];

/** The service group of routines done in each reader's own service (no one service is responsible). */
export const OWN_SERVICE_GROUP = '#own-service';

export interface ReviewEntry {
  routine: Routine;
  state: ReviewState;
}

export interface ReviewGroup {
  /** Owner (trimmed, lower case) or service key; '' for routines without one; OWN_SERVICE_GROUP for own-service routines. */
  key: string;
  /** What to show: the owner as written, or the service's title; '' when there is none. */
  label: string;
  entries: ReviewEntry[];
  overdue: number;
  dueSoon: number;
}

export interface ReviewOverview {
  counts: Record<ReviewState, number>;
  byOwner: ReviewGroup[];
  byService: ReviewGroup[];
}

const STATE_RANK: Record<ReviewState, number> = { overdue: 0, dueSoon: 1, unknown: 2, current: 3 };

function compareEntries(a: ReviewEntry, b: ReviewEntry): number {
  if (a.state !== b.state) return STATE_RANK[a.state] - STATE_RANK[b.state];
  const byDate = (a.routine.nextReview ?? '').localeCompare(b.routine.nextReview ?? '');
  return byDate !== 0 ? byDate : compareNorwegian(a.routine.title, b.routine.title);
}

function group(entries: readonly ReviewEntry[], keyOf: (r: Routine) => { key: string; label: string }): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const entry of entries) {
    const { key, label } = keyOf(entry.routine);
    let found = groups.get(key);
    if (!found) {
      found = { key, label, entries: [], overdue: 0, dueSoon: 0 };
      groups.set(key, found);
    }
    found.entries.push(entry);
    if (entry.state === 'overdue') found.overdue++;
    if (entry.state === 'dueSoon') found.dueSoon++;
  }
  const result = [...groups.values()];
  for (const g of result) g.entries.sort(compareEntries);
  // The group with the most overdue routines first; groups without an owner or service last.
  return result.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return b.overdue - a.overdue || b.dueSoon - a.dueSoon || compareNorwegian(a.label, b.label);
  });
}

/**
 * What is due for review, grouped by the routine's owner (who must do it) and by its responsible service
 * (where the project group follows it up). Routines that are current are counted but not listed.
 */
export function buildReviewOverview(routines: readonly Routine[], services: readonly Service[], today: string): ReviewOverview {
  const counts: Record<ReviewState, number> = { overdue: 0, dueSoon: 0, unknown: 0, current: 0 };
  const entries: ReviewEntry[] = [];
  for (const routine of routines) {
    const state = reviewState(routine, today);
    counts[state]++;
    if (NEEDS_ATTENTION.includes(state)) entries.push({ routine, state });
  }
  const serviceTitles = new Map(services.map((s) => [s.key, s.title]));
  return {
    counts,
    byOwner: group(entries, (r) => ({ key: r.owner.trim().toLowerCase(), label: r.owner.trim() })),
    byService: group(entries, (r) => {
      if (r.ownServiceResponsible) return { key: OWN_SERVICE_GROUP, label: '' };
      const key = r.responsibleService ?? '';
      return { key, label: key ? serviceTitles.get(key) ?? key : '' };
    })
  };
}
