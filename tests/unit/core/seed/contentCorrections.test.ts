import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelDocument } from '../../../../src/core/model/ModelDocument';

/**
 * The content review of issue #13: the starter model, read literally by a worried teacher, must say what the law in
 * force says. Each check names the wording that was wrong before. See docs/content-sources.md for the sources.
 */
function load(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8'));
}

/** Every string in a document, with the path it stands at. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

describe.each(['nb', 'nn'] as const)('starter model content (%s)', (locale) => {
  const doc = load(locale);
  const text = JSON.stringify(doc);
  const routine = (key: string): (typeof doc.routines)[number] => doc.routines.find((r) => r.key === key)!;

  it('words the duty to report as barnevernsloven (2021) § 13-2 does, not as the repealed act did', () => {
    expect(text).not.toMatch(/vedvarende alvorlige atferdsvansker|vedvarande alvorlege åtferdsvanskar/i);
    expect(routine('bekymringsmelding-barnevern').summary).toMatch(/alvorlige? atferdsvansk|alvorlege åtferdsvansk/);
    expect(routine('bekymringsmelding-barnevern').summary).toMatch(/menneskehandel/);
  });

  it('keeps the violence exception to anyone in the home and to any case where telling the parents endangers the child or evidence', () => {
    expect(text).not.toMatch(/overgrep (fra foreldrene|frå foreldra)[.,]/);
    for (const t of [routine('bti-niva-0-uro').steps[3].how, routine('bekymringsmelding-barnevern').steps[1].how, routine('foreldresamtale-rus-psykisk-helse').summary]) {
      expect(t).toMatch(/(noen i barnets hjem|nokon i heimen til barnet)/);
      expect(t).toMatch(/bevis/);
    }
  });

  it('says on level 0 that 14 days is the latest and that a triggered duty to report means now', () => {
    const level0 = routine('bti-niva-0-uro');
    expect(level0.summary).toMatch(/(senest|seinast) inn[ea]n 14/);
    expect(level0.summary).toMatch(/meld straks/);
    expect(level0.steps[4].deadline).toMatch(/straks/);
  });

  it('gives the right to a barnekoordinator only where the child has serious illness, injury or disability', () => {
    const level3 = routine('bti-niva-3-tverrfaglig');
    for (const t of [level3.summary, level3.steps[1].how]) expect(t).toMatch(/barnekoordinator[^.]*(alvorlig sykdom|alvorleg sjukdom)|(alvorlig sykdom|alvorleg sjukdom)[^.]*barnekoordinator/);
    expect(level3.legalBasis).toMatch(/2-5 c/);
    expect(routine('individuell-plan-barnekoordinator').legalBasis).toMatch(/7-2 a/);
  });

  it('states one consent age for health care, 16 (pasient- og brukerrettighetsloven § 4-3), and never calls it a municipal choice', () => {
    expect(text).not.toMatch(/\(15 eller 16 år\)/);
    const consent = routine('innhente-samtykke');
    expect(consent.summary).toMatch(/16 år \(pasient- og (brukerrettighetsloven|brukarrettslova) § 4-3\)/);
  });

  it('tells staff not to promise secrecy, instead of "not allowed to keep secrets"', () => {
    expect(text).not.toMatch(/Ikke lov å holde på hemmeligheter|Ikkje lov å halde på løyndomar|lov å holde det hemmelig\b|lov å halde det løynt/);
    expect(routine('bti-niva-0-uro').steps[2].how).toMatch(/Ikk(e|je) lov barnet/);
  });

  it('lists VO-linjen 116 006', () => {
    expect(doc.contacts.find((c) => c.reach.phone === '116 006')).toBeDefined();
  });

  it('says the user survey is every other year wherever its cadence is given', () => {
    expect(text).not.toMatch(/årlige brukerundersøkelser|årlege brukarundersøkingar|yearly user surveys|hvert andre år|kvart andre år/);
    expect(doc.annualWheel.find((a) => a.key === 'brukerundersokelse')?.everyYears).toBe(2);
  });

  it('cites opplæringslova (2023) by paragraph and the private schools act beside it', () => {
    expect(text).not.toMatch(/opplæringslova \(2023\) \(opplysningsplikt/i);
    expect(routine('bekymringsmelding-barnevern').legalBasis).toMatch(/opplæringslova \(2023\) § \d+-\d+[^;]*; privatskolelova § 7-4/);
  });

  it('uses only .example domains for the demo municipality, so no one can own them', () => {
    const demo = strings(doc).filter(([, v]) => /demo-kommune/.test(v));
    expect(demo.length).toBeGreaterThan(0);
    for (const [path, value] of demo) expect(`${path} ${value}`).toMatch(/demo-kommune\.example\b/);
    for (const service of doc.services) if (service.reach.email) expect(service.reach.email).toMatch(/^[a-z-]+@demo-kommune\.example$/);
  });
});

describe('Nynorsk starter model', () => {
  const text = JSON.stringify(load('nn'));
  it('writes stafetthaldar and «Breitt tverrfagleg samarbeid»', () => {
    expect(text).not.toMatch(/stafettholdar/i);
    expect(text).toMatch(/stafetthaldar/i);
    expect(text).not.toMatch(/Brei tverrfagleg samarbeid/);
    expect(text).toMatch(/Breitt tverrfagleg samarbeid/);
  });
});
