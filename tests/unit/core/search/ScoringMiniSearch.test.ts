import MiniSearch from 'minisearch';
import { normalizeNorwegian, searchDocumentsOf, tokenizeForSearch, type SearchDocument } from '../../../../src/core/search';
import { planQuery } from '../../../../src/core/search/planQuery';
import { ScoringMiniSearch } from '../../../../src/core/search/ScoringMiniSearch';
import { buildSynonymLookup, DEFAULT_SYNONYMS } from '../../../../src/core/search/synonyms';
import { routine, step, testModel } from './searchTestModel';

const options = {
  fields: ['title', 'summary', 'body', 'reference'],
  tokenize: (text: string): string[] => tokenizeForSearch(text).map((t) => t.text),
  processTerm: (term: string): string[] => normalizeNorwegian(term)
};
const BOOSTS = { title: 4, summary: 2, body: 1, reference: 0.5 };
const KEYS_AS_GIVEN = { tokenize: (key: string): string[] => [key], processTerm: (key: string): string => key };

/** The test model with more routines, so prefixes and typos reach several index terms and documents. */
function documents(): SearchDocument[] {
  const model = testModel();
  const extra = [
    routine('voldsutsatt', 'Voldsutsatte barn', 'Når barnet er voldsutsatt eller ser vold i nære relasjonar.', [step('Meld til barnevernet', 'Bekymringsmelding samme dag')]),
    routine('psykisk', 'Psykisk helse hos barn', 'Psykisk uhelse og helsestasjon.', [step('Snakk med helsesykepleier')], { urgent: true }),
    routine('fravaer-skule', 'Høgt fråvær på skulen', 'Skolefravær og bekymring for foreldre.', [step('Foreldresamtale', 'Samtykke frå foreldra')])
  ];
  return searchDocumentsOf({ ...model, routines: [...model.routines, ...extra] });
}

describe('ScoringMiniSearch', () => {
  const docs = documents();
  const scoring = new ScoringMiniSearch(options);
  scoring.addAll(docs);
  const plain = new MiniSearch<SearchDocument>(options);
  plain.addAll(docs);
  const synonyms = buildSynonymLookup(DEFAULT_SYNONYMS);

  it.each(['vold', 'vald', 'bekym', 'bekymrnig', 'barnehagen', 'psykisk helse', 'skole fravær', 'redd', 'child welfare', 'foreldre samtykke', 'helse', 'uro'])(
    'scores "%s" as MiniSearch does, with the terms and fields each document matched',
    (query) => {
      const words = planQuery(query, synonyms);
      const expected = plain.search({ combineWith: 'OR', queries: words.map((w) => w.query) }, { ...KEYS_AS_GIVEN, boost: BOOSTS });
      expect(expected.length).toBeGreaterThan(0);
      const scores = scoring.scoreQuery(words, BOOSTS);
      if (!scores) throw new Error('a short query is scored');
      const ids = scores.matched.map((shortId) => scoring.documentIdOf(shortId));
      expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id)));
      for (const result of expected) {
        const shortId = scores.matched[ids.indexOf(result.id)];
        expect(scores.score[shortId]).toBeCloseTo(result.score, 9);
        const keysMatched = [...scores.keyBits].filter(([, bit]) => scores.keys[shortId] & (1 << bit)).map(([key]) => key);
        expect(new Set(keysMatched)).toEqual(new Set(result.queryTerms));
        const matches = scores.matchesOf(shortId);
        expect(new Set(matches.keys())).toEqual(new Set(result.terms));
        for (const term of result.terms) expect(new Set(matches.get(term))).toEqual(new Set(result.match[term]));
        const inTitle = [...scores.keyBits].filter(([, bit]) => scores.titleKeys[shortId] & (1 << bit)).map(([key]) => key);
        expect(new Set(inTitle)).toEqual(new Set(result.terms.filter((t) => scores.keyBits.has(t) && result.match[t].includes('title'))));
      }
    }
  );

  it('clears the previous query\'s scores before scoring the next', () => {
    const first = scoring.scoreQuery(planQuery('vold', synonyms), BOOSTS);
    const firstMatched = [...(first?.matched ?? [])];
    const second = scoring.scoreQuery(planQuery('nav', synonyms), BOOSTS);
    if (!second) throw new Error('a short query is scored');
    const onlyFirst = firstMatched.filter((id) => !second.matched.includes(id));
    expect(onlyFirst.length).toBeGreaterThan(0);
    for (const id of onlyFirst) expect([second.score[id], second.keys[id], second.titleKeys[id]]).toEqual([0, 0, 0]);
  });

  it('scores a loaded index (MiniSearch.loadJSON) the same as the built one', () => {
    const loaded = ScoringMiniSearch.adopt(MiniSearch.loadJSON<SearchDocument>(JSON.stringify(scoring), options), options);
    const words = planQuery('bekymring barnehage', synonyms);
    const a = scoring.scoreQuery(words, BOOSTS);
    const scoreById = new Map(a?.matched.map((id) => [scoring.documentIdOf(id), a.score[id]]));
    const b = loaded.scoreQuery(words, BOOSTS);
    expect(new Map(b?.matched.map((id) => [loaded.documentIdOf(id), b.score[id]]))).toEqual(scoreById);
  });

  it('leaves a query with more keys than its masks hold to MiniSearch', () => {
    const long = Array.from({ length: 40 }, (_, i) => `ord${i}x`).join(' ');
    expect(scoring.scoreQuery(planQuery(long, synonyms), BOOSTS)).toBeUndefined();
  });
});
