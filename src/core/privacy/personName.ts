import { hasWordEnding, isCommonCapitalizedWord } from './commonCapitalizedWords';
import { finding, type Finding, type FindingReason } from './Finding';
import type { AllowList } from './allowList';
import { nameLists } from './names/nameLists';
import { isAllCaps, isCapitalized, isSentenceStart, tokenize, type Token } from './tokens';

/** Ages of the services' users: children and young people up to 25 (aftercare). */
const MAX_AGE = 25;

/** Words after which the next word is somebody's name: "gjelder Noah", "heter Emma", "sønnen Jonas", "lille Ida". */
const CUES: ReadonlySet<string> = new Set([
  'gjelder', 'gjeld', 'angående', 'ang', 'vedrørende', 'vedr', 'heter', 'het', 'heiter', 'kalt', 'kalles', 'navn', 'namn',
  'navnet', 'namnet', 'eleven', 'elev', 'eleven', 'gutten', 'guten', 'jenta', 'jenten', 'sønnen', 'sonen', 'datteren',
  'dottera', 'dattera', 'sønn', 'son', 'datter', 'dotter', 'barnet', 'ungen', 'babyen', 'lille', 'vesle', 'veslebror',
  'lillebror', 'storebror', 'lillesøster', 'veslesyster', 'storesøster', 'storesyster', 'bror', 'broren', 'broa',
  'søster', 'søstera', 'søsteren', 'syster', 'systera', 'mor', 'mora', 'moren', 'far', 'faren', 'mamma', 'pappa',
  'mammaen', 'pappaen', 'stefar', 'stemor', 'fosterbarnet', 'fostersønnen', 'fosterdatteren', 'fosterguten',
  'fosterjenta', 'tvillingen', 'kusinen', 'fetteren', 'nevøen', 'niesen', 'barnebarnet', 'bestemor', 'bestefar',
  'barnehagebarnet', 'ungdommen', 'pasienten', 'eleven', 'pupil', 'boy', 'girl', 'son', 'daughter', 'named', 'called'
]);

/** Words that may stand between a name and its class: "Sondre i 2C", "Emma går i 3B", "Kari, elev i 5. klasse". */
const CLASS_FILLERS: ReadonlySet<string> = new Set(['i', 'fra', 'frå', 'på', 'går', 'gikk', 'gjekk', 'som', 'elev', 'eleven', 'in', 'from']);

/** Words that with a number or a name make a class or a group: "5. klasse", "trinn 3", "gruppe Ekorn", "avdeling Lyngen". */
const CLASS_WORDS: ReadonlySet<string> = new Set([
  'klasse', 'klassen', 'kl', 'trinn', 'trinnet', 'klassetrinn', 'årstrinn', 'gruppe', 'gruppa', 'gruppen', 'avdeling',
  'avdelinga', 'avdelingen', 'avd', 'base', 'basen', 'class', 'grade', 'year'
]);

/** Words after which the next one or two are part of an institution's name: "Barnehagen Solsikken", "NAV Sentrum". */
const INSTITUTION_BEFORE: ReadonlySet<string> = new Set([
  'barnehagen', 'barnehage', 'helsestasjon', 'helsestasjonen', 'nav', 'skolen', 'skulen', 'legesenteret',
  'familiesenteret', 'bydel', 'statsforvalteren', 'statsforvaltaren', 'krisesenteret', 'barnehuset', 'sykehuset',
  'sjukehuset', 'fritidsklubben', 'ungdomsklubben', 'menigheten', 'kirke', 'kyrkje', 'idrettslaget', 'kommune', 'bup',
  'dps', 'ppt', 'politistasjon', 'politiet'
]);
/** Words before which the previous one or two are part of an institution's name: "Nordby skole", "Lia barnehage". */
const INSTITUTION_AFTER: ReadonlySet<string> = new Set([
  'skole', 'skule', 'barneskole', 'barneskule', 'ungdomsskole', 'ungdomsskule', 'barnehage', 'barnehagen',
  'helsestasjon', 'legesenter', 'legekontor', 'idrettslag', 'il', 'kirke', 'kyrkje', 'menighet', 'bibliotek',
  'fritidsklubb', 'sfo', 'aks', 'familiesenter', 'bydel', 'kommune', 'sykehus', 'sjukehus', 'skolen', 'skulen',
  'videregående', 'vidaregåande', 'vgs', 'senter', 'sentrum', 'omsorgssenter', 'park', 'hall', 'stadion', 'gård',
  'modellen', 'metoden', 'programmet'
]);

