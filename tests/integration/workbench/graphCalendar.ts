import { demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import type { DemoUser, TestWorkbench } from './testWorkbench';

export const OSLO = 'W. Europe Standard Time';

export interface NewEvent {
  subject?: string;
  start: string;
  end: string;
  timeZone?: string;
  attendees?: DemoUser[];
  showAs?: string;
  sensitivity?: string;
  isAllDay?: boolean;
  transactionId?: string;
  recurrence?: unknown;
  isOnlineMeeting?: boolean;
}

/** POST me/events as a demo user; returns the status and the body. */
export async function createEvent(wb: TestWorkbench, user: DemoUser, event: NewEvent, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const zone = event.timeZone ?? OSLO;
  const response = await fetch(`${wb.graph}/me/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${wb.tokens[user]}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({
      subject: event.subject ?? 'Tverrfaglig møte',
      body: { contentType: 'text', content: 'Agenda følger.' },
      start: { dateTime: event.start, timeZone: zone },
      end: { dateTime: event.end, timeZone: zone },
      attendees: (event.attendees ?? []).map((u) => ({ emailAddress: { address: demoUserPerson(u).mail, name: demoUserPerson(u).displayName }, type: 'required' })),
      showAs: event.showAs,
      sensitivity: event.sensitivity,
      isAllDay: event.isAllDay,
      transactionId: event.transactionId,
      recurrence: event.recurrence,
      isOnlineMeeting: event.isOnlineMeeting,
      onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : undefined
    })
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export interface ScheduleInformation {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: { isPrivate: boolean; status: string; subject?: string; location?: string; start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } }[];
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: { name: string } };
  error?: { message: string; responseCode: string };
}

/** POST me/calendar/getSchedule. */
export async function getSchedule(
  wb: TestWorkbench,
  user: DemoUser,
  body: { schedules: string[]; start: string; end: string; timeZone?: string; interval?: number },
  headers: Record<string, string> = {}
): Promise<{ status: number; body: { value: ScheduleInformation[]; error?: { code: string; message: string } } }> {
  const zone = body.timeZone ?? OSLO;
  const response = await fetch(`${wb.graph}/me/calendar/getSchedule`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${wb.tokens[user]}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({
      schedules: body.schedules,
      startTime: { dateTime: body.start, timeZone: zone },
      endTime: { dateTime: body.end, timeZone: zone },
      availabilityViewInterval: body.interval
    })
  });
  return { status: response.status, body: (await response.json()) as { value: ScheduleInformation[] } };
}
