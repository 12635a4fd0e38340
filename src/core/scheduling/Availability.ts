/**
 * An attendee's free/busy information, shaped as Microsoft Graph's getSchedule returns it (scheduleInformation),
 * plus the two facts Graph leaves out of each answer but the request fixed: where the availability view starts
 * and how long each of its characters lasts.
 */

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is in (Windows or IANA name). */
export interface GraphDateTimeTimeZone {
  /** Local date-time, e.g. "2026-03-30T08:00:00.0000000". An offset or "Z" in the string wins over `timeZone`. */
  dateTime: string;
  timeZone: string;
}

export type DayOfWeek = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Graph's freeBusyStatus. `unknown` appears on items Exchange could not classify. */
export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/**
 * One character per `availabilityViewInterval` minutes in `availabilityView`:
 * '0' free, '1' tentative, '2' busy, '3' out of office (oof), '4' working elsewhere.
 */
export const AVAILABILITY_VIEW_CODES: Readonly<Record<string, FreeBusyStatus>> = {
  '0': 'free',
  '1': 'tentative',
  '2': 'busy',
  '3': 'oof',
  '4': 'workingElsewhere'
};

/** The working hours the attendee set in Outlook, in the attendee's own zone. */
export interface WorkingHours {
  daysOfWeek: DayOfWeek[];
  /** "HH:mm:ss.0000000", e.g. "08:00:00.0000000". */
  startTime: string;
  endTime: string;
  timeZone: { name: string };
}

export interface ScheduleItem {
  status: FreeBusyStatus;
  start: GraphDateTimeTimeZone;
  end: GraphDateTimeTimeZone;
}

export interface AttendeeAvailability {
  /** The schedule asked for: the attendee's e-mail address. */
  scheduleId: string;
  availabilityView: string;
  /** Minutes per character of `availabilityView` (the request's availabilityViewInterval). */
  availabilityViewInterval: number;
  /** Where the first character of `availabilityView` starts: the request's startTime. */
  start: GraphDateTimeTimeZone;
  workingHours?: WorkingHours;
  scheduleItems?: ScheduleItem[];
  /** Set by Graph when it could not read this schedule (unknown or external user, no permission). */
  error?: { message: string; responseCode: string };
}

export type AttendeeRole = 'required' | 'optional';

/** Someone invited to the meeting, with what Graph told us about their calendar. */
export interface MeetingAttendee {
  email: string;
  /** Required attendees must be able to come; optional ones only make a slot better or worse. */
  required: boolean;
  availability: AttendeeAvailability;
}

export function attendeeRole(attendee: Pick<MeetingAttendee, 'required'>): AttendeeRole {
  return attendee.required ? 'required' : 'optional';
}
