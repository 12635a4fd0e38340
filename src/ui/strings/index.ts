import type { Locale } from '../../core/i18n/Locale';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { Strings } from './Strings';

export const STRINGS: Record<Locale, Strings> = { nb, nn, en };

export type { Strings };
