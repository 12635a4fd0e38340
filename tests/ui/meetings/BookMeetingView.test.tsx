import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import type { MeetingEventRequest } from '../../../src/core/meetings';
import { CalendarFailure } from '../../../src/data/ports/CalendarFailure';
import type { AvailabilityRequest, CalendarService, DirectoryPerson } from '../../../src/data/ports/CalendarService';
import { AppContext, type AppContextValue } from '../../../src/ui/app/AppContext';
import { BookMeetingView } from '../../../src/ui/meetings/BookMeetingView';
import { STRINGS } from '../../../src/ui/strings';
import { withServices } from '../../support/renderWithApp';
import { withFeatureStrings } from '../../support/withFeatureStrings';
import { tinyModelDocument } from '../../unit/core/tinyModel';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks; layout does not matter here.
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

const organizer = { displayName: 'Jonas Haugland', email: 'jonas.haugland@testvik.no', loginName: 'i:0#.f|membership|jonas.haugland@testvik.no' };
// What Graph gives with User.ReadBasic.All: the basic profile, no job title or department.
const per: DirectoryPerson = { id: '1', displayName: 'Per Kristiansen', mail: 'per.kristiansen@testvik.no' };

/** Everyone is free all the time: the first slot is the next working quarter hour. */
function freeCalendars(request: AvailabilityRequest): ReturnType<CalendarService['getAvailability']> {
  const minutes = (Date.parse(request.window.end) - Date.parse(request.window.start)) / 60000;
  const start = { dateTime: request.window.start.replace(/Z$/, ''), timeZone: 'UTC' };
  return Promise.resolve({
    availabilities: request.emails.map((scheduleId) => ({ scheduleId, availabilityView: '0'.repeat(Math.ceil(minutes / 5)), availabilityViewInterval: 5, start })),
    unanswered: [],
    httpRequests: 1,
    scheduleCalls: 1
  });
}