type Strength = 'strong' | 'weak' | 'unknownCap' | 'unknownLower';

interface NameContext {
  text: string;
  tokens: Token[];
  allow: AllowList;
  /** Token indexes inside an institution's name. */
  institution: Set<number>;
  allCapsText: boolean;
}

function isClassToken(text: string, t: Token): boolean {
  if (!/^\d{1,2}[a-hA-H]$/.test(t.text)) return false;
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  return !/§\s?$/.test(before);
}

/** If a class reference starts at token i, the index of its last token. */
function classAt(ctx: NameContext, i: number): number | undefined {
  const { tokens, text } = ctx;
  const t = tokens[i];
  if (!t) return undefined;
  if (isClassToken(text, t)) return i;
  const next = tokens[i + 1];
  if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 13 && next && CLASS_WORDS.has(next.lower) && /^\.?\s?$/.test(text.slice(t.end, next.start))) {
    return i + 1;
  }
  if (CLASS_WORDS.has(t.lower) && next && /^:?\s$/.test(text.slice(t.end, next.start))) {
    if (/^\d{1,2}[a-hA-H]?$/.test(next.text)) return i + 1;
    if (isCapitalized(next.text) && !isCommonCapitalizedWord(next.text)) return i + 1;
  }
  return undefined;
}

/** The end offset of a class reference right after token `last` (skipping "i", "går i", ","), if any. */
function classAfter(ctx: NameContext, last: number): number | undefined {
  const { tokens, text } = ctx;
  let j = last + 1;
  for (let hops = 0; hops < 3 && j < tokens.length; hops++) {
    const before = tokens[j - 1];
    const token = tokens[j];
    if (!before || !token) return undefined; // never: last < j < tokens.length
    if (!/^[\s,.()–-]*$/.test(text.slice(before.end, token.start))) return undefined;
    const end = classAt(ctx, j);
    if (end !== undefined) return tokens[end]!.end; // classAt answers with the index of a token it read
    if (!CLASS_FILLERS.has(token.lower)) return undefined;
    j++;
  }
  return undefined;
}

/**
 * The start offset of a class reference right before token `first`, set off by a comma, a colon or "elev":
 * "3B, elev A.H.", "2C: Sondre", "5. klasse, Emma". ("2c gruer" is a class and a verb, not a class and a name.)
 */
