import { splitPeriod } from '../../../core/evaluation/period';
import type { Locale } from '../../../core/i18n/Locale';
import type { EvaluationStrings } from '../strings';

const NUMBER_CULTURE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

/** A mean score with one decimal, as the language writes it ("3,8" in Norwegian). */
export function formatScore(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_CULTURE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** "2026-05" as "mai 2026". */
export function formatPeriod(period: string, strings: EvaluationStrings): string {
  const { year, month } = splitPeriod(period);
  return `${strings.common.monthNames[month - 1]} ${year}`;
}
