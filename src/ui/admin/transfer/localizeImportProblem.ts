import type { Locale } from '../../../core/i18n/Locale';
import type { ImportProblem } from '../../../core/transfer/ImportProblem';
import type { PrivacyStrings } from '../../strings/privacyStrings';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const q = (text: string): string => `«${text.replace(/^"|"$/g, '')}»`;

/**
 * The import's problems are written in English (they also go to logs and tools); a project group reads them in
 * its own language, in its own words. Each known message pattern has a sentence per language; an unknown one is
 * shown as it is rather than dropped.
 */
const RULES: Record<Exclude<Locale, 'en'>, Rule[]> = {
  nb: [
    [/^is missing$/, () => 'mangler'],
    [/^is required but empty$/, () => 'må fylles ut'],
    [/^is too large a number$/, () => 'er et for stort tall'],
    [/^is not a valid key: .*got (".*")$/, (m) => `er ikke en gyldig nøkkel: bruk bare a–z, 0–9 og bindestrek mellom dem (ikke mellomrom, store bokstaver, æøå eller «/»). Nå står det ${q(m[1])}`],
    [/^is (\d+) characters long; a key has at most (\d+)$/, (m) => `er ${m[1]} tegn lang; en nøkkel kan ha høyst ${m[2]}`],
    [/^must be a real date as yyyy-mm-dd, got (".*")$/, (m) => `må være en dato som finnes, skrevet åååå-mm-dd. Nå står det ${q(m[1])}`],
    [/^must be a date, got (.*)$/, (m) => `må være en dato (åååå-mm-dd). Nå står det ${q(m[1])}`],
    [/^is (\d+) characters long; the limit is (\d+)$/, (m) => `er ${m[1]} tegn lang; grensen er ${m[2]}`],
    [/^must be one of (.+), got (.*)$/, (m) => `må være en av ${m[1]}. Nå står det ${q(m[2])}`],
    [/^repeats the key "(.*)" of an earlier (item|dimension|value)$/, (m) => `nøkkelen ${q(m[1])} er brukt før i filen`],
    [/^names "(.*)", which is not a key in (\w+) of this file$/, (m) => `viser til ${q(m[1])}, som ikke finnes i ${m[2]} i filen`],
    [/^is not a field of the model format$/, () => 'hører ikke med i modellformatet (skrivefeil?)'],
    [/^has (\d+) rows; the limit is (\d+)$/, (m) => `har ${m[1]} rader; grensen er ${m[2]}`],
    [/^must be an http\(s\) address or a site-relative path$/, () => 'må være en nettadresse (https://…) eller en sti på nettstedet (/sites/…)'],
    [/^step (\d+) names tool "(.*)", which does not exist; ignored$/, (m) => `steg ${m[1]} viser til verktøyet ${q(m[2])}, som ikke finnes`],
    [/^must be (.+?)(?: or left out)?, got (.+)$/, (m) => `må være ${kind(m[1], 'nb')}, men er ${kind(m[2], 'nb')}`]
  ],
  nn: [
    [/^is missing$/, () => 'manglar'],
    [/^is required but empty$/, () => 'må fyllast ut'],
    [/^is too large a number$/, () => 'er eit for stort tal'],
    [/^is not a valid key: .*got (".*")$/, (m) => `er ikkje ein gyldig nøkkel: bruk berre a–z, 0–9 og bindestrek mellom dei (ikkje mellomrom, store bokstavar, æøå eller «/»). No står det ${q(m[1])}`],
    [/^is (\d+) characters long; a key has at most (\d+)$/, (m) => `er ${m[1]} teikn lang; ein nøkkel kan ha høgst ${m[2]}`],
    [/^must be a real date as yyyy-mm-dd, got (".*")$/, (m) => `må vere ein dato som finst, skriven åååå-mm-dd. No står det ${q(m[1])}`],
    [/^must be a date, got (.*)$/, (m) => `må vere ein dato (åååå-mm-dd). No står det ${q(m[1])}`],
    [/^is (\d+) characters long; the limit is (\d+)$/, (m) => `er ${m[1]} teikn lang; grensa er ${m[2]}`],
    [/^must be one of (.+), got (.*)$/, (m) => `må vere ein av ${m[1]}. No står det ${q(m[2])}`],
    [/^repeats the key "(.*)" of an earlier (item|dimension|value)$/, (m) => `nøkkelen ${q(m[1])} er brukt før i fila`],
    [/^names "(.*)", which is not a key in (\w+) of this file$/, (m) => `viser til ${q(m[1])}, som ikkje finst i ${m[2]} i fila`],
    [/^is not a field of the model format$/, () => 'høyrer ikkje med i modellformatet (skrivefeil?)'],
    [/^has (\d+) rows; the limit is (\d+)$/, (m) => `har ${m[1]} rader; grensa er ${m[2]}`],
    [/^must be an http\(s\) address or a site-relative path$/, () => 'må vere ei nettadresse (https://…) eller ein sti på nettstaden (/sites/…)'],
    [/^step (\d+) names tool "(.*)", which does not exist; ignored$/, (m) => `steg ${m[1]} viser til verktøyet ${q(m[2])}, som ikkje finst`],
    [/^must be (.+?)(?: or left out)?, got (.+)$/, (m) => `må vere ${kind(m[1], 'nn')}, men er ${kind(m[2], 'nn')}`]
  ]
};

