// From the modules themselves, not the core/meetings barrel: the barrel would bring the booking form's rules (and the
// privacy guard's name lists) into whatever chunk loads this service (LazyCalendarService: the booking chunk).
import { findByTransactionId, readBackWindow, seriesMastersToCheck, type ReadBackEvent } from '../../core/meetings/bookingReadBack';
import type { MeetingEventRequest } from '../../core/meetings/meetingEvent';
import { planScheduleRequests } from '../../core/scheduling/batchSchedules';
import type {
  AvailabilityRequest,
  AvailabilityResult,
  CalendarService,
  CreatedMeeting,
  CreateMeetingOptions,
  DirectoryPerson
} from '../ports/CalendarService';
import { CalendarFailure } from '../ports/CalendarFailure';
import { isAbort, provesNothingCreated, toCalendarFailure } from './calendarFailures';
import { delay, type Sleep } from './delay';
import { fetchSchedules } from './fetchSchedules';
import type { GraphClientLike } from './GraphClientLike';
import { DEFAULT_EXTRA_RETRY_DELAYS_SECONDS, withTransientRetry } from './transientFailures';

export interface GraphCalendarServiceOptions {
  sleep?: Sleep;
  now?: () => number;
  /** See fetchSchedules. Default 5. */
  maxInnerRetries?: number;
  /** Extra attempts after the Graph client's own retries gave up; default [5, 15] seconds. */
  extraRetryDelaysSeconds?: readonly number[];
  /** How long to wait before asking again for a Teams link Graph had not made yet. Default 2 s. */
  joinUrlDelayMs?: number;
}

/**
 * The basic profile: all that User.ReadBasic.All (the only directory permission the package requests) gives of
 * other people ("Microsoft Graph permissions reference"). Asking for more would only get nulls.
 */
const PERSON_FIELDS = 'id,displayName,mail,userPrincipalName';
const SEARCH_RESULTS = 15;

/** A user or an event as Graph answers: any property may be missing or null, so each is read with `text`. */
type GraphUser = Record<string, unknown>;

interface GraphEvent extends ReadBackEvent {
  id: string;
  webLink?: unknown;
  onlineMeeting?: unknown;
}

/** What the read-back asks of each event in the meeting's window: enough to match it and to show it. */
const READ_BACK_FIELDS = 'id,subject,type,seriesMasterId,transactionId,webLink,onlineMeeting';
/** Graph pages a calendar view (ten by default); one meeting's window seldom holds more than a page of 50. */
const READ_BACK_PAGE = 50;
const READ_BACK_MAX_PAGES = 20;

/**
 * CalendarService on Microsoft Graph, through whichever client the host gives: SPFx's MSGraphClientV3 in a
 * tenant, a @microsoft/microsoft-graph-client Client pointed at the workbench locally. Both bring the client's
 * RetryHandler (429/503/504, honouring Retry-After) for every request made here.
 */
export class GraphCalendarService implements CalendarService {
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private readonly maxInnerRetries: number;
  private readonly extraRetryDelays: readonly number[];
  private readonly joinUrlDelayMs: number;

  public constructor(
    private readonly client: GraphClientLike,
    options: GraphCalendarServiceOptions = {}
  ) {
    this.sleep = options.sleep ?? delay;
    this.now = options.now ?? Date.now;
    this.maxInnerRetries = options.maxInnerRetries ?? 5;
    this.extraRetryDelays = options.extraRetryDelaysSeconds ?? DEFAULT_EXTRA_RETRY_DELAYS_SECONDS;
    this.joinUrlDelayMs = options.joinUrlDelayMs ?? 2000;
  }

  /**
   * People whose name (or address) has a word starting with the text: Graph's tokenized $search on displayName and
   * mail, both in the basic profile, so User.ReadBasic.All allows it (a search or filter on department or jobTitle
   * would be refused 403).
   */
  public async searchPeople(text: string, signal?: AbortSignal): Promise<DirectoryPerson[]> {
    // Quotes and backslashes would end the $search clause; nothing else in a name needs them.
    const term = text.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
    if (term.length < 2) return [];
    const search = `"displayName:${term}" OR "mail:${term}"`;
    const page = (await typed(
      this.retrying(
        () =>
          this.client
            .api('/users')
            .header('ConsistencyLevel', 'eventual')
            .query(`$search=${encodeURIComponent(search)}&$select=${PERSON_FIELDS}&$top=${SEARCH_RESULTS}`)
            .get() as Promise<{ value?: GraphUser[] }>,
        signal
      )
    )) as { value?: GraphUser[] };
    return uniquePeople((page.value ?? []).map(toPerson));
  }

  public async getAvailability(request: AvailabilityRequest): Promise<AvailabilityResult> {
    const plan = planScheduleRequests({ emails: request.emails, window: request.window });
    return typed(
      fetchSchedules(this.client, plan, {
        sleep: this.sleep,
        now: this.now,
        maxInnerRetries: this.maxInnerRetries,
        batchRetryDelaysSeconds: this.extraRetryDelays,
        onProgress: request.onProgress,
        signal: request.signal
      })
    );
  }

