import type { GuideQuestion } from '../guide/worryGuide';
import { TEXT_MAX_LENGTH } from '../schema/FieldSchema';

/** The guide's questions a sign can stand beside, in the guide's order. */
export const SIGN_QUESTIONS: readonly GuideQuestion[] = ['danger', 'concrete', 'ownService', 'oneOtherService'];

/** One synonym group as an editor shows it: the words people type, and what the model calls the same thing. */
export interface SynonymGroup {
  /** Single words: a query is looked up word by word. */
  words: string[];
  /** Empty: the words all mean each other. */
  alsoSearch: string[];
}

/** One sign of worry beside one question of the guide. */
export interface GuideSign {
  question: GuideQuestion;
  text: string;
}

/** What is wrong with an entry, as a code the UI says in its own language. */
export type SettingLineProblem = 'noWords' | 'wordWithSpace' | 'reservedCharacters' | 'noText' | 'tooLong' | 'lineBreak';

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');

/** "redd, blåmerker => vold, overgrep" (settings row `searchSynonym n`) as a group; a line without "=>" is words only. */
export function parseSynonymGroup(line: string): SynonymGroup {
  const [left = '', right = ''] = line.split('=>');
  return { words: splitList(left), alsoSearch: splitList(right) };
}

export function formatSynonymGroup(group: SynonymGroup): string {
  const words = group.words.join(', ');
  return group.alsoSearch.length > 0 ? `${words} => ${group.alsoSearch.join(', ')}` : words;
}

/** "danger: Barnet er redd for å gå hjem" (settings row `guideSign n`); without a known question, the first one. */
export function parseGuideSign(line: string): GuideSign {
  const match = /^\s*([A-Za-z]+)\s*:\s*(.*)$/s.exec(line);
  const [, name = '', text = ''] = match ?? [];
  const question = (SIGN_QUESTIONS as readonly string[]).includes(name) ? (name as GuideQuestion) : undefined;
  // SIGN_QUESTIONS is a non-empty constant: its first question is always there.
  return question ? { question, text: text.trim() } : { question: SIGN_QUESTIONS[0]!, text: line.trim() };
}

export function formatGuideSign(sign: GuideSign): string {
  return `${sign.question}: ${sign.text.trim()}`;
}

/**
 * The problems with a synonym group, as the search reads it (src/core/search/synonyms.ts): at least one word;
 * words people type are single words, since a query is looked up word by word; "," and "=>" separate, so they
 * cannot be part of a word; the whole line fits the settings list's text column.
 */
export function synonymGroupProblems(group: SynonymGroup): SettingLineProblem[] {
  const problems: SettingLineProblem[] = [];
  if (group.words.length === 0) problems.push('noWords');
  if (group.words.some((w) => /\s/.test(w))) problems.push('wordWithSpace');
  if ([...group.words, ...group.alsoSearch].some((w) => w.includes('=>') || w.includes('>') || w.includes('='))) problems.push('reservedCharacters');
  if ([...group.words, ...group.alsoSearch].some((w) => /[\r\n]/.test(w))) problems.push('lineBreak');
  if (formatSynonymGroup(group).length > TEXT_MAX_LENGTH) problems.push('tooLong');
  return problems;
}

export function guideSignProblems(sign: GuideSign): SettingLineProblem[] {
  const problems: SettingLineProblem[] = [];
  if (sign.text.trim() === '') problems.push('noText');
  if (/[\r\n]/.test(sign.text)) problems.push('lineBreak');
  if (formatGuideSign(sign).length > TEXT_MAX_LENGTH) problems.push('tooLong');
  return problems;
}

/** The next free row name of a list setting: `searchSynonym 7` after `searchSynonym 6`, whatever the gaps. */
export function nextSettingName(base: string, names: readonly string[]): string {
  const numbers = names.map((n) => /^(\w+)\s+(\d+)$/.exec(n.trim())).flatMap((m) => (m && m[1] === base ? [Number(m[2])] : []));
  const max = numbers.reduce((m, n) => Math.max(m, n), 0);
  return `${base} ${max + 1}`;
}
