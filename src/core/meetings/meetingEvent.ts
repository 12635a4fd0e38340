import { DateTime } from 'luxon';
import type { Arena } from '../model/Arena';
import type { SlotTime } from '../scheduling';
import { toGraphTimeZone } from '../scheduling/graphTimeZones';
import type { MeetingEventWording } from './eventWording';
import type { MeetingInvitee } from './MeetingInvitee';
import { isSamePerson } from './MeetingInvitee';
import type { PatternedRecurrence } from './meetingRecurrence';
import { type CheckedOrganizerText, isReadyToSend } from './organizerText';
import type { SharingBasis } from './SharingBasis';

/**
 * Norway's zone, as the product computes with it (luxon, IANA). Graph does not take this name: the event is sent
 * with its Windows name, "W. Europe Standard Time" (see toGraphTimeZone).
 */
export const MEETING_TIME_ZONE = 'Europe/Oslo';

export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

export interface GraphAttendee {
  emailAddress: { address: string; name?: string };
  type: 'required' | 'optional';
}

/** The body POSTed to /me/events, except the transactionId (see bookingAttempt.ts). */
export interface MeetingEventDraft {
  subject: string;
  /** Plain text: nothing typed by a user is ever interpreted as HTML. */
  body: { contentType: 'text'; content: string };
  start: GraphDateTime;
  end: GraphDateTime;
  attendees: GraphAttendee[];
  isOnlineMeeting: true;
  onlineMeetingProvider: 'teamsForBusiness';
  /** Attendees' delegates and anyone sharing their calendar see "Private appointment", not the subject. */
  sensitivity: 'private';
  showAs: 'busy';
  responseRequested: true;
  recurrence?: PatternedRecurrence;
}

export interface MeetingEventRequest extends MeetingEventDraft {
  /** Makes a retried create idempotent: Graph returns the event already made with this id instead of a second one. */
  transactionId: string;
}

export interface MeetingEventInput {
  arena: Pick<Arena, 'title' | 'meetingSubject' | 'agendaTemplate'>;
  slot: SlotTime;
  invitees: readonly MeetingInvitee[];
  /** The organizer is in the meeting by creating it; listing them as an attendee would send them an invitation too. */
  organizerEmail?: string;
  basis: SharingBasis;
  /** The sentences in the municipality's content language. */
  wording: MeetingEventWording;
  /** The organizer's own subject, checked; without it the arena's neutral subject is used. */
  ownSubject?: CheckedOrganizerText;
  /** A short note added below the agenda, checked. */
  note?: CheckedOrganizerText;
  recurrence?: PatternedRecurrence;
  timeZone?: string;
}

/** Thrown when typed text with possible personal data reaches the builder unconfirmed: a programming error in the UI. */
export class UnconfirmedPersonalDataError extends Error {
  public constructor(field: 'subject' | 'note') {
    super(`The organizer's ${field} may hold personal data and has not been confirmed or edited`);
    this.name = 'UnconfirmedPersonalDataError';
  }
}

/**
 * Builds a tverrfaglig møte as a private Teams meeting. The subject is the arena's neutral meeting subject (or
 * the organizer's checked text); the body is the arena's agenda template, the organizer's checked note, the one
 * line recording the basis for sharing, and a privacy reminder. Nothing else about the case goes in: not who it
 * is about, not why.
 */
export function buildMeetingEvent(input: MeetingEventInput): MeetingEventDraft {
  if (!isReadyToSend(input.ownSubject)) throw new UnconfirmedPersonalDataError('subject');
  if (!isReadyToSend(input.note)) throw new UnconfirmedPersonalDataError('note');
  const zone = input.timeZone ?? MEETING_TIME_ZONE;
  const startMs = Date.parse(input.slot.start);
  const endMs = Date.parse(input.slot.end);
  if (Number.isNaN(startMs) || Number.isNaN(endMs) || endMs <= startMs) {
    throw new RangeError(`Not a valid meeting time: ${input.slot.start} – ${input.slot.end}`);
  }
  const attendees = input.invitees
    .filter((person) => input.organizerEmail === undefined || !isSamePerson(person.email, input.organizerEmail))
    .map<GraphAttendee>((person) => ({
      emailAddress: { address: person.email.trim(), ...(person.displayName ? { name: person.displayName } : {}) },
      type: person.required ? 'required' : 'optional'
    }));
  if (attendees.length === 0) throw new RangeError('A meeting needs at least one attendee besides the organizer');

  const draft: MeetingEventDraft = {
    subject: meetingSubject(input),
    body: { contentType: 'text', content: meetingBody(input) },
    start: wallClock(startMs, zone),
    end: wallClock(endMs, zone),
    attendees,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    sensitivity: 'private',
    showAs: 'busy',
    responseRequested: true
  };
  if (input.recurrence) {
    // The series' dates are kept in the IANA zone they were computed in; Graph gets the Windows name.
    const range = input.recurrence.range;
    draft.recurrence = { ...input.recurrence, range: { ...range, recurrenceTimeZone: toGraphTimeZone(range.recurrenceTimeZone) } };
  }
  return draft;
}

function meetingSubject(input: MeetingEventInput): string {
  const own = input.ownSubject?.text.trim();
  if (own) return own;
  // An arena without a subject still has a neutral title; both are the admins' words, never the organizer's.
  return input.arena.meetingSubject.trim() || input.arena.title.trim();
}

function meetingBody(input: MeetingEventInput): string {
  const { wording } = input;
  const parts: string[] = [];
  const agenda = input.arena.agendaTemplate.replace(/\r\n?/g, '\n').trim();
  if (agenda) parts.push(agenda);
  const note = input.note?.text.trim();
  if (note) parts.push(`${wording.noteHeading}:\n${note}`);
  parts.push(`${wording.basisLabel}: ${wording.basisStatements[input.basis]}`);
  parts.push(wording.privacyReminder);
  return parts.join('\n\n');
}

/**
 * Graph wants the wall clock in the zone without an offset, next to the zone's Windows name:
 * "2026-03-30T09:00:00" + "W. Europe Standard Time" for a meeting at nine in Oslo.
 */
function wallClock(millis: number, zone: string): GraphDateTime {
  return { dateTime: DateTime.fromMillis(millis, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: toGraphTimeZone(zone) };
}
