import { IANAZone } from 'luxon';

/**
 * Microsoft Graph (and Exchange behind it) names time zones the Windows way ("W. Europe Standard Time"), while
 * luxon and every browser speak IANA ("Europe/Oslo"). This maps the one to the other.
 *
 * The targets follow the Unicode CLDR windowsZones table (territory "001"). A Windows zone covers many IANA zones
 * with the same rules, so "W. Europe Standard Time" becomes Europe/Berlin even for someone in Oslo; Berlin and Oslo
 * have had identical offsets and clock changes since 1980, so every instant converts the same.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince',
  'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Greenland Standard Time': 'America/Nuuk',
  'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'tzone://Microsoft/Utc': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Helsinki',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli',
  'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Volgograd Standard Time': 'Europe/Volgograd',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius',
  'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Central Asia Standard Time': 'Asia/Almaty',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk',
  'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk',
  'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai',
  'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla',
  'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul',
  'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville',
  'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan',
  'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin',
  'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati'
};

// Graph is not consistent about the case of zone names, so lookups ignore it.
const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  Object.keys(WINDOWS_TO_IANA).map((name) => [name.toLowerCase(), WINDOWS_TO_IANA[name]!]) // a key of the table
);

/** Thrown for a zone name that is neither a known Windows name nor a valid IANA name. */
export class UnknownTimeZoneError extends Error {
  public readonly timeZoneName: string;

  public constructor(timeZoneName: string) {
    super(
      `Unknown time zone "${timeZoneName}": it is neither a Windows time zone name that Microsoft Graph uses ` +
        `(such as "W. Europe Standard Time") nor an IANA name (such as "Europe/Oslo"). ` +
        `Outlook's "Customized Time Zone" cannot be converted either.`
    );
    this.name = 'UnknownTimeZoneError';
    this.timeZoneName = timeZoneName;
  }
}

/** The Windows time-zone names this module can convert, for diagnostics and tests. */
export function knownWindowsTimeZones(): string[] {
  return Object.keys(WINDOWS_TO_IANA);
}

// Checking an IANA name means constructing an Intl formatter, which is slow; a search asks for the same few
// zones thousands of times (every calendar item carries one), so answers are remembered.
const resolved: Map<string, string> = new Map();

/**
 * Converts a time-zone name from Microsoft Graph to an IANA name that luxon understands.
 * IANA names pass through unchanged. Anything else throws {@link UnknownTimeZoneError}: guessing a zone would
 * silently move someone's working day by hours, which is worse than failing loudly.
 */
export function toIanaTimeZone(name: string): string {
  const known = resolved.get(name);
  if (known !== undefined) return known;

  const trimmed = name.trim();
  const iana = BY_LOWER_CASE.get(trimmed.toLowerCase()) ?? (trimmed !== '' && IANAZone.isValidZone(trimmed) ? trimmed : undefined);
  if (iana === undefined) throw new UnknownTimeZoneError(name);
  resolved.set(name, iana);
  return iana;
}

/**
 * IANA zones that are not the CLDR "001" (golden) zone of their Windows zone but that the product meets, from the
 * CLDR windowsZones table's territory rows (https://github.com/unicode-org/cldr/blob/main/common/supplemental/windowsZones.xml):
 * Norway (NO) and Svalbard (SJ) are "W. Europe Standard Time", as are Sweden (SE); Denmark (DK) is "Romance
 * Standard Time"; Finland (FI) "FLE Standard Time". Everything else converts through the table above.
 */
const IANA_TO_WINDOWS: Readonly<Record<string, string>> = {
  'Europe/Oslo': 'W. Europe Standard Time',
  'Arctic/Longyearbyen': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Copenhagen': 'Romance Standard Time',
  'Europe/Helsinki': 'FLE Standard Time',
  'Etc/UTC': 'UTC'
};

// The Windows name of each golden IANA zone: the first Windows name mapping to it, skipping spellings that are not Windows ids.
const GOLDEN_TO_WINDOWS: ReadonlyMap<string, string> = new Map(
  Object.keys(WINDOWS_TO_IANA)
    .filter((name) => name !== 'Coordinated Universal Time' && !name.startsWith('tzone://'))
    .reverse()
    .map((name) => [WINDOWS_TO_IANA[name]!, name]) // a key of the table
);

/**
 * The name to send Graph for a zone the product keeps in IANA form: its Windows name. Graph takes Windows names
 * and only a documented list of IANA names ("dateTimeTimeZone resource type",
 * https://learn.microsoft.com/graph/api/resources/datetimetimezone) — Europe/Oslo is not on it and is answered
 * 400 TimeZoneNotSupportedException. A Windows name passes through, spelled as Windows spells it.
 */
export function toGraphTimeZone(zone: string): string {
  const trimmed = zone.trim();
  const windows = Object.keys(WINDOWS_TO_IANA).find((name) => name.toLowerCase() === trimmed.toLowerCase());
  if (windows !== undefined && windows !== 'Coordinated Universal Time' && !windows.startsWith('tzone://')) return windows;
  const name = IANA_TO_WINDOWS[trimmed] ?? GOLDEN_TO_WINDOWS.get(trimmed);
  if (name === undefined) throw new UnknownTimeZoneError(zone);
  return name;
}
