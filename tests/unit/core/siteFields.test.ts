import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { parseItemVersion, sameItemVersion } from '../../../src/core/mapping/itemVersion';
import { dateOnlyOf, dateOnlyValue, DEFAULT_SITE_TIME_ZONE, timeZoneOfSite } from '../../../src/core/mapping/siteTimeZone';
import { tinyModelDocument } from './tinyModel';

// What `_api/web/RegionalSettings/TimeZone` answers for a Norwegian site (SharePoint's id 4).
const OSLO_SITE = { Id: 4, Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } };

describe('DateOnly columns in the site time zone', () => {
  it('maps SharePoint time zone ids to IANA zones, with a fixed offset from Bias for unknown ids', () => {
    expect(timeZoneOfSite(OSLO_SITE)).toBe('Europe/Oslo');
    expect(timeZoneOfSite({ Id: 2, Information: { Bias: 0 } })).toBe('Europe/London');
    expect(timeZoneOfSite({ Id: 9999, Information: { Bias: -120 } })).toBe('UTC+2');
    expect(timeZoneOfSite({ Id: 9999, Information: { Bias: 210 } })).toBe('UTC-3:30');
    expect(timeZoneOfSite(undefined)).toBe(DEFAULT_SITE_TIME_ZONE);
  });

  it('reads the day the list form stored (local midnight in UTC), winter and summer, where slice(0,10) reads the day before', () => {
    const zone = timeZoneOfSite(OSLO_SITE);
    expect(dateOnlyOf('2026-03-09T23:00:00Z', zone)).toBe('2026-03-10');
    expect(dateOnlyOf('2026-06-09T22:00:00Z', zone)).toBe('2026-06-10');
    expect('2026-03-09T23:00:00Z'.slice(0, 10)).toBe('2026-03-09');
    // A value another tool wrote as midnight UTC is still the same day on an Oslo site.
    expect(dateOnlyOf('2026-03-10T00:00:00Z', zone)).toBe('2026-03-10');
    expect(dateOnlyOf('2026-03-10', zone)).toBe('2026-03-10');
    expect(dateOnlyOf('not a date', zone)).toBeUndefined();
  });

  it('with only a fixed offset, reads a summer midnight (an hour off) as its own day', () => {
    expect(dateOnlyOf('2026-06-09T22:00:00Z', 'UTC+1')).toBe('2026-06-10');
    expect(dateOnlyOf('2026-03-09T23:00:00Z', 'UTC+1')).toBe('2026-03-10');
  });

  it('writes a date as the local midnight of the site zone in UTC, as the list form does', () => {
    expect(dateOnlyValue('2026-03-10', 'Europe/Oslo')).toBe('2026-03-09T23:00:00Z');
    expect(dateOnlyValue('2026-06-10', 'Europe/Oslo')).toBe('2026-06-09T22:00:00Z');
    expect(dateOnlyValue('2026-03-10', 'Europe/London')).toBe('2026-03-10T00:00:00Z');
    expect(dateOnlyValue('2026-06-10', 'UTC-5:30')).toBe('2026-06-10T05:30:00Z');
  });

  it('refuses days that do not exist and zones it cannot read, rather than rolling them over', () => {
    expect(() => dateOnlyValue('2026-02-30', 'Europe/Oslo')).toThrow('Not a date: 2026-02-30');
    expect(dateOnlyOf('2026-02-30', 'Europe/Oslo')).toBeUndefined();
    expect(dateOnlyOf('2026-03-09T23:00:00Z', 'Nowhere/Nothing')).toBeUndefined();
    // SharePoint's UTC value without its Z is still UTC, not the browser's local time.
    expect(dateOnlyOf('2026-03-09T23:00:00', 'Europe/Oslo')).toBe('2026-03-10');
  });

  it('round-trips a model document with the site zone, and reads a stored 10 March as 10 March', () => {
    const { lists } = documentToLists(tinyModelDocument(), 'Europe/Oslo');
    expect(lists.routines![0].LastReviewed).toBe('2026-01-09T23:00:00Z');
    const { model, issues } = assembleModel(lists, 'Europe/Oslo');
    expect(issues).toEqual([]);
    expect(model.routines[0].lastReviewed).toBe('2026-01-10');
    const typed = { ...lists.routines![0], LastReviewed: '2026-03-09T23:00:00Z', NextReview: '2026-06-09T22:00:00Z' };
    const read = assembleModel({ ...lists, routines: [typed] }, timeZoneOfSite(OSLO_SITE)).model.routines[0];
    expect(read.lastReviewed).toBe('2026-03-10');
    expect(read.nextReview).toBe('2026-06-10');
  });
});

describe('Hyperlink columns', () => {
  const withUrl = (value: unknown): ReturnType<typeof assembleModel> => {
    const { lists } = documentToLists(tinyModelDocument());
    return assembleModel({ ...lists, tools: [{ ...lists.tools![0], Id: 9, DocumentUrl: value }] });
  };

  it('reads { Url, Description } (and the verbose shape) as the address', () => {
    expect(withUrl({ Url: 'https://example.org/skjema.pdf', Description: 'Skjema' }).model.tools[0].documentUrl).toBe('https://example.org/skjema.pdf');
    expect(withUrl({ __metadata: { type: 'SP.FieldUrlValue' }, Url: '/sites/tryggebarn/Delte%20dokumenter/a.pdf', Description: 'a' }).model.tools[0].documentUrl).toBe(
      '/sites/tryggebarn/Delte%20dokumenter/a.pdf'
    );
    expect(withUrl('https://example.org/plain').model.tools[0].documentUrl).toBe('https://example.org/plain');
  });

  it('still reports an unsafe address, and an empty required one', () => {
    const unsafe = withUrl({ Url: 'javascript:alert(1)', Description: 'x' });
    expect(unsafe.model.tools).toHaveLength(0);
    expect(unsafe.issues).toContainEqual(expect.objectContaining({ item: 9, field: 'DocumentUrl', message: 'must be an http(s) address or a site-relative path' }));
    expect(withUrl({ Url: null, Description: null }).issues).toContainEqual(expect.objectContaining({ item: 9, field: 'DocumentUrl', message: 'is required but empty' }));
  });
});

describe('item ETags', () => {
  it('reads the version of both forms SharePoint gives', () => {
    expect(parseItemVersion('"3"')).toBe(3);
    expect(parseItemVersion('"{F61A3570-34B0-4AF7-A774-4C1CF1CCFB1A},17"')).toBe(17);
    expect(parseItemVersion('"f61a3570-34b0-4af7-a774-4c1cf1ccfb1a,17"')).toBe(17);
    expect(parseItemVersion('W/"5"')).toBe(5);
    expect(parseItemVersion('*')).toBeUndefined();
    expect(parseItemVersion(undefined)).toBeUndefined();
  });

  it('compares versions, not strings', () => {
    expect(sameItemVersion('"2"', '"{F61A3570-34B0-4AF7-A774-4C1CF1CCFB1A},2"')).toBe(true);
    expect(sameItemVersion('"2"', '"{F61A3570-34B0-4AF7-A774-4C1CF1CCFB1A},3"')).toBe(false);
    expect(sameItemVersion('*', '*')).toBe(false);
  });
});
