import { findSlots, type FindSlotsInput, type MeetingAttendee } from '../../../../src/core/scheduling';
import { attendee, hours, type Mark } from './availabilityFixtures';

/** Working hours of exactly 09:00–10:00 Oslo time: the only 60-minute slot each day starts at 09:00 local. */
const NINE_TO_TEN_OSLO = hours('W. Europe Standard Time', '09:00:00.0000000', '10:00:00.0000000');

function search(overrides: Partial<FindSlotsInput> & Pick<FindSlotsInput, 'attendees' | 'window'>): ReturnType<typeof findSlots> {
  return findSlots({ durationMinutes: 60, ...overrides });
}

function starts(result: ReturnType<typeof findSlots>): string[] {
  return result.slots.map((slot) => slot.start);
}

/** Busy marks for the same local time span on several dates, written with an explicit offset. */
function daily(dates: readonly string[], from: string, to: string, offset: string, code?: Mark['code']): Mark[] {
  return dates.map((date) => ({ from: `${date}T${from}${offset}`, to: `${date}T${to}${offset}`, code }));
}

describe('findSlots across daylight saving time (Europe/Oslo)', () => {
  it('puts 09:00 Oslo at 08:00Z before and 07:00Z after the spring change on 29 March 2026', () => {
    const window = { start: '2026-03-26T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00' };
    const result = search({ window, attendees: [attendee('leder@kommune.no', window, { workingHours: NINE_TO_TEN_OSLO })] });
    expect(starts(result)).toEqual([
      '2026-03-26T08:00:00Z',
      '2026-03-27T08:00:00Z',
      '2026-03-30T07:00:00Z',
      '2026-03-31T07:00:00Z'
    ]);
    expect(result.slots[2].end).toBe('2026-03-30T08:00:00Z');
  });

  it('puts 09:00 Oslo at 07:00Z before and 08:00Z after the autumn change on 25 October 2026', () => {
    const window = { start: '2026-10-22T00:00:00+02:00', end: '2026-10-28T00:00:00+01:00' };
    const result = search({ window, attendees: [attendee('leder@kommune.no', window, { workingHours: NINE_TO_TEN_OSLO })] });
    expect(starts(result)).toEqual([
      '2026-10-22T07:00:00Z',
      '2026-10-23T07:00:00Z',
      '2026-10-26T08:00:00Z',
      '2026-10-27T08:00:00Z'
    ]);
  });
});

