import {
  buildMeetingEvent,
  checkOrganizerText,
  confirmOrganizerText,
  MEETING_EVENT_WORDING,
  UnconfirmedPersonalDataError,
  type MeetingEventInput,
  type MeetingInvitee
} from '../../../../src/core/meetings';
import { detectPersonalData } from '../../../../src/core/privacy';

const arena = {
  title: 'Tverrfaglig team',
  meetingSubject: 'Tverrfaglig team – drøftingsmøte',
  agendaTemplate: '1. Velkommen\r\n2. Saker til drøfting\n3. Avtaler og ansvar'
};

const invitees: MeetingInvitee[] = [
  { email: 'anne.haugen@demo-kommune.example', displayName: 'Anne Haugen', required: true },
  { email: 'geir.halvorsen@demo-kommune.example', displayName: 'Geir Halvorsen', required: false },
  { email: 'Jonas.Haugland@demo-kommune.example', displayName: 'Jonas Haugland', required: true }
];

function input(overrides: Partial<MeetingEventInput> = {}): MeetingEventInput {
  return {
    arena,
    // 07:00Z in March is 08:00 in Oslo (winter time); in June it is 09:00 (summer time).
    slot: { start: '2026-03-30T07:00:00Z', end: '2026-03-30T08:00:00Z' },
    invitees,
    organizerEmail: 'jonas.haugland@demo-kommune.example',
    basis: 'anonymousDiscussion',
    wording: MEETING_EVENT_WORDING.nb,
    ...overrides
  };
}

