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
}

export const DEFAULT_SETTINGS: ModelSettings = {
  municipality: 'Demo kommune',
  contentLocale: 'nb',
  consentAge: 15,
  reviewIntervalMonths: 12
};