describe('findSlots on Norwegian holidays', () => {
  function dailyStarts(window: { start: string; end: string }, skipHolidays?: boolean): string[] {
    const attendees = [attendee('leder@kommune.no', window, { workingHours: NINE_TO_TEN_OSLO })];
    return starts(search({ window, attendees, skipHolidays, maxResults: 50 })).map((start) => start.slice(0, 10));
  }

  it('proposes nothing on Kristi himmelfartsdag (14 May 2026)', () => {
    const window = { start: '2026-05-11T00:00:00+02:00', end: '2026-05-16T00:00:00+02:00' };
    expect(dailyStarts(window)).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']);
  });

  it('proposes nothing on 17 May, Ascension Day or Whit Monday (May 2024)', () => {
    const window = { start: '2024-05-06T00:00:00+02:00', end: '2024-05-22T00:00:00+02:00' };
    expect(dailyStarts(window)).toEqual([
      '2024-05-06',
      '2024-05-07',
      '2024-05-08',
      // 9 May Kristi himmelfartsdag
      '2024-05-10',
      '2024-05-13',
      '2024-05-14',
      '2024-05-15',
      '2024-05-16',
      // 17 May (Friday), 20 May 2. pinsedag
      '2024-05-21'
    ]);
  });

  it('proposes nothing on Skjærtorsdag, Langfredag or 2. påskedag (Easter 2026)', () => {
    const window = { start: '2026-03-30T00:00:00+02:00', end: '2026-04-10T00:00:00+02:00' };
    expect(dailyStarts(window)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-07', '2026-04-08', '2026-04-09']);
  });

  it('can be told to book on holidays, but never on weekends', () => {
    const window = { start: '2026-05-11T00:00:00+02:00', end: '2026-05-18T00:00:00+02:00' };
    expect(dailyStarts(window, false)).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15']);
  });

  it('decides the day in the organizer’s zone, not in UTC', () => {
    // 00:30 on 15 May in Oslo is still 14 May (a holiday) in UTC; working hours around midnight expose the difference.
    const night = hours('W. Europe Standard Time', '00:00:00.0000000', '01:00:00.0000000');
    const window = { start: '2026-05-14T00:00:00+02:00', end: '2026-05-16T00:00:00+02:00' };
    const attendees = [attendee('vakt@kommune.no', window, { workingHours: night })];
    expect(starts(search({ window, attendees }))).toEqual(['2026-05-14T22:00:00Z']);
  });
});

describe('findSlots with attendees in other time zones', () => {
  const attendeesFor = (window: { start: string; end: string }): MeetingAttendee[] => [
    attendee('oslo@kommune.no', window),
    attendee('london@partner.uk', window, { workingHours: hours('GMT Standard Time', '09:00:00.0000000', '17:00:00.0000000') }),
    attendee('newyork@partner.us', window, {
      workingHours: hours('Eastern Standard Time', '09:00:00.0000000', '17:00:00.0000000')
    })
  ];

  it('keeps to everyone’s own working hours: 13:00–15:00Z while only the USA has changed its clocks', () => {
    // 16–20 March 2026: New York is on EDT (UTC−4) since 8 March, Oslo still on CET (UTC+1), London on GMT.
    const window = { start: '2026-03-16T00:00:00+01:00', end: '2026-03-21T00:00:00+01:00' };
    const twoHours = search({ window, attendees: attendeesFor(window), durationMinutes: 120 });
    expect(starts(twoHours)).toEqual([
      '2026-03-16T13:00:00Z',
      '2026-03-17T13:00:00Z',
      '2026-03-18T13:00:00Z',
      '2026-03-19T13:00:00Z',
      '2026-03-20T13:00:00Z'
    ]);
    expect(search({ window, attendees: attendeesFor(window), durationMinutes: 125 }).slots).toEqual([]);
  });

  it('shrinks to one hour (15:00–16:00 Oslo) once Europe is on summer time too', () => {
    const window = { start: '2026-04-13T00:00:00+02:00', end: '2026-04-14T00:00:00+02:00' };
    expect(starts(search({ window, attendees: attendeesFor(window), durationMinutes: 60 }))).toEqual(['2026-04-13T13:00:00Z']);
    const tooLong = search({ window, attendees: attendeesFor(window), durationMinutes: 120 });
    expect(tooLong.slots).toEqual([]);
    // Candidate starts run from 06:00Z (Oslo opens) to 19:00Z (New York's last two hours); each person's six
    // hours of starts leave them outside working hours for the other 84 of those 157 starts.
    expect(tooLong.explanation).toMatchObject({ reason: 'requiredAttendeesUnavailable', candidateCount: 157 });
    expect(tooLong.explanation?.blockers.map((b) => [b.email, b.outsideWorkingHours, b.busy])).toEqual([
      ['london@partner.uk', 84, 0],
      ['newyork@partner.us', 84, 0],
      ['oslo@kommune.no', 84, 0]
    ]);
  });

  it('assumes Mon–Fri 08:00–16:00 in the organizer’s zone for someone without working hours', () => {
    const window = { start: '2026-06-01T00:00:00Z', end: '2026-06-02T00:00:00Z' };
    const result = search({ window, attendees: [attendee('ekstern@helse.no', window, { workingHours: null })] });
    expect(starts(result)).toEqual([
      '2026-06-01T06:00:00Z',
      '2026-06-01T07:00:00Z',
      '2026-06-01T08:00:00Z',
      '2026-06-01T09:00:00Z',
      '2026-06-01T10:00:00Z',
      '2026-06-01T11:00:00Z',
      '2026-06-01T12:00:00Z',
      '2026-06-01T13:00:00Z'
    ]);
    const london = search({ window, organizerTimeZone: 'Europe/London', attendees: [attendee('ekstern@helse.no', window, { workingHours: null })] });
    expect(london.slots[0].start).toBe('2026-06-01T07:00:00Z');
  });
});

describe('findSlots resolution and conflicts', () => {
  const window = { start: '2026-06-02T00:00:00+02:00', end: '2026-06-03T00:00:00+02:00' };

  it('works in 5-minute steps', () => {
    const busyUntil0905 = attendee('a@kommune.no', window, { marks: daily(['2026-06-02'], '08:00', '09:05', '+02:00') });
    expect(search({ window, attendees: [busyUntil0905] }).slots[0].start).toBe('2026-06-02T07:05:00Z');
  });

  it('fits a meeting exactly into a 25-minute gap, and not a minute longer', () => {
    const marks = [...daily(['2026-06-02'], '08:00', '10:00', '+02:00'), ...daily(['2026-06-02'], '10:25', '16:00', '+02:00')];
    const attendees = [attendee('a@kommune.no', window, { marks })];
    expect(starts(search({ window, attendees, durationMinutes: 25 }))).toEqual(['2026-06-02T08:00:00Z']);
    expect(search({ window, attendees, durationMinutes: 30 }).slots).toEqual([]);
  });

  it('rounds a calendar item ending mid-step up to the next 5-minute start', () => {
    const person = attendee('a@kommune.no', window);
    person.availability.scheduleItems = [
      {
        status: 'busy',
        start: { dateTime: '2026-06-02T08:00:00.0000000', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-06-02T09:03:00.0000000', timeZone: 'W. Europe Standard Time' }
      }
    ];
    expect(search({ window, attendees: [person] }).slots[0].start).toBe('2026-06-02T07:05:00Z');
  });

  it('reads calendar items Graph returns in UTC to the minute, and rejects impossible ones', () => {
    const person = attendee('a@kommune.no', window);
    const item = (start: string, end: string): NonNullable<typeof person.availability.scheduleItems>[number] => ({
      status: 'oof',
      start: { dateTime: start, timeZone: 'UTC' },
      end: { dateTime: end, timeZone: 'UTC' }
    });
    person.availability.scheduleItems = [item('2026-06-02T06:00:00.0000000', '2026-06-02T07:10:00.5000000')];
    expect(search({ window, attendees: [person] }).slots[0].start).toBe('2026-06-02T07:15:00Z');
    person.availability.scheduleItems = [item('2026-02-30T06:00:00.0000000', '2026-06-02T07:00:00.0000000')];
    expect(() => search({ window, attendees: [person] })).toThrow(/Invalid Graph dateTime/);
  });

  it('offers steps aligned to the wall clock even when the window starts at an odd minute', () => {
    const odd = { start: '2026-06-02T09:07:00+02:00', end: '2026-06-02T12:00:00+02:00' };
    const result = search({ window: odd, attendees: [attendee('a@kommune.no', odd)], stepMinutes: 15 });
    expect(result.slots[0].start).toBe('2026-06-02T07:15:00Z');
  });

  it('treats out-of-office as busy', () => {
    const marks = daily(['2026-06-02'], '08:00', '15:00', '+02:00', '3');
    expect(starts(search({ window, attendees: [attendee('a@kommune.no', window, { marks })] }))).toEqual(['2026-06-02T13:00:00Z']);
  });

  it('lets "working elsewhere" through for an online meeting but not for an in-person one', () => {
    const marks = daily(['2026-06-02'], '08:00', '15:00', '+02:00', '4');
    const attendees = [attendee('a@kommune.no', window, { marks })];
    expect(search({ window, attendees }).slots[0]).toMatchObject({ start: '2026-06-02T06:00:00Z', allRequiredFree: true });
    expect(starts(search({ window, attendees, meetingMode: 'inPerson' }))).toEqual(['2026-06-02T13:00:00Z']);
  });

  it('returns overlapping 5-minute slots only when asked to', () => {
    const attendees = [attendee('a@kommune.no', window)];
    expect(starts(search({ window, attendees, maxResults: 3, allowOverlappingSlots: true }))).toEqual([
      '2026-06-02T06:00:00Z',
      '2026-06-02T06:05:00Z',
      '2026-06-02T06:10:00Z'
    ]);
    expect(starts(search({ window, attendees, maxResults: 3 }))).toEqual([
      '2026-06-02T06:00:00Z',
      '2026-06-02T07:00:00Z',
      '2026-06-02T08:00:00Z'
    ]);
  });
});

describe('findSlots ranking', () => {
  const window = { start: '2026-06-01T00:00:00+02:00', end: '2026-06-02T00:00:00+02:00' };

  it('ranks slots with tentative required attendees below free ones, fewest tentative first', () => {
    const a = attendee('a@kommune.no', window, { marks: daily(['2026-06-01'], '08:00', '11:00', '+02:00', '1') });
    const b = attendee('b@kommune.no', window, { marks: daily(['2026-06-01'], '09:00', '10:00', '+02:00', '1') });
    const result = search({ window, attendees: [a, b] });
    // Local times 11–15 are free for both; 08:00 and 10:00 have one tentative; 09:00 has two.
    expect(starts(result)).toEqual([
      '2026-06-01T09:00:00Z',
      '2026-06-01T10:00:00Z',
      '2026-06-01T11:00:00Z',
      '2026-06-01T12:00:00Z',
      '2026-06-01T13:00:00Z',
      '2026-06-01T06:00:00Z',
      '2026-06-01T08:00:00Z',
      '2026-06-01T07:00:00Z'
    ]);
    expect(result.slots[0]).toMatchObject({ allRequiredFree: true, requiredFree: ['a@kommune.no', 'b@kommune.no'], requiredTentative: [] });
    expect(result.slots[5]).toMatchObject({ allRequiredFree: false, requiredFree: ['b@kommune.no'], requiredTentative: ['a@kommune.no'] });
    expect(result.slots[7].requiredTentative).toEqual(['a@kommune.no', 'b@kommune.no']);
  });

  it('prefers slots more optional attendees can make, but never lets them block', () => {
    const required = attendee('leder@kommune.no', window);
    const helsesykepleier = attendee('helse@kommune.no', window, {
      required: false,
      marks: daily(['2026-06-01'], '08:00', '12:00', '+02:00')
    });
    const ppt = attendee('ppt@kommune.no', window, { required: false, marks: daily(['2026-06-01'], '08:00', '10:00', '+02:00', '1') });
    const result = search({ window, attendees: [required, helsesykepleier, ppt] });
    expect(starts(result)).toEqual([
      '2026-06-01T10:00:00Z', // 12:00 local: both optional free
      '2026-06-01T11:00:00Z',
      '2026-06-01T12:00:00Z',
      '2026-06-01T13:00:00Z',
      '2026-06-01T08:00:00Z', // 10:00 local: ppt free, helse busy
      '2026-06-01T09:00:00Z',
      '2026-06-01T06:00:00Z', // 08:00 local: helse busy, ppt tentative
      '2026-06-01T07:00:00Z'
    ]);
    expect(result.slots[0]).toMatchObject({ optionalFree: ['helse@kommune.no', 'ppt@kommune.no'], optionalBusy: [] });
    expect(result.slots[4]).toMatchObject({ optionalFree: ['ppt@kommune.no'], optionalBusy: ['helse@kommune.no'] });
    expect(result.slots[6]).toMatchObject({
      optionalFree: [],
      optionalTentative: ['ppt@kommune.no'],
      optionalBusy: ['helse@kommune.no'],
      allRequiredFree: true
    });
  });

  it('counts an optional attendee outside their working hours as busy', () => {
    const late = attendee('kveld@kommune.no', window, {
      required: false,
      workingHours: hours('W. Europe Standard Time', '12:00:00.0000000', '20:00:00.0000000')
    });
    const result = search({ window, attendees: [attendee('leder@kommune.no', window), late], maxResults: 1 });
    expect(result.slots[0]).toMatchObject({ start: '2026-06-01T10:00:00Z', optionalFree: ['kveld@kommune.no'] });
  });

  it('stops at maxResults', () => {
    expect(search({ window, attendees: [attendee('a@kommune.no', window)], maxResults: 2 }).slots).toHaveLength(2);
  });
});

describe('findSlots when nothing fits', () => {
  const window = { start: '2026-06-01T00:00:00+02:00', end: '2026-06-03T00:00:00+02:00' };

  it('names who blocks most and the earliest slot with one person fewer', () => {
    const a = attendee('a@kommune.no', window, {
      marks: [...daily(['2026-06-01'], '08:00', '16:00', '+02:00'), ...daily(['2026-06-02'], '08:00', '12:00', '+02:00')]
    });
    const b = attendee('b@kommune.no', window, { marks: daily(['2026-06-02'], '12:00', '16:00', '+02:00') });
    const c = attendee('c@kommune.no', window, { marks: daily(['2026-06-01'], '08:00', '16:00', '+02:00', '3') });
    const optional = attendee('x@kommune.no', window, { required: false, marks: daily(['2026-06-01', '2026-06-02'], '00:00', '23:00', '+02:00') });

    const result = search({ window, attendees: [a, b, c, optional] });
    expect(result.slots).toEqual([]);
    // 85 five-minute starts a day (08:00 … 15:00) on two days.
    expect(result.explanation).toEqual({
      reason: 'requiredAttendeesUnavailable',
      candidateCount: 170,
      blockers: [
        {
          email: 'a@kommune.no',
          blockedCandidates: 133,
          busy: 133,
          outsideWorkingHours: 0,
          earliestSlotWithout: { start: '2026-06-02T06:00:00Z', end: '2026-06-02T07:00:00Z' }
        },
        { email: 'c@kommune.no', blockedCandidates: 85, busy: 85, outsideWorkingHours: 0 },
        {
          email: 'b@kommune.no',
          blockedCandidates: 48,
          busy: 48,
          outsideWorkingHours: 0,
          earliestSlotWithout: { start: '2026-06-02T10:00:00Z', end: '2026-06-02T11:00:00Z' }
        }
      ],
      nearestWithOneFewer: {
        withoutEmail: 'a@kommune.no',
        slot: { start: '2026-06-02T06:00:00Z', end: '2026-06-02T07:00:00Z' }
      }
    });
  });

  it('has no one-fewer slot when every candidate is blocked by two people', () => {
    const marks = daily(['2026-06-01', '2026-06-02'], '08:00', '16:00', '+02:00');
    const result = search({ window, attendees: [attendee('a@kommune.no', window, { marks }), attendee('b@kommune.no', window, { marks })] });
    expect(result.explanation?.nearestWithOneFewer).toBeUndefined();
    expect(result.explanation?.blockers.map((b) => [b.email, b.blockedCandidates])).toEqual([
      ['a@kommune.no', 170],
      ['b@kommune.no', 170]
    ]);
  });

  it('says when the window lies outside everyone’s working hours', () => {
    const evening = { start: '2026-06-01T17:00:00+02:00', end: '2026-06-01T22:00:00+02:00' };
    const result = search({ window: evening, attendees: [attendee('a@kommune.no', evening), attendee('b@kommune.no', evening)] });
    expect(result.explanation).toEqual({ reason: 'noCandidateTimes', candidateCount: 0, blockers: [] });
  });

  it('says when the window holds no meeting day at all', () => {
    const weekend = { start: '2026-06-06T00:00:00+02:00', end: '2026-06-08T00:00:00+02:00' };
    const result = search({ window: weekend, attendees: [attendee('a@kommune.no', weekend)] });
    expect(result).toEqual({ slots: [], explanation: { reason: 'noCandidateTimes', candidateCount: 0, blockers: [] }, warnings: [] });
  });
});

describe('findSlots input handling', () => {
  const window = { start: '2026-06-01T00:00:00+02:00', end: '2026-06-02T00:00:00+02:00' };

  it('treats a schedule Graph could not read as free, and warns', () => {
    const external = attendee('ekstern@annen.no', window);
    external.availability.availabilityView = '';
    external.availability.error = { message: 'Not found', responseCode: 'ErrorMailRecipientNotFound' };
    const result = search({ window, attendees: [attendee('a@kommune.no', window), external] });
    expect(result.slots[0].start).toBe('2026-06-01T06:00:00Z');
    expect(result.warnings).toEqual([
      { kind: 'availabilityUnknown', email: 'ekstern@annen.no', responseCode: 'ErrorMailRecipientNotFound' }
    ]);
  });

  it('reads working hours in a zone it cannot convert as organizer time, and warns', () => {
    const custom = attendee('a@kommune.no', window, { workingHours: hours('Customized Time Zone', '10:00:00.0000000', '11:00:00.0000000') });
    const result = search({ window, attendees: [custom] });
    expect(starts(result)).toEqual(['2026-06-01T08:00:00Z']);
    expect(result.warnings).toEqual([{ kind: 'workingHoursTimeZoneUnknown', email: 'a@kommune.no', timeZoneName: 'Customized Time Zone' }]);
  });

  it('merges the same person invited twice, required if either invitation says so', () => {
    const busy = daily(['2026-06-01'], '08:00', '15:00', '+02:00');
    const result = search({
      window,
      attendees: [attendee('A@kommune.no', window, { required: false, marks: busy }), attendee('a@kommune.no', window, { marks: busy })]
    });
    expect(starts(result)).toEqual(['2026-06-01T13:00:00Z']);
    expect(result.slots[0].requiredFree).toEqual(['A@kommune.no']);
  });

  it('reads a window without an offset as organizer wall-clock time', () => {
    const local = { start: '2026-06-01T10:00', end: '2026-06-01T12:00' };
    expect(search({ window: local, attendees: [attendee('a@kommune.no', window)] }).slots[0].start).toBe('2026-06-01T08:00:00Z');
  });

  it('rejects impossible input', () => {
    const attendees = [attendee('a@kommune.no', window)];
    expect(() => search({ window, attendees, durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => search({ window, attendees, stepMinutes: 2.5 })).toThrow(/stepMinutes/);
    expect(() => search({ window: { start: window.end, end: window.start }, attendees })).toThrow(/after/);
    expect(() => search({ window: { start: 'tomorrow', end: window.end }, attendees })).toThrow(/window.start/);
    expect(() => search({ window, attendees, organizerTimeZone: 'Nowhere/Land' })).toThrow(/Unknown time zone/);
  });
});
