import { loadOnce } from '../../core/async/loadOnce';
import type { MeetingEventRequest } from '../../core/meetings/meetingEvent';
import type {
  AvailabilityRequest,
  AvailabilityResult,
  CalendarService,
  CreatedMeeting,
  CreateMeetingOptions,
  DirectoryPerson
} from '../ports/CalendarService';
import type { GraphClientLike } from './GraphClientLike';

/**
 * The Graph calendar service, loaded with the booking chunk the first time someone books: the service, its slot
 * search and the date/time-zone library are code only team leads run, so the first paint never carries them.
 */
export class LazyCalendarService implements CalendarService {
  private readonly service: () => Promise<CalendarService>;

  /** `graphClient`: SPFx's MSGraphClientV3, asked for only when the service is first used (SPFx loads it on demand). */
  public constructor(graphClient: () => Promise<GraphClientLike>) {
    this.service = loadOnce(async () => {
      const [{ GraphCalendarService }, client] = await Promise.all([import(/* webpackChunkName: 'booking' */ './GraphCalendarService'), graphClient()]);
      return new GraphCalendarService(client);
    });
  }

  public async searchPeople(text: string, signal?: AbortSignal): Promise<DirectoryPerson[]> {
    return (await this.service()).searchPeople(text, signal);
  }

  public async getAvailability(request: AvailabilityRequest): Promise<AvailabilityResult> {
    return (await this.service()).getAvailability(request);
  }

  public async createMeeting(event: MeetingEventRequest, options?: CreateMeetingOptions): Promise<CreatedMeeting> {
    return (await this.service()).createMeeting(event, options);
  }

  public async findMeeting(event: MeetingEventRequest, signal?: AbortSignal): Promise<CreatedMeeting | undefined> {
    return (await this.service()).findMeeting(event, signal);
  }
}
