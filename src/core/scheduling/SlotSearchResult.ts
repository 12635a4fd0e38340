/**
 * What the slot finder answers. Everything is data (e-mail addresses, counts, instants), never prose: the UI turns
 * it into Bokmål, Nynorsk or English.
 */

/** A meeting time as ISO 8601 instants in UTC, e.g. "2026-03-30T07:00:00Z". */
export interface SlotTime {
  start: string;
  end: string;
}

/** A proposed meeting time and who can come. Every list holds e-mail addresses in the order attendees were given. */
export interface MeetingSlot extends SlotTime {
  /** True when no required attendee is even tentatively booked: the best kind of slot. */
  allRequiredFree: boolean;
  /** Required attendees with nothing in their calendar at this time. */
  requiredFree: string[];
  /** Required attendees with a tentative booking at this time: they can probably come, but should be asked. */
  requiredTentative: string[];
  optionalFree: string[];
  optionalTentative: string[];
  /** Optional attendees who are busy, out of office or outside their working hours. */
  optionalBusy: string[];
}

/** One required attendee who stands in the way, and how much. */
export interface BlockingAttendee {
  email: string;
  /** Candidate slots this attendee cannot attend (busy + outsideWorkingHours). */
  blockedCandidates: number;
  /** Of those, slots inside their working hours where their calendar says busy or out of office. */
  busy: number;
  /** Of those, slots outside their working hours, whatever their calendar says. */
  outsideWorkingHours: number;
  /** The earliest slot every other required attendee could make, if this attendee were left out. */
  earliestSlotWithout?: SlotTime;
}

/**
 * Why no slot was found.
 * - `noCandidateTimes`: the window holds no candidate time at all: it is shorter than the meeting, covers only
 *   weekends and holidays, or lies entirely outside every required attendee's working hours.
 * - `requiredAttendeesUnavailable`: there were candidate times, but every one had a required attendee who could
 *   not come.
 *
 * A candidate time is a start on the step grid, on a meeting day, when at least one required attendee is working.
 */
export interface NoSlotExplanation {
  reason: 'noCandidateTimes' | 'requiredAttendeesUnavailable';
  /** How many candidate times were considered. */
  candidateCount: number;
  /** Required attendees who block at least one candidate, the one who blocks most first. */
  blockers: BlockingAttendee[];
  /**
   * The earliest slot that would work with one required attendee fewer, and who that attendee is. Absent when
   * every candidate is blocked by two or more people.
   */
  nearestWithOneFewer?: { withoutEmail: string; slot: SlotTime };
}

/**
 * Something the search had to assume. The slots are still valid under the assumption, but the UI should say so.
 * - `availabilityUnknown`: Graph returned no usable calendar for part or all of the window (an external
 *   address, a permission problem, or a window longer than the request); those times were treated as free.
 * - `workingHoursTimeZoneUnknown`: the attendee's working-hours zone could not be converted (typically Outlook's
 *   "Customized Time Zone"), so their working hours were read in the organizer's zone.
 */
export type SchedulingWarning =
  | { kind: 'availabilityUnknown'; email: string; responseCode?: string }
  | { kind: 'workingHoursTimeZoneUnknown'; email: string; timeZoneName: string };

export interface FindSlotsResult {
  /** Best first; empty when nothing fits. */
  slots: MeetingSlot[];
  /** Present exactly when `slots` is empty. */
  explanation?: NoSlotExplanation;
  warnings: SchedulingWarning[];
}
