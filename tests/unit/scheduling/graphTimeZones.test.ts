import { IANAZone } from 'luxon';
import { knownWindowsTimeZones, toIanaTimeZone, UnknownTimeZoneError } from '../../../src/core/scheduling';

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
