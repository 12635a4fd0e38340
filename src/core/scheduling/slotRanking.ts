/** Per-candidate tallies the ranking needs, indexed like the grid's candidate starts. */
export interface CandidateTallies {
  /** Required attendees who cannot come (busy, out of office, outside working hours). */
  requiredBlocked: Uint16Array;
  requiredTentative: Uint16Array;
  optionalFree: Uint16Array;
}

/**
 * Orders the candidates every required attendee can attend, best first:
 * all required attendees free (no tentative) first, then fewest required tentative, then most optional attendees
 * free, then earliest. The first rule is the second rule's zero, so one key covers both.
 */
export function rankFeasibleCandidates(tallies: CandidateTallies): number[] {
  const feasible: number[] = [];
  for (let candidate = 0; candidate < tallies.requiredBlocked.length; candidate++) {
    if (tallies.requiredBlocked[candidate] === 0) feasible.push(candidate);
  }
  // Candidate indexes grow with time, so the index is the "earliest" tie-breaker.
  // a and b are candidate indexes, which every tally has.
  return feasible.sort(
    (a, b) =>
      tallies.requiredTentative[a]! - tallies.requiredTentative[b]! ||
      tallies.optionalFree[b]! - tallies.optionalFree[a]! ||
      a - b
  );
}

/**
 * Takes the best `maxResults` candidates from a ranked list. Unless overlaps are allowed, a candidate that
 * overlaps one already taken is skipped: at 5-minute resolution the ten best slots would otherwise be 09:00,
 * 09:05 … 09:45 on the same morning, which offers the team lead one choice dressed up as ten.
 */
export function pickSlots(
  ranked: readonly number[],
  candidateStarts: Int32Array,
  durationMinutes: number,
  maxResults: number,
  allowOverlap: boolean
): number[] {
  const picked: number[] = [];
  for (const candidate of ranked) {
    if (picked.length >= maxResults) break;
    // Ranked candidates index candidateStarts.
    const start = candidateStarts[candidate]!;
    const overlaps =
      !allowOverlap && picked.some((other) => Math.abs(candidateStarts[other]! - start) < durationMinutes);
    if (!overlaps) picked.push(candidate);
  }
  return picked;
}
