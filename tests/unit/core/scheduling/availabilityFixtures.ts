import { DateTime } from 'luxon';
import type { AttendeeAvailability, MeetingAttendee, WorkingHours } from '../../../../src/core/scheduling';

/** A calendar entry for a test: ISO instants with offsets, and Graph's availability code ('2' busy by default). */
export interface Mark {
  from: string;
  to: string;
  code?: '0' | '1' | '2' | '3' | '4';
}

/**
 * Builds an availabilityView string as Graph would: one character per `interval` minutes from `start`, each the
 * most severe mark overlapping it ('0' where nothing does). Severity follows Graph's own merge: busy and oof beat
 * tentative; working elsewhere is reported only where nothing else is.
 */
export function availabilityView(start: string, end: string, interval: number, marks: readonly Mark[] = []): string {
  const startMs = DateTime.fromISO(start).toMillis();
  const endMs = DateTime.fromISO(end).toMillis();
  const length = Math.ceil((endMs - startMs) / (interval * 60000));
  const rank: Record<string, number> = { '0': 0, '4': 1, '1': 2, '2': 3, '3': 4 };
  const chars: string[] = new Array(length).fill('0');
  for (const mark of marks) {
    const code = mark.code ?? '2';
    const fromMs = DateTime.fromISO(mark.from).toMillis();
    const toMs = DateTime.fromISO(mark.to).toMillis();
    for (let index = 0; index < length; index++) {
      const cellFrom = startMs + index * interval * 60000;
      const cellTo = cellFrom + interval * 60000;
      if (cellFrom < toMs && cellTo > fromMs && rank[code] > rank[chars[index]]) chars[index] = code;
    }
  }
  return chars.join('');
}

export const OSLO_OFFICE: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '16:00:00.0000000',
  timeZone: { name: 'W. Europe Standard Time' }
};

export interface AttendeeOptions {
  required?: boolean;
  marks?: readonly Mark[];
  /** `null` leaves working hours out, as Graph does for some mailboxes. */
  workingHours?: WorkingHours | null;
  interval?: number;
}

/** An attendee whose availability view covers `window` at `interval` minutes (default 5), as getSchedule returns. */
export function attendee(email: string, window: { start: string; end: string }, options: AttendeeOptions = {}): MeetingAttendee {
  const interval = options.interval ?? 5;
  const availability: AttendeeAvailability = {
    scheduleId: email,
    availabilityView: availabilityView(window.start, window.end, interval, options.marks),
    availabilityViewInterval: interval,
    start: { dateTime: DateTime.fromISO(window.start, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'"), timeZone: 'UTC' }
  };
  if (options.workingHours !== null) availability.workingHours = options.workingHours ?? OSLO_OFFICE;
  return { email, required: options.required ?? true, availability };
}

export function hours(zone: string, startTime: string, endTime: string): WorkingHours {
  return { ...OSLO_OFFICE, startTime, endTime, timeZone: { name: zone } };
}