const KINDS: Record<Exclude<Locale, 'en'>, Record<string, string>> = {
  nb: { text: 'tekst', 'a number': 'et tall', 'true or false': 'true eller false', 'true/false': 'true/false', 'a list of texts': 'en liste med tekster', 'an object': 'et objekt', 'a list': 'en liste', null: 'tom (null)' },
  nn: { text: 'tekst', 'a number': 'eit tal', 'true or false': 'true eller false', 'true/false': 'true/false', 'a list of texts': 'ei liste med tekstar', 'an object': 'eit objekt', 'a list': 'ei liste', null: 'tom (null)' }
};

function kind(name: string, locale: Exclude<Locale, 'en'>): string {
  return KINDS[locale][name] ?? name;
}

const COLLECTIONS: Record<Locale, Record<string, string>> = {
  nb: { settings: 'Innstillinger', dimensions: 'Dimensjoner', services: 'Tjenester', tools: 'Verktøy', arenas: 'Arenaer', routines: 'Rutiner', contacts: 'Kontakter', actionPlan: 'Handlingsplan', annualWheel: 'Årshjul', '(file)': 'Filen' },
  nn: { settings: 'Innstillingar', dimensions: 'Dimensjonar', services: 'Tenester', tools: 'Verktøy', arenas: 'Arenaer', routines: 'Rutinar', contacts: 'Kontaktar', actionPlan: 'Handlingsplan', annualWheel: 'Årshjul', '(file)': 'Fila' },
  en: { settings: 'Settings', dimensions: 'Dimensions', services: 'Services', tools: 'Tools', arenas: 'Arenas', routines: 'Routines', contacts: 'Contacts', actionPlan: 'Action plan', annualWheel: 'Annual wheel', '(file)': 'The file' }
};

const PRIVACY_LEAD: Record<Locale, string> = {
  nb: 'kan identifisere et barn, og slikt skal ikke inn i modellen:',
  nn: 'kan identifisere eit barn, og slikt skal ikkje inn i modellen:',
  en: 'may identify a child, and that must not go into the model:'
};

/** The part of the file in the UI's language ("Rutiner" for routines). */
export function localizeWhere(where: string, locale: Locale): string {
  return COLLECTIONS[locale][where] ?? where;
}

/** One problem's message in the UI's language; privacy findings in the guard's own words (strings.privacy). */
export function localizeImportMessage(problem: ImportProblem, locale: Locale, privacy: PrivacyStrings): string {
  if (problem.findings && problem.findings.length > 0) {
    return `${PRIVACY_LEAD[locale]} ${problem.findings.map((f) => privacy.reasons[f.reason](f.text)).join('; ')}`;
  }
  if (locale === 'en') return problem.message;
  for (const [pattern, say] of RULES[locale]) {
    const match = pattern.exec(problem.message);
    if (match) return say(match);
  }
  return problem.message;
}
