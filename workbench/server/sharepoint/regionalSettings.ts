import { DateTime } from 'luxon';
import type { ApiResponse } from '../http/ApiExchange';
import { entityBody, ODataComplex, ODataEntity } from './odataShape';
import type { SpContext } from './SpContext';
import { spJson } from './SpContext';

/**
 * A site's regional time zone as SharePoint reports it (`SP.TimeZone`): `Id` from TIMEZONE.XML, its
 * `Description`, and `Information` with the biases in minutes *subtracted* from local time to get UTC
 * ("Bias element (Regional Settings)", https://learn.microsoft.com/en-us/sharepoint/dev/schema/bias-element-regional-settings):
 * UTC+01:00 is `Bias: -60`, standard time adds `StandardBias: 0`, daylight saving time `DaylightBias: -60`.
 * `iana` is not SharePoint's: it is the zone whose rules the workbench computes local times with.
 */
export interface SiteTimeZone {
  id: number;
  description: string;
  bias: number;
  daylightBias: number;
  standardBias: number;
  iana: string;
}

/**
 * The zones of TIMEZONE.XML the workbench knows (ids as in PnP Framework's `TimeZone` enum). A Norwegian
 * municipality's site is (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna: id 4.
 */
export const SITE_TIME_ZONES: Record<number, SiteTimeZone> = {
  2: { id: 2, description: '(UTC) Dublin, Edinburgh, Lisbon, London', bias: 0, daylightBias: -60, standardBias: 0, iana: 'Europe/London' },
  3: { id: 3, description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', bias: -60, daylightBias: -60, standardBias: 0, iana: 'Europe/Paris' },
  4: { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', bias: -60, daylightBias: -60, standardBias: 0, iana: 'Europe/Berlin' },
  5: { id: 5, description: '(UTC+02:00) Athens, Bucharest', bias: -120, daylightBias: -60, standardBias: 0, iana: 'Europe/Bucharest' }
};

/** The model site's zone: what a site created in a Norwegian tenant gets. */
export const DEFAULT_SITE_TIME_ZONE_ID = 4;

/** Every site of the workbench has the Norwegian default; `WORKBENCH_SITE_TIME_ZONE_ID` picks another id of the table. */
export function siteTimeZone(): SiteTimeZone {
  const configured = Number(process.env.WORKBENCH_SITE_TIME_ZONE_ID);
  return SITE_TIME_ZONES[configured] ?? SITE_TIME_ZONES[DEFAULT_SITE_TIME_ZONE_ID];
}

/**
 * What a date typed into the list form of a DateOnly column is stored as: the site's local midnight of that
 * day, in UTC (an Oslo site stores 10 March 2026 as `2026-03-09T23:00:00Z`, 10 June as `2026-06-09T22:00:00Z`;
 * SharePoint/sp-dev-docs#6083, pnp/pnpjs#1890).
 */
export function dateOnlyAsStored(isoDate: string, zone: SiteTimeZone = siteTimeZone()): string {
  const local = DateTime.fromISO(isoDate.slice(0, 10), { zone: zone.iana }).startOf('day');
  return `${local.toUTC().toISO({ suppressMilliseconds: true, includeOffset: false })}Z`;
}

function timeZoneEntity(ctx: SpContext, zone: SiteTimeZone): ODataEntity {
  return new ODataEntity(
    { type: 'SP.TimeZone', id: `${ctx.siteUrl}/_api/web/RegionalSettings/TimeZone`, uri: `${ctx.siteUrl}/_api/web/RegionalSettings/TimeZone` },
    {
      Description: zone.description,
      Id: zone.id,
      Information: new ODataComplex('SP.TimeZoneInformation', { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: zone.standardBias })
    }
  );
}

/** GET `_api/web/RegionalSettings/TimeZone`: `{ Description, Id, Information: { Bias, DaylightBias, StandardBias } }`. */
export function getTimeZone(ctx: SpContext): ApiResponse {
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.TimeZones', timeZoneEntity(ctx, siteTimeZone())));
}

/** GET `_api/web/RegionalSettings` (with `$expand=TimeZone`, the zone inline). Norwegian (nb-NO) settings. */
export function getRegionalSettings(ctx: SpContext): ApiResponse {
  const expand = (ctx.request.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase());
  const props: Record<string, unknown> = {
    AdjustHijriDays: 0,
    AlternateCalendarType: 0,
    AM: 'a.m.',
    CalendarType: 1,
    Collation: 25,
    CollationLCID: 2070,
    DateFormat: 0,
    DateSeparator: '.',
    DecimalSeparator: ',',
    DigitGrouping: '3;0',
    FirstDayOfWeek: 1,
    FirstWeekOfYear: 2,
    IsEastAsia: false,
    IsRightToLeft: false,
    IsUIRightToLeft: false,
    ListSeparator: ';',
    LocaleId: 1044,
    NegativeSign: '-',
    NegNumberMode: 1,
    PM: 'p.m.',
    PositiveSign: '',
    ShowWeeks: false,
    ThousandSeparator: '\u00a0',
    Time24: true,
    TimeMarkerPosition: 0,
    TimeSeparator: ':',
    WorkDayEndHour: 1020,
    WorkDays: 62,
    WorkDayStartHour: 480
  };
  if (expand.includes('timezone')) props.TimeZone = timeZoneEntity(ctx, siteTimeZone());
  const entity = new ODataEntity(
    { type: 'SP.RegionalSettings', id: `${ctx.siteUrl}/_api/web/RegionalSettings`, uri: `${ctx.siteUrl}/_api/web/RegionalSettings` },
    props
  );
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.RegionalSettingss', entity));
}

