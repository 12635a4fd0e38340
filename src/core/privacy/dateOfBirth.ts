import { finding, type Finding } from './Finding';
import { isStandaloneNumber, isWordChar } from './textBoundaries';

/** dd.mm.yyyy, dd.mm.yy, d/m/yyyy, d-m-yy and mixed ones such as "12/3-17"; only counted after a birth cue. */
const DAY_MONTH_YEAR = /(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})/g;
/** yyyy-mm-dd. */
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/g;
/**
 * "3. mai 2015", "3 mai 2015", "12. des. 2016", "3 May 2015"; the year may be missing ("født 3. mai"). Only an
 * abbreviated month takes a following full stop: after "mai" it ends the sentence.
 */
const WRITTEN_DAY_MONTH =
  /(\d{1,2})\.?\s+((?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|des|dec)\b\.?)(?:,?\s+(\d{4}))?/giu;
/** "May 3, 2015", "March 12th 2016" (English order). */
const WRITTEN_MONTH_DAY =
  /(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/giu;
/** "født 2016", "fødd i 2016", "f. 2016", "født i mai 2016", "born in 2016". */
const BIRTH_YEAR =
  /(født|fødd|fødselsår|born|f\.)\s*(?:(?:i|in)\s+)?(?:(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\s+)?(\d{4})/giu;
/** A word just before a date that says it is a birth date: "født 12.03.2015", "f. 12.03.15", "DOB: 2015-03-12". */
const BIRTH_CUE_BEFORE =
  /(født|fødd|fødselsdato|fødselsdag|f\.dato|fdato|f\.|bursdag|dob|d\.o\.b\.|date of birth|birthday|born(?:\s+on)?)\s*:?\s*(?:den\s+|on\s+)?$/iu;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12
};

/** Oldest plausible birth year relative to today, for dates with a cue. */
const MAX_AGE = 120;
/** How far back the cue may be looked for. */
const CUE_LOOKBACK = 24;

interface DateCandidate {
  start: number;
  end: number;
  /** Undefined for "3. mai", which only counts after a cue. */
  year?: number;
  month?: number;
  day: number;
}

/** A leap year, so "født 29. februar" without a year is still a real date. */
const ANY_LEAP_YEAR = 2000;

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Two-digit years are read as the most recent such year that is not in the future: "15" is 2015, "87" is 1987. */
function fullYear(year: string, today: Date): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  const thisYear = today.getFullYear();
  return 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
}

/** The start of a birth cue that ends right before `start`, or undefined. */
function cueStartBefore(text: string, start: number): number | undefined {
  const from = Math.max(0, start - CUE_LOOKBACK);
  const match = BIRTH_CUE_BEFORE.exec(text.slice(from, start));
  if (!match) return undefined;
  const cueStart = from + (match.index ?? 0);
  return isGluedCue(text, cueStart, match[1]!) ? undefined : cueStart; // the cue group is in every match
}

/**
 * Cues must start a word: "f." is not the end of "ref." or "jf.", "born" not the end of "stubborn". Only født and
 * fødd may end a longer word ("nyfødt 03.02.2024" is as telling as "født").
 */
function isGluedCue(text: string, cueStart: number, cue: string): boolean {
  return !/^fød/i.test(cue) && isWordChar(text.charAt(cueStart - 1));
}

function candidatesIn(text: string, today: Date): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!isStandaloneNumber(text, start, end)) continue;
    candidates.push({ start, end, day: Number(m[1]), month: Number(m[3]), year: fullYear(m[4]!, today) }); // all groups are in every match
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!isStandaloneNumber(text, start, end)) continue;
    candidates.push({ start, end, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const m of text.matchAll(WRITTEN_DAY_MONTH)) {
    const start = m.index ?? 0;
    if (isWordChar(text.charAt(start - 1)) || (m[3] !== undefined && isWordChar(text.charAt(start + m[0].length)))) continue;
    const year = m[3] === undefined ? undefined : Number(m[3]);
    candidates.push({ start, end: start + m[0].length, day: Number(m[1]), month: monthNumber(m[2]), year });
  }
  for (const m of text.matchAll(WRITTEN_MONTH_DAY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end))) continue;
    candidates.push({ start, end, month: monthNumber(m[1]), day: Number(m[2]), year: Number(m[3]) });
  }
  return candidates;
}

/** Year-only birth dates: "født 2016". They only count with the cue, which is part of the finding. */
function birthYearsIn(text: string, today: Date): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isGluedCue(text, start, m[1]!)) continue; // the cue group is in every match
    if (!isStandaloneNumber(text, end - 4, end)) continue;
    const year = Number(m[3]);
    if (year > today.getFullYear() || year < today.getFullYear() - MAX_AGE) continue;
    findings.push(finding(text, 'dateOfBirth', 'dateOfBirth', start, end));
  }
  return findings;
}

/**
 * Dates of birth: a real date after a cue ("født", "f.", "fødselsdato", "DOB"), the cue part of the finding, or a
 * birth year ("født 2016"). Dates without a cue — revisions, plan periods, meetings — are ordinary text: flagging
 * them would teach staff to press "send anyway". `today` makes the result reproducible in tests.
 */
export function findDatesOfBirth(text: string, today: Date = new Date()): Finding[] {
  const thisYear = today.getFullYear();
  const findings: Finding[] = birthYearsIn(text, today);
  for (const c of candidatesIn(text, today)) {
    if (c.month === undefined || !isCalendarDate(c.year ?? ANY_LEAP_YEAR, c.month, c.day)) continue;
    const year = c.year ?? thisYear;
    const cueStart = cueStartBefore(text, c.start);
    if (cueStart !== undefined && year <= thisYear && year >= thisYear - MAX_AGE) {
      findings.push(finding(text, 'dateOfBirth', 'dateOfBirth', cueStart, c.end));
    }
  }
  return findings;
}
