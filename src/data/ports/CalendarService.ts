import type { MeetingEventRequest } from '../../core/meetings';
import type { AttendeeAvailability } from '../../core/scheduling';

/**
 * A person in the organization's directory (a Graph user), as the booking view shows them: the basic profile
 * only, all that User.ReadBasic.All gives of other people (no department, no job title).
 */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  /** The address meetings are sent to; people without one cannot be invited and are left out. */
  mail: string;
}

/** What happened while free/busy was gathered, for the progress the organizer sees. */
export type AvailabilityProgress =
  | { kind: 'requesting'; round: number; calendars: number }
  | { kind: 'waiting'; seconds: number; calendars: number };

export interface AvailabilityRequest {
  emails: readonly string[];
  /** ISO instants; end exclusive; shorter than 62 days. */
  window: { start: string; end: string };
  onProgress?: (progress: AvailabilityProgress) => void;
  signal?: AbortSignal;
}

/** Calendars Graph would not give even after retrying; the slot finder treats them as unknown (free) and says so. */
export interface UnansweredCalendars {
  emails: string[];
  status: number;
  message: string;
}

export interface AvailabilityResult {
  availabilities: AttendeeAvailability[];
  unanswered: UnansweredCalendars[];
  /** HTTP requests sent ($batch posts), for the benchmark and the tests. */
  httpRequests: number;
  /** getSchedule calls made inside those requests, retries included. */
  scheduleCalls: number;
}

/**
 * What happens while a meeting is booked: creating (and retrying), waiting before a retry, fetching the Teams link
 * of a meeting already made, or reading the calendar back to learn whether a create whose answer was lost landed.
 */
export type BookingProgress =
  | { kind: 'creating'; attempt: number }
  | { kind: 'waiting'; seconds: number; attempt: number }
  | { kind: 'confirming' }
  | { kind: 'checking' };

export interface CreateMeetingOptions {
  onProgress?: (progress: BookingProgress) => void;
  signal?: AbortSignal;
}

/** The meeting as Graph made it. */
export interface CreatedMeeting {
  id: string;
  /** Opens the event in Outlook on the web (the workbench: its own calendar page). */
  webLink?: string;
  /** The Teams meeting's join link; absent if Graph has not made the online meeting yet. */
  joinUrl?: string;
}

/**
 * Microsoft Graph for the meeting booking: people search by name, free/busy, creating the meeting. Who is invited
 * by default comes from the model (defaultInvitation), not from the directory. Graph does not know the product's
 * roles; whoever may create events in their own calendar may book.
 */
export interface CalendarService {
  searchPeople(text: string, signal?: AbortSignal): Promise<DirectoryPerson[]>;
  getAvailability(request: AvailabilityRequest): Promise<AvailabilityResult>;
  /**
   * Creates the meeting, or finds the one an earlier try of the same attempt made (same transactionId). Fails with
   * a CalendarFailure: `nothingCreated` true when no meeting exists (proven by the refusal or by reading the
   * calendar back), or kind `outcomeUnknown` when the answer was lost and the read-back failed as well.
   */
  createMeeting(event: MeetingEventRequest, options?: CreateMeetingOptions): Promise<CreatedMeeting>;
  /**
   * Reads the organizer's calendar back for the meeting this attempt would make (its transactionId, in its time
   * window): the meeting if it exists, undefined if it does not; fails with CalendarFailure `outcomeUnknown` when
   * the calendar could not be read. Sends nothing that could create an event.
   */
  findMeeting(event: MeetingEventRequest, signal?: AbortSignal): Promise<CreatedMeeting | undefined>;
}
