import { isLocale } from '../i18n/Locale';
import { DEFAULT_SETTINGS, type ModelSettings } from '../model/Settings';
import type { EntityMapping } from './EntityMapping';
import type { ItemIssue } from './ItemIssue';

/** One item of the settings list: a name and a value. */
export interface SettingRow {
  name: string;
  value: string;
  id?: number;
}

export const settingMapping: EntityMapping<SettingRow> = {
  list: 'settings',
  read: (r) => ({ id: r.id, name: r.text('Title'), value: r.text('SettingValue') }),
  write: (x) => ({ Title: x.name, SettingValue: x.value })
};

/**
 * Settings that are lists: one row per entry, named `<name>` or `<name> <anything>` (the export numbers them,
 * `searchSynonym 1`, `searchSynonym 2`, so each row's Title is unique as the import's item key).
 */
export const LIST_SETTINGS = { searchSynonym: 'searchSynonyms', guideSign: 'guideSigns' } as const;

export function listSettingOf(name: string): (typeof LIST_SETTINGS)[keyof typeof LIST_SETTINGS] | undefined {
  const base = /^(\w+)(?:[\s:#-].*)?$/.exec(name.trim())?.[1];
  return base !== undefined && Object.prototype.hasOwnProperty.call(LIST_SETTINGS, base) ? LIST_SETTINGS[base as keyof typeof LIST_SETTINGS] : undefined;
}

/** Builds settings from rows; unknown names are ignored, bad values fall back to the default and are reported. */
export function settingsFromRows(rows: readonly SettingRow[], listTitle: string): { settings: ModelSettings; issues: ItemIssue[] } {
  const settings: ModelSettings = { ...DEFAULT_SETTINGS };
  const issues: ItemIssue[] = [];
  const problem = (row: SettingRow, message: string): void => {
    issues.push({ severity: 'warning', list: listTitle, item: row.id ?? row.name, field: 'SettingValue', message });
  };
  for (const row of rows) {
    const list = listSettingOf(row.name);
    if (list) {
      const value = row.value.trim();
      if (list === 'searchSynonyms' && value !== '' && !/[^,=>\s]/.test(value)) problem(row, 'searchSynonym must name words: "redd, blåmerker => vold"');
      else if (value !== '') settings[list] = [...(settings[list] ?? []), value];
    } else if (row.name === 'municipality') settings.municipality = row.value;
    else if (row.name === 'contentLocale') {
      if (isLocale(row.value)) settings.contentLocale = row.value;
      else problem(row, 'contentLocale must be nb, nn or en');
    } else if (row.name === 'consentAge') {
      const age = Number(row.value);
      if (age === 15 || age === 16) settings.consentAge = age;
      else problem(row, 'consentAge must be 15 or 16');
    } else if (row.name === 'reviewIntervalMonths') {
      const months = Number(row.value);
      if (Number.isInteger(months) && months >= 1 && months <= 36) settings.reviewIntervalMonths = months;
      else problem(row, 'reviewIntervalMonths must be a whole number from 1 to 36');
    }
  }
  return { settings, issues };
}

export function rowsFromSettings(settings: ModelSettings): SettingRow[] {
  return [
    { name: 'municipality', value: settings.municipality },
    { name: 'contentLocale', value: settings.contentLocale },
    { name: 'consentAge', value: String(settings.consentAge) },
    { name: 'reviewIntervalMonths', value: String(settings.reviewIntervalMonths) },
    ...(settings.searchSynonyms ?? []).map((value, i) => ({ name: `searchSynonym ${i + 1}`, value })),
    ...(settings.guideSigns ?? []).map((value, i) => ({ name: `guideSign ${i + 1}`, value }))
  ];
}
