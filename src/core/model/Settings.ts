import type { Locale } from '../i18n/Locale';

/** Municipality-wide settings. */
export interface ModelSettings {
  municipality: string;
  /** The language content is written in, and the default UI language. */
  contentLocale: Locale;
  /** The age at which a young person consents alone (15 or 16, decided per municipality). */
  consentAge: number;
  /** Months between reviews of a routine. */
  reviewIntervalMonths: number;
  /**
   * The municipality's own search words, one line each: `redd, blåmerker => vold` (settings rows `searchSynonym 1`,
   * `searchSynonym 2`, …). Merged with the starter table in src/core/search/synonyms.ts.
   */
  searchSynonyms?: string[];
  /**
   * Signs of worry the guide shows as hints ("redd for å gå hjem", "blåmerker", "sulten"), one per settings row
   * `guideSign 1`, `guideSign 2`, …; optionally "question: text" to show a sign beside one question only.
   */
  guideSigns?: string[];
}

export const DEFAULT_SETTINGS: ModelSettings = {
  municipality: 'Demo kommune',
  contentLocale: 'nb',
  consentAge: 15,
  reviewIntervalMonths: 12
};
