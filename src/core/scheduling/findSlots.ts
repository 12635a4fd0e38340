import type { MeetingAttendee } from './Availability';
import {
  createVerdictScratch,
  judgeCandidates,
  VERDICT_BUSY,
  VERDICT_FREE,
  VERDICT_OUTSIDE_WORKING_HOURS,
  VERDICT_TENTATIVE
} from './attendeeVerdicts';
import { markCalendarConflicts, viewCoversGrid, type MeetingMode } from './calendarConflicts';
import { isoToMillis, millisToIsoUtc } from './graphDateTime';
import { toIanaTimeZone, UnknownTimeZoneError } from './graphTimeZones';
import { explainNoSlot } from './noSlotExplanation';
import { buildSearchGrid, gridMinuteToMillis, MILLIS_PER_MINUTE, type SearchGrid } from './searchGrid';
import { pickSlots, rankFeasibleCandidates, type CandidateTallies } from './slotRanking';
import type { FindSlotsResult, MeetingSlot, SchedulingWarning, SlotTime } from './SlotSearchResult';
import {
  DEFAULT_WORKING_DAYS,
  DEFAULT_WORKING_END,
  DEFAULT_WORKING_START,
  outsideWorkingHoursPrefix,
  workingHoursKey,
  type ResolvedWorkingHours
} from './workingHoursMinutes';

export const DEFAULT_STEP_MINUTES = 5;
export const DEFAULT_ORGANIZER_TIME_ZONE = 'Europe/Oslo';
export const DEFAULT_MAX_RESULTS = 10;
/** Beyond a year the question is planning, not scheduling; the limit also bounds memory (a few bytes a minute). */
export const MAX_SEARCH_WINDOW_DAYS = 366;

export interface FindSlotsInput {
  attendees: readonly MeetingAttendee[];
  /** ISO 8601 instants; a value without an offset is read in the organizer's zone. The end is exclusive. */
  window: { start: string; end: string };
  durationMinutes: number;
  /** Distance between candidate starts. Default 5. */
  stepMinutes?: number;
  /** IANA (or Windows) zone of the organizer: decides weekends, holidays and step alignment. Default Europe/Oslo. */
  organizerTimeZone?: string;
  /** Default 10. */
  maxResults?: number;
  /** Skip Norwegian public holidays (in the organizer's zone). Default true. Weekends are always skipped. */
  skipHolidays?: boolean;
  /**
   * Default 'online' (a Teams meeting): "working elsewhere" does not block. 'inPerson' makes it block, since the
   * person is not where the meeting is.
   */
  meetingMode?: MeetingMode;
  /** Return overlapping slots (09:00, 09:05 …) instead of distinct ones. Default false. */
  allowOverlappingSlots?: boolean;
}

/**
 * Finds the best times for a tverrfaglig møte.
 *
 * A slot must lie inside every required attendee's working hours (in that attendee's own zone; Mon–Fri 08:00–16:00
 * in the organizer's zone when Graph gave none) and clear of their busy and out-of-office time. Tentative bookings
 * are allowed but rank lower; optional attendees never block and only improve the ranking. Slots never start on a
 * weekend or (by default) a Norwegian public holiday in the organizer's zone.
 *
 * Each attendee's calendar is flattened once into per-minute arrays over the window, after which every candidate
 * is judged in constant time, so the work grows with attendees × (window minutes + candidates) and nothing else.
 */
