import { VERDICT_BUSY, VERDICT_OUTSIDE_WORKING_HOURS } from './attendeeVerdicts';
import type { BlockingAttendee, NoSlotExplanation, SlotTime } from './SlotSearchResult';

export interface ExplanationInput {
  /** E-mail addresses of the required attendees. */
  emails: readonly string[];
  /** One verdict array per required attendee, in the order of `emails`. */
  verdicts: readonly Uint8Array[];
  /** How many required attendees block each candidate. */
  requiredBlocked: Uint16Array;
  /**
   * 1 where at least one required attendee is inside working hours. Only these candidates are counted: at 03:00
   * everyone "blocks", which would drown the real obstacles in noise.
   */
  plausible: Uint8Array;
  slotTime: (candidate: number) => SlotTime;
}

/**
 * Explains an empty result: who blocks how many candidates, and what the earliest slot would be with one
 * required attendee left out. A candidate works without person P exactly when P is its only blocker, so the
 * per-candidate blocker counts answer both questions in one pass per attendee.
 */
export function explainNoSlot(input: ExplanationInput): NoSlotExplanation {
  const { emails, verdicts, requiredBlocked, plausible, slotTime } = input;
  let candidateCount = 0;
  for (let candidate = 0; candidate < plausible.length; candidate++) candidateCount += plausible[candidate]!;
  if (candidateCount === 0) return { reason: 'noCandidateTimes', candidateCount, blockers: [] };

  const blockers: BlockingAttendee[] = [];
  let nearest: { withoutEmail: string; candidate: number } | undefined;
  // Imported constants can compile to getter calls (CommonJS interop); copied locally, the hot loop stays tight.
  const busyOrWorse = VERDICT_BUSY;
  const outside = VERDICT_OUTSIDE_WORKING_HOURS;
  emails.forEach((email, index) => {
    const verdict = verdicts[index]!; // one verdict array per email, one verdict per candidate
    let busy = 0;
    let outsideWorkingHours = 0;
    let earliestWithout = -1;
    for (let candidate = 0; candidate < plausible.length; candidate++) {
      const value = verdict[candidate]!;
      if (value < busyOrWorse || plausible[candidate] === 0) continue;
      if (value === outside) outsideWorkingHours++;
      else busy++;
      if (earliestWithout < 0 && requiredBlocked[candidate] === 1) earliestWithout = candidate;
    }
    if (busy + outsideWorkingHours === 0) return;
    blockers.push({
      email,
      blockedCandidates: busy + outsideWorkingHours,
      busy,
      outsideWorkingHours,
      ...(earliestWithout >= 0 ? { earliestSlotWithout: slotTime(earliestWithout) } : {})
    });
    if (earliestWithout >= 0 && (nearest === undefined || earliestWithout < nearest.candidate)) {
      nearest = { withoutEmail: email, candidate: earliestWithout };
    }
  });

  blockers.sort((a, b) => b.blockedCandidates - a.blockedCandidates || a.email.localeCompare(b.email));
  return {
    reason: 'requiredAttendeesUnavailable',
    candidateCount,
    blockers,
    ...(nearest ? { nearestWithOneFewer: { withoutEmail: nearest.withoutEmail, slot: slotTime(nearest.candidate) } } : {})
  };
}