function classBefore(ctx: NameContext, first: number): number | undefined {
  const { tokens, text } = ctx;
  let j = first - 1;
  let setOff = false;
  for (let hops = 0; hops < 3 && j >= 0; hops++) {
    const token = tokens[j];
    const after = tokens[j + 1];
    if (!token || !after) return undefined; // never: 0 <= j < first < tokens.length
    const between = text.slice(token.end, after.start);
    if (!/^[\s,:()–-]*$/.test(between)) return undefined;
    if (/[,:(–-]/.test(between)) setOff = true;
    if (isClassToken(text, token)) return setOff ? token.start : undefined;
    const number = tokens[j - 1];
    if (CLASS_WORDS.has(token.lower) && number && /^\d{1,2}$/.test(number.text)) return setOff ? number.start : undefined;
    if (token.lower === 'elev' || token.lower === 'eleven') setOff = true;
    else if (!CLASS_FILLERS.has(token.lower) && !CLASS_WORDS.has(token.lower)) return undefined;
    j--;
  }
  return undefined;
}

const AGE_AFTER = /^(?:\s?\(\s*(\d{1,2})\s*(?:år|års|y)?\s*\)|,?\s+(?:på\s+|paa\s+)?(\d{1,2})\s*(?:år|mnd|måneder|månader)\b|,?\s+(\d{1,2})\s*-?\s*åring)/iu;

/** The end offset of an age right after a name: "Jonas (6)", "Emma på 7 år", "Kari, 8 år", "Ida 9-åring". */
function ageAfter(text: string, end: number): number | undefined {
  const m = AGE_AFTER.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const age = Number(m[1] ?? m[2] ?? m[3]);
  return age <= MAX_AGE ? end + m[0].length : undefined;
}

function hasCueBefore(ctx: NameContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  const token = ctx.tokens[i];
  if (!before || !token || !CUES.has(before.lower)) return false;
  return /^:?\s+$/.test(ctx.text.slice(before.end, token.start));
}

function institutionTokens(tokens: Token[]): Set<number> {
  const set = new Set<number>();
  tokens.forEach((t, i) => {
    if (INSTITUTION_BEFORE.has(t.lower)) {
      set.add(i + 1);
      const second = tokens[i + 2];
      if (second && isCapitalized(second.text)) set.add(i + 2);
    }
    const oneBefore = tokens[i - 1];
    const twoBefore = tokens[i - 2];
    if (INSTITUTION_AFTER.has(t.lower) && oneBefore) {
      set.add(i - 1);
      if (twoBefore && isCapitalized(twoBefore.text) && isCapitalized(oneBefore.text)) set.add(i - 2);
    }
    // "Kvello-modellen", "Marte Meo-metoden": a hyphenated word ending in a lower-case common word is a term.
    if (/-\p{Ll}/u.test(t.text)) {
      set.add(i);
      if (oneBefore && isCapitalized(oneBefore.text) && isCapitalized(t.text)) set.add(i - 1);
    }
  });
  return set;
}

/** How strongly token i reads as a name on its own; undefined when it is an ordinary word. */
function strengthOf(ctx: NameContext, i: number): Strength | undefined {
  const t = ctx.tokens[i];
  if (!t || ctx.institution.has(i) || ctx.allow.words.has(t.lower) || CUES.has(t.lower) || /\d/.test(t.text) || t.text.length < 2) return undefined;
  const lists = nameLists();
  const parts = t.lower.split('-');
  if (lists.given.has(t.lower) || (parts.length > 1 && parts.every((p) => lists.given.has(p) || lists.homographs.has(p)))) {
    return 'strong';
  }
  if (t.lower.endsWith('s') && lists.given.has(t.lower.slice(0, -1)) && isCapitalized(t.text)) return 'strong';
  if (lists.homographs.has(t.lower)) {
    const midSentenceCapital = isCapitalized(t.text) && !ctx.allCapsText && !isAllCaps(t.text) && !isSentenceStart(ctx.text, t.start);
    return midSentenceCapital && !lists.contextOnly.has(t.lower) ? 'strong' : 'weak';
  }
  if (isCommonCapitalizedWord(t.text) || hasWordEnding(t.text)) return undefined;
  if (lists.surnames.has(t.lower)) return 'weak';
  if (isCapitalized(t.text)) return isAllCaps(t.text) && t.text.length <= 4 ? undefined : 'unknownCap';
  return t.text.length >= 3 ? 'unknownLower' : undefined;
}

/** Whether token j continues a name: a surname, another given name, a capitalized unknown word, or an initial. */
function continuesName(ctx: NameContext, j: number, strength: Strength): boolean {
  const t = ctx.tokens[j];
  const before = ctx.tokens[j - 1];
  if (!t || !before || ctx.institution.has(j) || ctx.allow.words.has(t.lower)) return false;
  if (!/^[ -]$/.test(ctx.text.slice(before.end, t.start))) return false;
  const lists = nameLists();
  if (/^\p{L}$/u.test(t.text) && ctx.text.charAt(t.end) === '.') return true;
  if (lists.surnames.has(t.lower) || lists.given.has(t.lower)) return !isCommonCapitalizedWord(t.text) || isCapitalized(t.text);
  if (isCommonCapitalizedWord(t.text) || hasWordEnding(t.text) || /\d/.test(t.text)) return false;
  // "Emma Bakkejord": a capitalized word after a name is its surname; in lower case only after a known name.
  if (isCapitalized(t.text)) return strength !== 'unknownLower';
  return strength === 'strong' && /(?:sen|son|stad|rud|heim|land|nes|vik|berg|dal|bakken|haug|haugen|lie|li|by|seth|øy|rød|set|mo|moen|skog|strand|lund|vold|ås|aas|hus)$/u.test(t.lower);
}

/**
 * Names of children, recognised by the name list (in any case) and by context — a class ("Sondre i 2C"), an age
 * ("Jonas (6)"), a word that introduces a name ("gjelder", "heter", "sønnen", "lille") or a surname — never by a
 * capital letter alone.
 */
export function findPersonNames(text: string, allow: AllowList): Finding[] {
  const tokens = tokenize(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const ctx: NameContext = {
    text,
    tokens,
    allow,
    institution: institutionTokens(tokens),
    allCapsText: letters.length > 3 && letters === letters.toUpperCase()
  };
  const findings: Finding[] = [];
  let i = 0;
  while (i < tokens.length) {
    const strength = strengthOf(ctx, i);
    if (!strength) {
      i++;
      continue;
    }
    let last = i;
    while (last - i < 3 && continuesName(ctx, last + 1, strength)) last++;
    // i < tokens.length (the loop), and continuesName(last) holds only for a token that exists.
    const lastToken = tokens[last]!;
    const nameEnd = lastToken.end + (/^\p{L}$/u.test(lastToken.text) && text.charAt(lastToken.end) === '.' ? 1 : 0);
    const classEnd = classAfter(ctx, last);
    // A lower-case word the name list does not know is only a name with a class or an age in brackets: "barn
    // under 12 år" is a rule, "mohammed (6)" a child.
    const ageEnd = strength === 'unknownLower' && !/^\s?\(/.test(text.slice(nameEnd)) ? undefined : ageAfter(text, nameEnd);
    const classStart = classEnd === undefined && strength !== 'unknownLower' ? classBefore(ctx, i) : undefined;
    const cue = hasCueBefore(ctx, i);
    const fullName = last > i;
    let reason: FindingReason | undefined;
    if (classEnd !== undefined || classStart !== undefined) reason = 'nameWithClass';
    else if (ageEnd !== undefined) reason = 'nameWithAge';
    else if (fullName && strength !== 'unknownLower') reason = 'fullName';
    else if (cue && strength !== 'unknownLower') reason = 'nameWithCue';
    else if (strength === 'strong') reason = 'givenName';
    if (fullName && strength === 'unknownCap' && reason === 'fullName') {
      // Two capitalized unknown words ("Helse Nord", "Tidlig Inn") are a title, not a name, without more context.
      const lists = nameLists();
      if (!tokens.slice(i + 1, last + 1).some((t) => lists.surnames.has(t.lower) || lists.given.has(t.lower))) reason = undefined;
    }
    if (!reason) {
      i++;
      continue;
    }
    // "ola nordmann i 3b": a first name the list does not know, right before the flagged surname.
    const token = tokens[i]!; // i < tokens.length (the loop)
    const before = tokens[i - 1];
    const firstToken = before && findings.every((f) => f.end <= before.start) && ctx.text.slice(before.end, token.start) === ' ' && strengthOf(ctx, i - 1) !== undefined ? before : token;
    const start = classStart !== undefined ? Math.min(classStart, firstToken.start) : firstToken.start;
    const end = Math.max(nameEnd, classEnd ?? 0, ageEnd ?? 0);
    findings.push(finding(text, 'name', reason, start, end));
    i = last + 1;
  }
  return findings;
}
