import { findByTransactionId, graphDateTimeToUtc, readBackWindow, seriesMastersToCheck } from '../../../../src/core/meetings';

describe('reading a booking back', () => {
  it('turns the meeting’s wall-clock time in its Windows zone into the UTC window of the calendar view, across daylight saving', () => {
    expect(readBackWindow({ start: { dateTime: '2026-03-27T09:00:00', timeZone: 'W. Europe Standard Time' }, end: { dateTime: '2026-03-27T10:00:00', timeZone: 'W. Europe Standard Time' } })).toEqual({
      start: '2026-03-27T08:00:00Z',
      end: '2026-03-27T09:00:00Z'
    });
    // Summer time from 29 March 2026.
    expect(graphDateTimeToUtc({ dateTime: '2026-03-30T09:00:00', timeZone: 'W. Europe Standard Time' })).toBe('2026-03-30T07:00:00Z');
    expect(() => graphDateTimeToUtc({ dateTime: '2026-02-30T09:00:00', timeZone: 'UTC' })).toThrow(RangeError);
  });

  it('matches only the transactionId, and names the series masters of occurrences with the booking’s subject', () => {
    const events = [
      { id: 'a', subject: 'Tverrfaglig team – møte', type: 'singleInstance' },
      { id: 'b', subject: 'Tverrfaglig team – møte', type: 'singleInstance', transactionId: 'tx-1' },
      { id: 'c', subject: 'Tverrfaglig team – møte', type: 'occurrence', seriesMasterId: 'm1' },
      { id: 'd', subject: 'Tverrfaglig team – møte', type: 'occurrence', seriesMasterId: 'm1' },
      { id: 'e', subject: 'Annet', type: 'occurrence', seriesMasterId: 'm2' }
    ];
    expect(findByTransactionId(events, 'tx-1')?.id).toBe('b');
    expect(findByTransactionId(events, 'tx-2')).toBeUndefined();
    expect(seriesMastersToCheck(events, 'Tverrfaglig team – møte')).toEqual(['m1']);
  });
});
