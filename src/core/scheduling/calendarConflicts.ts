import { AVAILABILITY_VIEW_CODES, type AttendeeAvailability, type FreeBusyStatus } from './Availability';
import { graphDateTimeToMillis } from './graphDateTime';
import { markInterval, MILLIS_PER_MINUTE, type SearchGrid } from './searchGrid';

/** How much a calendar entry stands in the way of a meeting. Larger wins where entries overlap. */
export const CONFLICT_NONE = 0;
export const CONFLICT_TENTATIVE = 1;
export const CONFLICT_BUSY = 2;

/** Online meetings are Teams calls; in-person meetings need everyone in the same room. */
export type MeetingMode = 'online' | 'inPerson';

/**
 * The conflict each Graph status causes.
 * - Working elsewhere (home office, another municipal building) does not block an online meeting: the person is
 *   working and can join a Teams call from anywhere. It blocks an in-person meeting, because they are not there.
 * - `unknown`, and any availability character Graph does not document, counts as tentative: we cannot tell, so we
 *   flag the slot (it ranks lower) rather than hide it or pretend it is free.
 */
export function conflictOf(status: FreeBusyStatus | undefined, mode: MeetingMode): number {
  switch (status) {
    case 'free':
      return CONFLICT_NONE;
    case 'tentative':
      return CONFLICT_TENTATIVE;
    case 'busy':
    case 'oof':
      return CONFLICT_BUSY;
    case 'workingElsewhere':
      return mode === 'inPerson' ? CONFLICT_BUSY : CONFLICT_NONE;
    default:
      return CONFLICT_TENTATIVE;
  }
}

/**
 * Writes one attendee's calendar conflicts, minute by minute, into `into` (length ≥ grid.minuteCount; cleared
 * first so one buffer serves every attendee).
 *
 * Both of Graph's sources are used and the more severe wins each minute. Graph documents the availability view as
 * a merge of the schedule items, so normally the items change nothing; they matter when the view is missing or
 * shorter than the window. Taking the maximum means a disagreement between the two can only hide a slot, never
 * book someone into a meeting they already have.
 */
export function markCalendarConflicts(
  availability: AttendeeAvailability,
  grid: SearchGrid,
  mode: MeetingMode,
  into: Uint8Array
): void {
  into.fill(CONFLICT_NONE, 0, grid.minuteCount);

  const view = availability.availabilityView ?? '';
  if (view.length > 0) {
    const viewStartMs = graphDateTimeToMillis(availability.start);
    const intervalMs = availability.availabilityViewInterval * MILLIS_PER_MINUTE;
    const conflictByCode = viewConflicts(mode);
    // Imported constants can compile to getter calls (CommonJS interop); copied locally, the loop stays tight.
    const [none, unknown] = [CONFLICT_NONE, CONFLICT_TENTATIVE];
    for (let index = 0; index < view.length; index++) {
      const conflict = conflictByCode.get(view[index]!) ?? unknown; // index < view.length
      if (conflict === none) continue;
      const fromMs = viewStartMs + index * intervalMs;
      markInterval(into, grid, fromMs, fromMs + intervalMs, conflict);
    }
  }

  for (const item of availability.scheduleItems ?? []) {
    const conflict = conflictOf(item.status, mode);
    if (conflict === CONFLICT_NONE) continue;
    markInterval(into, grid, graphDateTimeToMillis(item.start), graphDateTimeToMillis(item.end), conflict);
  }
}

/**
 * True when the availability view covers the whole grid. Minutes it does not cover are treated as free
 * (nothing is known to be there), so the caller should warn about the attendee.
 */
export function viewCoversGrid(availability: AttendeeAvailability, grid: SearchGrid): boolean {
  const view = availability.availabilityView ?? '';
  if (view.length === 0 || !(availability.availabilityViewInterval > 0)) return false;
  const viewStartMs = graphDateTimeToMillis(availability.start);
  const viewEndMs = viewStartMs + view.length * availability.availabilityViewInterval * MILLIS_PER_MINUTE;
  return viewStartMs <= grid.originMs && viewEndMs >= grid.originMs + grid.minuteCount * MILLIS_PER_MINUTE;
}

function viewConflicts(mode: MeetingMode): Map<string, number> {
  const conflicts = new Map<string, number>();
  for (const code of Object.keys(AVAILABILITY_VIEW_CODES)) {
    conflicts.set(code, conflictOf(AVAILABILITY_VIEW_CODES[code], mode));
  }
  return conflicts;
}
