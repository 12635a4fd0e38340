import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { DateTime } from 'luxon';
import type { PatternedRecurrence } from './recurrence';
import { expandOccurrences } from './recurrence';

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** An event as created: the organizer's view of it, with the time zone it was given in. */
export interface StoredEvent {
  id: string;
  iCalUId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  isAllDay: boolean;
  showAs: ShowAs;
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  importance: 'low' | 'normal' | 'high';
  location: { displayName: string; locationType: string };
  attendees: { type: 'required' | 'optional' | 'resource'; emailAddress: { address: string; name: string } }[];
  organizer: { emailAddress: { address: string; name: string } };
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  recurrence: PatternedRecurrence | null;
  transactionId: string | null;
  categories: string[];
}

/** An event in someone's calendar, with how it shows in their free/busy. */
export interface CalendarEntry {
  event: StoredEvent;
  showAs: ShowAs;
  organizerOid: string;
  startUtc: DateTime;
  endUtc: DateTime;
}

/** One time an event takes place: a single event, or one occurrence of a series. */
export interface Occurrence extends CalendarEntry {
  start: DateTime;
  end: DateTime;
  isOccurrence: boolean;
}

export interface EventTimes {
  startUtc: DateTime;
  endUtc: DateTime;
  seriesEndUtc?: DateTime;
}

interface EventRow {
  resource: string;
  show_as: string;
  organizer_oid: string;
  start_utc: string;
  end_utc: string;
}

function toEntry(row: EventRow): CalendarEntry {
  return {
    event: JSON.parse(row.resource) as StoredEvent,
    showAs: row.show_as as ShowAs,
    organizerOid: row.organizer_oid,
    startUtc: DateTime.fromMillis(Date.parse(row.start_utc), { zone: 'utc' }),
    endUtc: DateTime.fromMillis(Date.parse(row.end_utc), { zone: 'utc' })
  };
}

/** UTC instants as stored: fixed-width ISO strings, so they compare correctly as text in SQL. */
function iso(instant: DateTime): string {
  return new Date(instant.toMillis()).toISOString();
}

/** Events and whose calendars they are in: the organizer's and every invited person's. */
export class CalendarRepository {
  private insertEvent?: StatementSync;
  private insertEntry?: StatementSync;

  public constructor(private readonly db: DatabaseSync) {}

  public insert(event: StoredEvent, organizerOid: string, times: EventTimes, entries: { oid: string; showAs: ShowAs }[], seeded = false): void {
    this.insertEvent ??= this.db.prepare(
      'INSERT INTO events(id, organizer_oid, transaction_id, seeded, start_utc, end_utc, series_end_utc, is_recurring, created, resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    );
    this.insertEvent.run(
        event.id,
        organizerOid,
        event.transactionId,
        seeded ? 1 : 0,
        iso(times.startUtc),
        iso(times.endUtc),
        event.recurrence ? (times.seriesEndUtc ? iso(times.seriesEndUtc) : null) : iso(times.endUtc),
        event.recurrence ? 1 : 0,
        event.createdDateTime,
        JSON.stringify(event)
      );
    this.insertEntry ??= this.db.prepare('INSERT OR REPLACE INTO calendar_entries(owner_oid, event_id, show_as) VALUES (?, ?, ?)');
    for (const entry of entries) this.insertEntry.run(entry.oid, event.id, entry.showAs);
  }

  public byTransaction(organizerOid: string, transactionId: string): StoredEvent | undefined {
    const row = this.db.prepare('SELECT resource FROM events WHERE organizer_oid = ? AND transaction_id = ?').get(organizerOid, transactionId) as { resource: string } | undefined;
    return row ? (JSON.parse(row.resource) as StoredEvent) : undefined;
  }

  /** An event as it is in one person's calendar, or undefined if it is not there. */
  public entry(ownerOid: string, eventId: string): CalendarEntry | undefined {
    const row = this.db
      .prepare('SELECT e.resource, c.show_as, e.organizer_oid, e.start_utc, e.end_utc FROM calendar_entries c JOIN events e ON e.id = c.event_id WHERE c.owner_oid = ? AND e.id = ?')
      .get(ownerOid, eventId) as unknown as EventRow | undefined;
    return row ? toEntry(row) : undefined;
  }

  /** Every event in a person's calendar (singles and series masters), by start. */
  public calendar(ownerOid: string): CalendarEntry[] {
    const rows = this.db
      .prepare('SELECT e.resource, c.show_as, e.organizer_oid, e.start_utc, e.end_utc FROM calendar_entries c JOIN events e ON e.id = c.event_id WHERE c.owner_oid = ? ORDER BY e.start_utc, e.id')
      .all(ownerOid) as unknown as EventRow[];
    return rows.map(toEntry);
  }

  /** The times anything in a person's calendar takes place within [start, end), recurring series expanded. */
  public occurrences(ownerOid: string, start: DateTime, end: DateTime): Occurrence[] {
    const rows = this.db
      .prepare(
        `SELECT e.resource, c.show_as, e.organizer_oid, e.start_utc, e.end_utc FROM calendar_entries c JOIN events e ON e.id = c.event_id
         WHERE c.owner_oid = ? AND e.start_utc < ? AND (e.series_end_utc IS NULL OR e.series_end_utc > ?)`
      )
      .all(ownerOid, iso(end), iso(start)) as unknown as EventRow[];
    const result: Occurrence[] = [];
    for (const entry of rows.map(toEntry)) {
      if (!entry.event.recurrence) {
        if (entry.endUtc > start && entry.startUtc < end) result.push({ ...entry, start: entry.startUtc, end: entry.endUtc, isOccurrence: false });
        continue;
      }
      for (const o of expandOccurrences(entry.startUtc, entry.endUtc, entry.event.start.timeZone, entry.event.recurrence, start, end)) {
        result.push({ ...entry, start: o.start, end: o.end, isOccurrence: true });
      }
    }
    return result.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.event.id.localeCompare(b.event.id));
  }

  /** Cancels an event: it disappears from every calendar. */
  public delete(eventId: string): void {
    this.db.prepare('DELETE FROM calendar_entries WHERE event_id = ?').run(eventId);
    this.db.prepare('DELETE FROM events WHERE id = ?').run(eventId);
  }

  /** Removes an event from one attendee's calendar only. */
  public removeEntry(ownerOid: string, eventId: string): void {
    this.db.prepare('DELETE FROM calendar_entries WHERE owner_oid = ? AND event_id = ?').run(ownerOid, eventId);
  }

  /** Drops the generated demo calendars (not events people created), before generating them for a new week. */
  public deleteSeeded(): void {
    this.db.prepare('DELETE FROM calendar_entries WHERE event_id IN (SELECT id FROM events WHERE seeded = 1)').run();
    this.db.prepare('DELETE FROM events WHERE seeded = 1').run();
  }
}
