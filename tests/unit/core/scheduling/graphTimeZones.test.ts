import { IANAZone } from 'luxon';
import { knownWindowsTimeZones, toGraphTimeZone, toIanaTimeZone, UnknownTimeZoneError } from '../../../../src/core/scheduling';
import { millisToGraphDateTime } from '../../../../src/core/scheduling/graphDateTime';
import { isSupportedTimeZone } from '../../../../workbench/server/graph/timeZones';

describe('toIanaTimeZone', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['GMT Standard Time', 'Europe/London'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Central European Standard Time', 'Europe/Warsaw'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['FLE Standard Time', 'Europe/Helsinki'],
    ['UTC', 'UTC']
  ])('maps %s to %s', (windows, iana) => {
    expect(toIanaTimeZone(windows)).toBe(iana);
  });

  it('ignores case and surrounding spaces in Windows names', () => {
    expect(toIanaTimeZone('  w. europe standard time ')).toBe('Europe/Berlin');
  });

  it('passes IANA names through', () => {
    expect(toIanaTimeZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(toIanaTimeZone('America/New_York')).toBe('America/New_York');
  });

  it('throws a clear error for names it cannot convert', () => {
    expect(() => toIanaTimeZone('Customized Time Zone')).toThrow(UnknownTimeZoneError);
    expect(() => toIanaTimeZone('Mars Standard Time')).toThrow(/Unknown time zone "Mars Standard Time"/);
    expect(() => toIanaTimeZone('')).toThrow(UnknownTimeZoneError);
  });

  it('only maps to zones luxon knows', () => {
    const invalid = knownWindowsTimeZones().filter((name) => !IANAZone.isValidZone(toIanaTimeZone(name)));
    expect(invalid).toEqual([]);
  });
});

describe('toGraphTimeZone: the name Graph is sent', () => {
  it.each([
    ['Europe/Oslo', 'W. Europe Standard Time'],
    ['Arctic/Longyearbyen', 'W. Europe Standard Time'],
    ['Europe/Stockholm', 'W. Europe Standard Time'],
    ['Europe/Copenhagen', 'Romance Standard Time'],
    ['Europe/Berlin', 'W. Europe Standard Time'],
    ['Europe/London', 'GMT Standard Time'],
    ['America/New_York', 'Eastern Standard Time'],
    ['UTC', 'UTC'],
    ['w. europe standard time', 'W. Europe Standard Time']
  ])('%s → %s', (zone, windows) => {
    expect(toGraphTimeZone(zone)).toBe(windows);
  });

  it('refuses a zone it has no Windows name for rather than guessing', () => {
    expect(() => toGraphTimeZone('Mars/Olympus')).toThrow(UnknownTimeZoneError);
    expect(() => toGraphTimeZone('Coordinated Universal Time')).toThrow(UnknownTimeZoneError);
  });

  it('round-trips: the Windows name converts back to a zone with the same offsets as the IANA zone', () => {
    for (const zone of ['Europe/Oslo', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/London', 'America/New_York']) {
      const back = toIanaTimeZone(toGraphTimeZone(zone));
      for (const instant of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15), Date.UTC(2026, 2, 29, 1, 30)]) {
        expect([zone, IANAZone.create(back).offset(instant)]).toEqual([zone, IANAZone.create(zone).offset(instant)]);
      }
    }
  });

  it('writes getSchedule and event times under a name the Graph stand-in takes, never Europe/Oslo', () => {
    const time = millisToGraphDateTime(Date.UTC(2026, 2, 30, 7), 'Europe/Oslo');
    expect(time).toEqual({ dateTime: '2026-03-30T09:00:00', timeZone: 'W. Europe Standard Time' });
    expect(isSupportedTimeZone(time.timeZone)).toBe(true);
    expect(isSupportedTimeZone('Europe/Oslo')).toBe(false);
  });

  it('every Windows name it sends is one Graph takes', () => {
    const sent = knownWindowsTimeZones().filter((n) => n !== 'Coordinated Universal Time' && !n.startsWith('tzone://')).map(toGraphTimeZone);
    expect(sent.filter((name) => !isSupportedTimeZone(name))).toEqual([]);
  });
});