  /**
   * Creates the meeting in the organizer's calendar; Exchange sends the invitations. Every attempt sends the same
   * body with the same transactionId, so if an answer is lost and the create is sent again, Graph answers with the
   * event it already made instead of a second one.
   *
   * When every attempt failed, the outcome is settled before anyone is told: a refusal Graph gives before writing
   * proves nothing was made; anything else (a lost answer, 5xx, a 429 after hidden retries) is settled by reading the
   * calendar back for the transactionId. Found: the booking succeeded. Not found: nothing was made. The read-back
   * failing too: `outcomeUnknown`, never "not booked".
   */
  public async createMeeting(event: MeetingEventRequest, options: CreateMeetingOptions = {}): Promise<CreatedMeeting> {
    const failures: unknown[] = [];
    let created: GraphEvent;
    try {
      created = (await withTransientRetry(() => this.client.api('/me/events').post(event) as Promise<GraphEvent>, {
        delaysSeconds: this.extraRetryDelays,
        sleep: this.sleep,
        signal: options.signal,
        onAttempt: (attempt) => options.onProgress?.({ kind: 'creating', attempt }),
        onWait: (seconds, attempt) => options.onProgress?.({ kind: 'waiting', seconds, attempt }),
        onFailure: (error) => failures.push(error)
      })) as GraphEvent;
    } catch (error) {
      if (isAbort(error) || options.signal?.aborted) throw error;
      if (failures.every(provesNothingCreated)) throw toCalendarFailure(error, true);
      options.onProgress?.({ kind: 'checking' });
      let found: GraphEvent | undefined;
      try {
        found = await this.readBack(event, options.signal);
      } catch (readError) {
        if (isAbort(readError) || options.signal?.aborted) throw readError;
        throw new CalendarFailure('outcomeUnknown', false, error);
      }
      if (!found) throw toCalendarFailure(error, true);
      created = found;
    }
    let meeting = toCreatedMeeting(created);
    if (event.isOnlineMeeting && meeting.joinUrl === undefined) {
      // Exchange sometimes answers the create before Teams has made the meeting; the link arrives shortly after.
      // The meeting exists whatever happens here: a failed look-up leaves the link "on its way", never "not booked".
      options.onProgress?.({ kind: 'confirming' });
      try {
        await this.sleep(this.joinUrlDelayMs, options.signal);
        const again = (await this.retrying(
          () => this.client.api(`/me/events/${encodeURIComponent(created.id)}`).select('id,webLink,onlineMeeting').get() as Promise<GraphEvent>,
          options.signal
        )) as GraphEvent;
        meeting = { ...meeting, ...definedOnly(toCreatedMeeting(again)) };
      } catch (error) {
        if (options.signal?.aborted) throw error;
      }
    }
    return meeting;
  }

  public async findMeeting(event: MeetingEventRequest, signal?: AbortSignal): Promise<CreatedMeeting | undefined> {
    try {
      const found = await this.readBack(event, signal);
      return found ? toCreatedMeeting(found) : undefined;
    } catch (error) {
      if (isAbort(error) || signal?.aborted) throw error;
      throw new CalendarFailure('outcomeUnknown', false, error);
    }
  }

  /**
   * The event this booking made, if any: the calendar view of the meeting's time, matched on transactionId (Graph
   * does not document `$filter` on it); for a series, the masters of the occurrences with the booking's subject.
   */
  private async readBack(event: MeetingEventRequest, signal?: AbortSignal): Promise<GraphEvent | undefined> {
    const window = readBackWindow(event);
    const seen: GraphEvent[] = [];
    let page = (await this.retrying(
      () =>
        this.client
          .api('/me/calendarView')
          .query({ startDateTime: window.start, endDateTime: window.end, $top: String(READ_BACK_PAGE) })
          .select(READ_BACK_FIELDS)
          .get() as Promise<GraphPage>,
      signal
    )) as GraphPage;
    for (let pages = 1; ; pages++) {
      seen.push(...(page.value ?? []));
      const match = findByTransactionId(seen, event.transactionId);
      if (match) return match;
      const next = page['@odata.nextLink'];
      if (typeof next !== 'string' || pages >= READ_BACK_MAX_PAGES) break;
      page = (await this.retrying(() => this.client.api(next).get() as Promise<GraphPage>, signal)) as GraphPage;
    }
    if (!event.recurrence) return undefined;
    for (const masterId of seriesMastersToCheck(seen, event.subject)) {
      const master = (await this.retrying(
        () => this.client.api(`/me/events/${encodeURIComponent(masterId)}`).select('id,transactionId,webLink,onlineMeeting').get() as Promise<GraphEvent>,
        signal
      )) as GraphEvent;
      if (master.transactionId === event.transactionId) return master;
    }
    return undefined;
  }

  private retrying<T>(operation: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return withTransientRetry(operation, { delaysSeconds: this.extraRetryDelays, sleep: this.sleep, signal });
  }
}

interface GraphPage {
  value?: GraphEvent[];
  '@odata.nextLink'?: unknown;
}

/** Failures leave the adapter typed (CalendarFailure); a cancel stays an AbortError. */
async function typed<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw toCalendarFailure(error, true);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function toPerson(user: GraphUser): DirectoryPerson {
  const mail = text(user.mail) ?? '';
  return { id: text(user.id) ?? '', displayName: text(user.displayName) ?? (mail || text(user.userPrincipalName) || '') , mail };
}

/** Without a mailbox there is no calendar to ask and no address to invite. */
function uniquePeople(people: readonly DirectoryPerson[]): DirectoryPerson[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = person.mail.toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toCreatedMeeting(event: GraphEvent): CreatedMeeting {
  const webLink = text(event.webLink);
  const joinUrl = typeof event.onlineMeeting === 'object' && event.onlineMeeting !== null ? text((event.onlineMeeting as { joinUrl?: unknown }).joinUrl) : undefined;
  return { id: event.id, ...(webLink ? { webLink } : {}), ...(joinUrl ? { joinUrl } : {}) };
}

function definedOnly(meeting: CreatedMeeting): Partial<CreatedMeeting> {
  return Object.fromEntries(Object.entries(meeting).filter(([, value]) => value !== undefined));
}