export function findSlots(input: FindSlotsInput): FindSlotsResult {
  const organizerZone = toIanaTimeZone(input.organizerTimeZone ?? DEFAULT_ORGANIZER_TIME_ZONE);
  const stepMinutes = positiveInteger(input.stepMinutes ?? DEFAULT_STEP_MINUTES, 'stepMinutes');
  const durationMinutes = positiveInteger(input.durationMinutes, 'durationMinutes');
  const maxResults = positiveInteger(input.maxResults ?? DEFAULT_MAX_RESULTS, 'maxResults');
  const mode: MeetingMode = input.meetingMode ?? 'online';
  const startMs = isoToMillis(input.window.start, organizerZone, 'window.start');
  const endMs = isoToMillis(input.window.end, organizerZone, 'window.end');
  if (endMs <= startMs) throw new RangeError('window.end must be after window.start');
  if (endMs - startMs > MAX_SEARCH_WINDOW_DAYS * 24 * 60 * MILLIS_PER_MINUTE) {
    throw new RangeError(`The search window may span at most ${MAX_SEARCH_WINDOW_DAYS} days`);
  }

  const grid = buildSearchGrid({
    startMs,
    endMs,
    durationMinutes,
    stepMinutes,
    organizerZone,
    skipHolidays: input.skipHolidays ?? true
  });
  const attendees = mergeDuplicates(input.attendees);
  const warnings: SchedulingWarning[] = [];
  const verdicts = judgeAllAttendees(attendees, grid, organizerZone, mode, warnings);

  const tallies = tally(attendees, verdicts, grid.candidateStarts.length);
  const ranked = rankFeasibleCandidates(tallies);
  const slotTime = (candidate: number): SlotTime => slotTimeOf(grid, candidate);

  if (ranked.length === 0) {
    const requiredIndexes = attendees.map((a, index) => (a.required ? index : -1)).filter((index) => index >= 0);
    const explanation = explainNoSlot({
      // Indexes of attendees, who have one verdict array each.
      emails: requiredIndexes.map((index) => attendees[index]!.email),
      verdicts: requiredIndexes.map((index) => verdicts[index]!),
      requiredBlocked: tallies.requiredBlocked,
      plausible: tallies.someoneRequiredWorking,
      slotTime
    });
    return { slots: [], explanation, warnings };
  }

  const picked = pickSlots(ranked, grid.candidateStarts, durationMinutes, maxResults, input.allowOverlappingSlots ?? false);
  return { slots: picked.map((candidate) => describeSlot(candidate, attendees, verdicts, slotTime(candidate))), warnings };
}

/** The same person invited twice is one attendee; if either invitation makes them required, they are required. */
function mergeDuplicates(attendees: readonly MeetingAttendee[]): MeetingAttendee[] {
  const byEmail = new Map<string, MeetingAttendee>();
  for (const attendee of attendees) {
    const key = attendee.email.trim().toLowerCase();
    const earlier = byEmail.get(key);
    if (earlier === undefined) byEmail.set(key, attendee);
    else if (attendee.required && !earlier.required) byEmail.set(key, { ...earlier, required: true });
  }
  return Array.from(byEmail.values());
}

function judgeAllAttendees(
  attendees: readonly MeetingAttendee[],
  grid: SearchGrid,
  organizerZone: string,
  mode: MeetingMode,
  warnings: SchedulingWarning[]
): Uint8Array[] {
  const conflicts = new Uint8Array(grid.minuteCount);
  const scratch = createVerdictScratch(grid);
  // Colleagues in one municipality usually share working hours; their masks are computed once.
  const outsideByHours = new Map<string, Int32Array>();

  return attendees.map((attendee) => {
    const hours = resolveWorkingHours(attendee, organizerZone, warnings);
    const key = workingHoursKey(hours);
    let outside = outsideByHours.get(key);
    if (outside === undefined) {
      outside = outsideWorkingHoursPrefix(hours, grid);
      outsideByHours.set(key, outside);
    }

    const availability = attendee.availability;
    if (availability.error !== undefined || !viewCoversGrid(availability, grid)) {
      warnings.push({
        kind: 'availabilityUnknown',
        email: attendee.email,
        ...(availability.error ? { responseCode: availability.error.responseCode } : {})
      });
    }
    markCalendarConflicts(availability, grid, mode, conflicts);

    const verdict = new Uint8Array(grid.candidateStarts.length);
    judgeCandidates(conflicts, outside, grid, scratch, verdict);
    return verdict;
  });
}

