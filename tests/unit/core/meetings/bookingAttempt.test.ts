import { bookingAttemptFor, bookingFingerprint, buildMeetingEvent, isTransactionId, MEETING_EVENT_WORDING, uuidFromRandomBytes } from '../../../../src/core/meetings';

const draft = buildMeetingEvent({
  arena: { title: 'Ansvarsgruppe', meetingSubject: 'Ansvarsgruppe', agendaTemplate: '1. Status' },
  slot: { start: '2026-10-06T08:00:00Z', end: '2026-10-06T09:00:00Z' },
  invitees: [{ email: 'kari.nilsen@demo-kommune.example', displayName: 'Kari Nilsen', required: true }],
  basis: 'consentObtained',
  wording: MEETING_EVENT_WORDING.nn
});

let counter = 0;
const freshId = (): string => uuidFromRandomBytes(Uint8Array.from({ length: 16 }, (_v, i) => (i * 37 + ++counter) & 0xff));

describe('uuidFromRandomBytes', () => {
  it('formats 16 bytes as a version 4, variant 1 UUID', () => {
    const id = uuidFromRandomBytes(new Uint8Array(16).fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(isTransactionId(id)).toBe(true);
    expect(isTransactionId(uuidFromRandomBytes(new Uint8Array(16)))).toBe(true);
  });

  it('needs 16 bytes', () => {
    expect(() => uuidFromRandomBytes(new Uint8Array(15))).toThrow(RangeError);
  });
});

describe('bookingAttemptFor', () => {
  it('makes one transactionId per attempt and puts it in the event', () => {
    const attempt = bookingAttemptFor(draft, undefined, freshId);
    expect(isTransactionId(attempt.transactionId)).toBe(true);
    expect(attempt.event.transactionId).toBe(attempt.transactionId);
    expect(attempt.event.subject).toBe('Ansvarsgruppe');
  });

  it('keeps the transactionId when the same booking is tried again', () => {
    const first = bookingAttemptFor(draft, undefined, freshId);
    const makeId = jest.fn(freshId);
    const again = bookingAttemptFor(JSON.parse(JSON.stringify(draft)), first, makeId);
    expect(again).toBe(first);
    expect(makeId).not.toHaveBeenCalled();
  });

  it('starts a new attempt with a new id when what is booked changes', () => {
    const first = bookingAttemptFor(draft, undefined, freshId);
    const later = bookingAttemptFor({ ...draft, start: { ...draft.start, dateTime: '2026-10-06T11:00:00' } }, first, freshId);
    expect(later.transactionId).not.toBe(first.transactionId);
  });

  it('refuses an id that is not a UUID', () => {
    expect(() => bookingAttemptFor(draft, undefined, () => 'retry-1')).toThrow(/UUID/);
  });

  it('fingerprints independently of key order', () => {
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    expect(bookingFingerprint(reordered)).toBe(bookingFingerprint(draft));
  });
});
