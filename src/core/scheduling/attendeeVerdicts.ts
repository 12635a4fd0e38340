import { CONFLICT_BUSY, CONFLICT_TENTATIVE } from './calendarConflicts';
import type { SearchGrid } from './searchGrid';

/** What one attendee's calendar and working hours say about one candidate slot. */
export const VERDICT_FREE = 0;
export const VERDICT_TENTATIVE = 1;
export const VERDICT_BUSY = 2;
export const VERDICT_OUTSIDE_WORKING_HOURS = 3;

/** Reusable buffers, so a search allocates them once rather than once per attendee. */
export interface VerdictScratch {
  busyBefore: Int32Array;
  tentativeBefore: Int32Array;
}

export function createVerdictScratch(grid: SearchGrid): VerdictScratch {
  return { busyBefore: new Int32Array(grid.minuteCount + 1), tentativeBefore: new Int32Array(grid.minuteCount + 1) };
}

/**
 * Judges every candidate slot for one attendee, writing one verdict per candidate into `into`.
 *
 * Prefix counts turn "is any minute of [start, end) busy?" into one subtraction, so the cost is one pass over the
 * window's minutes plus one step per candidate, whatever the meeting's length. Being outside working hours is
 * reported before being busy: it is the more permanent reason, and the one the explanation should name.
 */
export function judgeCandidates(
  conflicts: Uint8Array,
  outsideWorkingBefore: Int32Array,
  grid: SearchGrid,
  scratch: VerdictScratch,
  into: Uint8Array
): void {
  const { busyBefore, tentativeBefore } = scratch;
  // Imported constants can compile to getter calls (CommonJS interop); copied locally, the hot loops stay tight.
  const busy = CONFLICT_BUSY;
  const tentative = CONFLICT_TENTATIVE;
  // The prefix sums hold minuteCount + 1 entries (VerdictScratch), so every minute and the one after it exist.
  for (let minute = 0; minute < grid.minuteCount; minute++) {
    const conflict = conflicts[minute];
    busyBefore[minute + 1] = busyBefore[minute]! + (conflict === busy ? 1 : 0);
    tentativeBefore[minute + 1] = tentativeBefore[minute]! + (conflict === tentative ? 1 : 0);
  }

  const starts = grid.candidateStarts;
  const duration = grid.durationMinutes;
  for (let candidate = 0; candidate < starts.length; candidate++) {
    const start = starts[candidate]!; // candidate < starts.length
    const end = start + duration;
    if (outsideWorkingBefore[end] !== outsideWorkingBefore[start]) into[candidate] = VERDICT_OUTSIDE_WORKING_HOURS;
    else if (busyBefore[end] !== busyBefore[start]) into[candidate] = VERDICT_BUSY;
    else if (tentativeBefore[end] !== tentativeBefore[start]) into[candidate] = VERDICT_TENTATIVE;
    else into[candidate] = VERDICT_FREE;
  }
}