function resolveWorkingHours(
  attendee: MeetingAttendee,
  organizerZone: string,
  warnings: SchedulingWarning[]
): ResolvedWorkingHours {
  const hours = attendee.availability.workingHours;
  if (hours === undefined) {
    return { daysOfWeek: DEFAULT_WORKING_DAYS, startTime: DEFAULT_WORKING_START, endTime: DEFAULT_WORKING_END, zone: organizerZone };
  }
  const zoneName = hours.timeZone?.name ?? '';
  let zone: string;
  try {
    zone = toIanaTimeZone(zoneName);
  } catch (error) {
    if (!(error instanceof UnknownTimeZoneError)) throw error;
    // Failing the whole search over one colleague's custom Outlook zone would leave the team lead with nothing;
    // their hours are read in the organizer's zone instead, and the UI is told.
    warnings.push({ kind: 'workingHoursTimeZoneUnknown', email: attendee.email, timeZoneName: zoneName });
    zone = organizerZone;
  }
  return { daysOfWeek: hours.daysOfWeek, startTime: hours.startTime, endTime: hours.endTime, zone };
}

interface Tallies extends CandidateTallies {
  /** 1 where at least one required attendee is inside working hours. */
  someoneRequiredWorking: Uint8Array;
}

function tally(attendees: readonly MeetingAttendee[], verdicts: readonly Uint8Array[], candidateCount: number): Tallies {
  const someoneRequiredWorking = new Uint8Array(candidateCount);
  const requiredBlocked = new Uint16Array(candidateCount);
  const requiredTentative = new Uint16Array(candidateCount);
  const optionalFree = new Uint16Array(candidateCount);
  // Imported constants can compile to getter calls (CommonJS interop); copied locally, the hot loops stay tight.
  const [free, tentative, busy, outside] = [VERDICT_FREE, VERDICT_TENTATIVE, VERDICT_BUSY, VERDICT_OUTSIDE_WORKING_HOURS];
  attendees.forEach((attendee, index) => {
    // One verdict array per attendee, one verdict per candidate; the tallies have candidateCount entries.
    const verdict = verdicts[index]!;
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      const value = verdict[candidate]!;
      if (attendee.required) {
        if (value !== outside) someoneRequiredWorking[candidate] = 1;
        if (value >= busy) requiredBlocked[candidate]!++;
        else if (value === tentative) requiredTentative[candidate]!++;
      } else if (value === free) {
        optionalFree[candidate]!++;
      }
    }
  });
  return { requiredBlocked, requiredTentative, optionalFree, someoneRequiredWorking };
}

function describeSlot(
  candidate: number,
  attendees: readonly MeetingAttendee[],
  verdicts: readonly Uint8Array[],
  time: SlotTime
): MeetingSlot {
  const slot: MeetingSlot = {
    ...time,
    allRequiredFree: true,
    requiredFree: [],
    requiredTentative: [],
    optionalFree: [],
    optionalTentative: [],
    optionalBusy: []
  };
  attendees.forEach((attendee, index) => {
    const value = verdicts[index]![candidate]; // one verdict array per attendee
    if (attendee.required) {
      if (value === VERDICT_TENTATIVE) slot.requiredTentative.push(attendee.email);
      else slot.requiredFree.push(attendee.email);
    } else if (value === VERDICT_FREE) slot.optionalFree.push(attendee.email);
    else if (value === VERDICT_TENTATIVE) slot.optionalTentative.push(attendee.email);
    else slot.optionalBusy.push(attendee.email);
  });
  slot.allRequiredFree = slot.requiredTentative.length === 0;
  return slot;
}

function slotTimeOf(grid: SearchGrid, candidate: number): SlotTime {
  const startMs = gridMinuteToMillis(grid, grid.candidateStarts[candidate]!); // candidate indexes the grid's starts
  return { start: millisToIsoUtc(startMs), end: millisToIsoUtc(startMs + grid.durationMinutes * MILLIS_PER_MINUTE) };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive whole number, got ${value}`);
  return value;
}