/** A button by its visible text. (Role queries compute the whole page's accessibility tree: slow in jsdom.) */
function button(text: string): HTMLElement {
  const found = screen.getByText(text).closest('button');
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** A heading (h1–h6) by its exact text. */
async function findHeading(text: string): Promise<HTMLElement> {
  const element = await screen.findByText(text, { selector: 'h1, h2, h3, h4, h5, h6' });
  return element;
}

/**
 * The tiny model's "team" arena names skole and barnevern; here skole gets a contact address and the arena also
 * names PPT, whose contact has none.
 */
function renderBooking(calendar: CalendarService, agendaTemplate?: string, meetingSubject?: string): void {
  const modelDocument = tinyModelDocument();
  if (agendaTemplate !== undefined) modelDocument.arenas[0].agendaTemplate = agendaTemplate;
  if (meetingSubject !== undefined) modelDocument.arenas[0].meetingSubject = meetingSubject;
  modelDocument.services[0].reach = { ...modelDocument.services[0].reach, email: 'skole@testvik.no' };
  modelDocument.services.push({ ...modelDocument.services[1], key: 'ppt', title: 'PPT', reach: { phone: '22 22 22 22' } });
  modelDocument.arenas[0].services = [...modelDocument.arenas[0].services, 'ppt'];
  const value: AppContextValue = {
    model: assembleModel(documentToLists(modelDocument).lists).model,
    strings: STRINGS.nb,
    locale: 'nb',
    host: { kind: 'teams', siteUrl: 'https://contoso.sharepoint.com/sites/tb', culture: 'nb-NO', user: organizer, theme: 'light', pageUrl: 'https://contoso.sharepoint.com/sites/tb' },
    navigate: jest.fn(),
    myService: undefined,
    setMyService: jest.fn()
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={value}>
        {withServices({ calendar }, withFeatureStrings('nb', <BookMeetingView arenaKey="team" />))}
      </AppContext.Provider>
    </FluentProvider>
  );
}

describe('BookMeetingView', () => {
  it('invites one contact per service, labelled with the service, says how many; more only by name; books with one transactionId across a retry', async () => {
    const created: MeetingEventRequest[] = [];
    const calendar: CalendarService = {
      searchPeople: jest.fn(async () => [per]),
      getAvailability: jest.fn(freeCalendars),
      createMeeting: jest.fn(async (event: MeetingEventRequest) => {
        created.push(event);
        // The adapter read the calendar back after the 503s: nothing was made.
        if (created.length === 1) throw new CalendarFailure('throttled', true);
        return { id: 'AAMk1', webLink: 'https://outlook.office.com/calendar/item/AAMk1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/1' };
      }),
      findMeeting: jest.fn()
    };
    // An admin made the agenda rich text: the invitation gets its text, never its markup.
    renderBooking(calendar, '<p>1. Velkommen</p><p>2. <b>Saker</b><img src=x onerror="alert(1)"></p>');

    // One invitation per service with an address in the model, named by the service; the count is in view.
    expect(screen.getByText('Invitasjon sendes til 2 personer')).toBeTruthy();
    expect(screen.getByText('Skole')).toBeTruthy();
    expect(screen.getByText('skole@testvik.no')).toBeTruthy();
    expect(screen.getByText('bv@testvik.no')).toBeTruthy();
    expect(screen.getByText(/^Modellen har ingen e-postadresse for PPT\./)).toBeTruthy();
    // Nothing was asked of the directory to prefill.
    expect(calendar.searchPeople).not.toHaveBeenCalled();
    // Everyone starts required; one click makes someone optional.
    expect((screen.getByLabelText('Skole må delta') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Barnevern må delta'));
    expect((screen.getByLabelText('Barnevern må delta') as HTMLInputElement).checked).toBe(false);

    // Widening is the organizer's explicit choice: a person found by name.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Per' } });
    fireEvent.click(await screen.findByText('Legg til Per Kristiansen', {}, { timeout: 3000 }));
    expect(calendar.searchPeople).toHaveBeenCalledWith('Per', expect.anything());
    expect(screen.getByText('Invitasjon sendes til 3 personer')).toBeTruthy();

    fireEvent.click(button('Finn tidspunkt'));
    const heading = await findHeading('Forslag til tidspunkt');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const request = (calendar.getAvailability as jest.Mock).mock.calls[0][0] as AvailabilityRequest;
    // Free/busy for the organizer too: they must be able to come.
    expect(request.emails).toEqual(['jonas.haugland@testvik.no', 'skole@testvik.no', 'bv@testvik.no', 'per.kristiansen@testvik.no']);

    const slots = Array.from((heading.closest('section') as HTMLElement).querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(slots.length).toBeGreaterThan(0);
    fireEvent.click(slots[0]);
    // Beside the Book button too: how many the invitation goes to.
    expect(screen.getAllByText('Invitasjon sendes til 3 personer')).toHaveLength(2);

    // Book without a basis: refused, and the basis is asked for.
    fireEvent.click(button('Book møtet'));
    await screen.findByText('Velg grunnlag for å dele opplysninger.');
    expect(calendar.createMeeting).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('Samtykke er innhentet'));
    // A series is never booked unasked; the arena's usual repeat is only marked.
    expect((screen.getByLabelText('Ikke gjenta') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/^Hver måned, .* \(vanlig for denne arenaen\)$/));

    fireEvent.click(button('Book møtet'));
    await findHeading('Møtet ble ikke booket');
    expect(screen.getByText('Microsoft 365 er travelt akkurat nå. Vent et minutt og prøv igjen.')).toBeTruthy();
    expect(screen.getByText('Det ble ikke laget noe møte, og ingen innkalling er sendt.')).toBeTruthy();

    await act(async () => {
      fireEvent.click(button('Prøv igjen'));
    });
    await findHeading('Møtet er booket');
    expect(screen.getByText('Bli med i Teams-møtet').closest('a')?.getAttribute('href')).toBe('https://teams.microsoft.com/l/meetup-join/1');

    expect(created).toHaveLength(2);
    expect(created[1]).toEqual(created[0]);
    expect(created[0].transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created[0]).toMatchObject({
      subject: 'Tverrfaglig team – møte',
      sensitivity: 'private',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      attendees: [
        { emailAddress: { address: 'skole@testvik.no', name: 'Skole' }, type: 'required' },
        { emailAddress: { address: 'bv@testvik.no', name: 'Barnevern' }, type: 'optional' },
        { emailAddress: { address: 'per.kristiansen@testvik.no', name: 'Per Kristiansen' }, type: 'required' }
      ]
    });
    // Graph gets Norway's zone by its Windows name; it refuses "Europe/Oslo".
    expect(created[0].start.timeZone).toBe('W. Europe Standard Time');
    expect(created[0].recurrence?.range.recurrenceTimeZone).toBe('W. Europe Standard Time');
    expect(created[0].body).toEqual({ contentType: 'text', content: expect.stringMatching(/^1\. Velkommen\n2\. Saker\n\nGrunnlag for å dele opplysninger: Samtykke er innhentet\.\n\n/) });
    // The tiny arena meets monthly; the organizer chose that series for the season.
    expect(created[0].recurrence?.pattern.type).toBe('relativeMonthly');
  });

  it('explains an empty result; a longer period and making the blocker optional are each one button', async () => {
    const calendar: CalendarService = {
      searchPeople: jest.fn(async () => []),
      getAvailability: jest.fn(async (request: AvailabilityRequest) => {
        const answer = await freeCalendars(request);
        // The school's calendar is busy the whole time.
        return { ...answer, availabilities: answer.availabilities.map((a) => (a.scheduleId.startsWith('skole@') ? { ...a, availabilityView: a.availabilityView.replace(/0/g, '2') } : a)) };
      }),
      createMeeting: jest.fn(),
      findMeeting: jest.fn()
    };
    renderBooking(calendar);
    fireEvent.click(button('Finn tidspunkt'));
    await findHeading('Ingen tidspunkt passer');
    expect(screen.getByText(/^Skole kan ikke på \d+ av \d+ tidspunkt/)).toBeTruthy();
    expect(screen.getByText(/^Nærmeste tidspunkt uten Skole:/)).toBeTruthy();

    // "Search a longer period" is a button, not advice: the next window (3 weeks after the default 2) at once.
    const windowDays = (call: number): number => {
      const request = (calendar.getAvailability as jest.Mock).mock.calls[call][0] as AvailabilityRequest;
      return Math.round((Date.parse(request.window.end) - Date.parse(request.window.start)) / 86400000);
    };
    fireEvent.click(button('Let i en lengre periode (3 uker)'));
    await waitFor(() => expect((calendar.getAvailability as jest.Mock).mock.calls).toHaveLength(2));
    expect(windowDays(1)).toBeGreaterThan(windowDays(0));
    await findHeading('Ingen tidspunkt passer');

    fireEvent.click(button('Gjør Skole valgfri og søk igjen'));
    await findHeading('Forslag til tidspunkt');
    expect((screen.getByLabelText('Skole må delta') as HTMLInputElement).checked).toBe(false);
    expect(screen.getAllByText(/^Kan ikke \(valgfrie\): Skole$/).length).toBeGreaterThan(0);
  });

  it('refuses to book with an arena subject that identifies a child, and says which text and why', async () => {
    const create = jest.fn();
    const calendar: CalendarService = { getAvailability: freeCalendars, createMeeting: create, findPeople: jest.fn(async () => []) } as unknown as CalendarService;
    renderBooking(calendar, undefined, 'Møte om Emma (7) i 2B');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Be en redaktør endre arenaen');
    expect(alert.textContent).toContain('Møtetittel');
    expect(alert.textContent).toContain('Emma');
    expect(create).not.toHaveBeenCalled();
  });

  it('books an arena whose subject is neutral without that warning', async () => {
    const calendar: CalendarService = { getAvailability: freeCalendars, createMeeting: jest.fn(), findPeople: jest.fn(async () => []) } as unknown as CalendarService;
    renderBooking(calendar, undefined, 'Tverrfaglig team – møte');
    await findHeading('Book møte: Tverrfaglig team');
    expect(screen.queryByText(/Be en redaktør endre arenaen/)).toBeNull();
  });

  describe('when the answer to the create was lost', () => {
    async function bookFirstSlot(): Promise<void> {
      fireEvent.click(button('Finn tidspunkt'));
      const heading = await findHeading('Forslag til tidspunkt');
      fireEvent.click((heading.closest('section') as HTMLElement).querySelector('input[type="radio"]') as HTMLInputElement);
      fireEvent.click(screen.getByLabelText('Samtykke er innhentet'));
      fireEvent.click(button('Book møtet'));
    }

    it.each([
      ['the adapter could not read the calendar back', new CalendarFailure('outcomeUnknown', false)],
      ['the error is not a typed calendar failure', Object.assign(new Error('Service Unavailable'), { statusCode: 503 })]
    ])('never says "not booked" when %s; "Check again" reads the same attempt back and shows the meeting', async (_case, failure) => {
      const meeting = { id: 'AAMk9', joinUrl: 'https://teams.microsoft.com/l/meetup-join/9' };
      const calendar: CalendarService = {
        searchPeople: jest.fn(async () => []),
        getAvailability: jest.fn(freeCalendars),
        createMeeting: jest.fn(async () => {
          throw failure;
        }),
        findMeeting: jest.fn(async () => meeting)
      };
      renderBooking(calendar);
      await bookFirstSlot();
      const heading = await findHeading('Vi vet ikke ennå om møtet ble booket');
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(screen.queryByText('Møtet ble ikke booket')).toBeNull();
      expect(screen.queryByText('Prøv igjen')).toBeNull();

      await act(async () => {
        fireEvent.click(button('Sjekk igjen'));
      });
      await findHeading('Møtet er booket');
      const sent = (calendar.createMeeting as jest.Mock).mock.calls[0][0] as MeetingEventRequest;
      expect(calendar.createMeeting).toHaveBeenCalledTimes(1);
      expect((calendar.findMeeting as jest.Mock).mock.calls[0][0]).toEqual(sent);
    });

    it('says "not booked — nothing was made" when the check finds no meeting, and "Try again" sends the same transactionId', async () => {
      const calendar: CalendarService = {
        searchPeople: jest.fn(async () => []),
        getAvailability: jest.fn(freeCalendars),
        createMeeting: jest.fn(async () => {
          throw new CalendarFailure('outcomeUnknown', false);
        }),
        findMeeting: jest.fn(async () => undefined)
      };
      renderBooking(calendar);
      await bookFirstSlot();
      await findHeading('Vi vet ikke ennå om møtet ble booket');
      await act(async () => {
        fireEvent.click(button('Sjekk igjen'));
      });
      await findHeading('Møtet ble ikke booket');
      expect(screen.getByText('Det ble ikke laget noe møte, og ingen innkalling er sendt.')).toBeTruthy();
      await act(async () => {
        fireEvent.click(button('Prøv igjen'));
      });
      const calls = (calendar.createMeeting as jest.Mock).mock.calls.map((c) => (c[0] as MeetingEventRequest).transactionId);
      expect(calls).toHaveLength(2);
      expect(calls[1]).toBe(calls[0]);
    });
  });
});