describe('buildMeetingEvent', () => {
  it('makes a private Teams meeting with the arena’s neutral subject', () => {
    const event = buildMeetingEvent(input());
    expect(event.subject).toBe('Tverrfaglig team – drøftingsmøte');
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(event.sensitivity).toBe('private');
    expect(event.showAs).toBe('busy');
  });

  it('writes start and end as Oslo wall-clock times under the Windows name Graph takes, across the clock change', () => {
    // Graph refuses "Europe/Oslo" (it is not among the IANA names of the dateTimeTimeZone page).
    expect(buildMeetingEvent(input()).start).toEqual({ dateTime: '2026-03-30T09:00:00', timeZone: 'W. Europe Standard Time' });
    expect(buildMeetingEvent(input()).end).toEqual({ dateTime: '2026-03-30T10:00:00', timeZone: 'W. Europe Standard Time' });
    const winter = buildMeetingEvent(input({ slot: { start: '2026-03-27T07:00:00Z', end: '2026-03-27T07:45:00Z' } }));
    expect(winter.start.dateTime).toBe('2026-03-27T08:00:00');
    expect(winter.end.dateTime).toBe('2026-03-27T08:45:00');
  });

  it('invites required and optional attendees, but not the organizer', () => {
    expect(buildMeetingEvent(input()).attendees).toEqual([
      { emailAddress: { address: 'anne.haugen@demo-kommune.example', name: 'Anne Haugen' }, type: 'required' },
      { emailAddress: { address: 'geir.halvorsen@demo-kommune.example', name: 'Geir Halvorsen' }, type: 'optional' }
    ]);
  });

  it('puts the agenda template in a plain-text body, then the basis line and the privacy reminder', () => {
    const event = buildMeetingEvent(input({ basis: 'consentObtained' }));
    expect(event.body.contentType).toBe('text');
    expect(event.body.content).toBe(
      [
        '1. Velkommen\n2. Saker til drøfting\n3. Avtaler og ansvar',
        'Grunnlag for å dele opplysninger: Samtykke er innhentet.',
        MEETING_EVENT_WORDING.nb.privacyReminder
      ].join('\n\n')
    );
  });

  it.each(['consentObtained', 'anonymousDiscussion', 'noPersonalInformation'] as const)('records the basis %s as one neutral line, in each language', (basis) => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const wording = MEETING_EVENT_WORDING[locale];
      const event = buildMeetingEvent(input({ basis, wording }));
      expect(event.body.content).toContain(`${wording.basisLabel}: ${wording.basisStatements[basis]}`);
      // The product's own words never trip its own personal-data check.
      expect(detectPersonalData(event.body.content.replace(arena.agendaTemplate.replace(/\r\n/g, '\n'), ''))).toEqual([]);
    }
  });

  it('carries nothing about the case but what the arena and the checked texts say', () => {
    const event = buildMeetingEvent(input());
    const everything = JSON.stringify(event);
    // No field of the event holds anything the product did not put there on purpose.
    expect(Object.keys(event).sort()).toEqual(
      ['attendees', 'body', 'end', 'isOnlineMeeting', 'onlineMeetingProvider', 'responseRequested', 'sensitivity', 'showAs', 'start', 'subject'].sort()
    );
    expect(everything).not.toMatch(/categor/i);
    expect(detectPersonalData(event.subject)).toEqual([]);
  });

  it('uses the organizer’s own subject only once it has been checked, and refuses one with unconfirmed findings', () => {
    const clean = checkOrganizerText('  Drøfting\n av   rutiner ', 'subject');
    expect(clean.status).toBe('clean');
    expect(buildMeetingEvent(input({ ownSubject: clean })).subject).toBe('Drøfting av rutiner');

    const risky = checkOrganizerText('Møte om jenta Kari, født 12.03.2015', 'subject', { today: new Date(2026, 2, 1) });
    expect(risky.status).toBe('needsConfirmation');
    expect(risky.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['name', 'dateOfBirth']));
    expect(() => buildMeetingEvent(input({ ownSubject: risky }))).toThrow(UnconfirmedPersonalDataError);

    const confirmed = confirmOrganizerText(risky);
    expect(confirmed.status).toBe('confirmed');
    expect(buildMeetingEvent(input({ ownSubject: confirmed })).subject).toBe(risky.text);
  });

  it('adds a checked note under its own heading, and refuses an unconfirmed one', () => {
    const note = checkOrganizerText('Ta med årshjulet.', 'note');
    expect(buildMeetingEvent(input({ note })).body.content).toContain('Merknad fra innkaller:\nTa med årshjulet.');
    const risky = checkOrganizerText('Gjelder fnr 12031550035', 'note');
    expect(risky.status).toBe('needsConfirmation');
    expect(() => buildMeetingEvent(input({ note: risky }))).toThrow(UnconfirmedPersonalDataError);
  });

  it('falls back to the arena title when the arena has no meeting subject', () => {
    expect(buildMeetingEvent(input({ arena: { ...arena, meetingSubject: '  ' } })).subject).toBe('Tverrfaglig team');
  });

  it('refuses a meeting without attendees or with an end before its start', () => {
    expect(() => buildMeetingEvent(input({ invitees: [invitees[2]] }))).toThrow(/attendee/);
    expect(() => buildMeetingEvent(input({ slot: { start: '2026-03-30T08:00:00Z', end: '2026-03-30T07:00:00Z' } }))).toThrow(RangeError);
  });

  it('includes the recurrence when one is given', () => {
    const recurrence = {
      pattern: { type: 'weekly' as const, interval: 2, daysOfWeek: ['monday' as const], firstDayOfWeek: 'monday' as const },
      range: { type: 'endDate' as const, startDate: '2026-03-30', endDate: '2026-06-20', recurrenceTimeZone: 'Europe/Oslo' }
    };
    expect(buildMeetingEvent(input({ recurrence })).recurrence).toEqual({ ...recurrence, range: { ...recurrence.range, recurrenceTimeZone: 'W. Europe Standard Time' } });
    // The product keeps the IANA zone it computed the dates in.
    expect(recurrence.range.recurrenceTimeZone).toBe('Europe/Oslo');
  });
});

describe('checkOrganizerText', () => {
  it('lets the municipality’s own words through as allowed words', () => {
    // A school named after a person reads as a name until the model's own words say otherwise.
    expect(checkOrganizerText('Møte om Emma Hansen', 'subject').status).toBe('needsConfirmation');
    expect(checkOrganizerText('Møte om Emma Hansen', 'subject', { allowWords: ['Emma Hansen skole'] }).status).toBe('clean');
  });

  it('cannot be forged: a hand-made object is not a checked text to the type system', () => {
    // @ts-expect-error — only checkOrganizerText makes a CheckedOrganizerText
    const forged: Parameters<typeof buildMeetingEvent>[0]['ownSubject'] = { text: 'Kari', findings: [], status: 'clean' };
    expect(forged).toBeDefined();
  });
});
