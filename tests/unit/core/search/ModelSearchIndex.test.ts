import { ELLIPSIS, ModelSearchIndex, type SearchHit } from '../../../../src/core/search';
import { emptyModel, routine, step, testModel } from './searchTestModel';

const keysOf = (hits: SearchHit[]): string[] => hits.map((h) => h.key);
const titleMarks = (hit: SearchHit): string[] => hit.titleHighlights.map((r) => hit.title.slice(r.start, r.end));
const snippetMarks = (hit: SearchHit): string[] => hit.snippetHighlights.map((r) => hit.snippet.slice(r.start, r.end));
const hitFor = (hits: SearchHit[], key: string): SearchHit => {
  const hit = hits.find((h) => h.key === key);
  if (!hit) throw new Error(`no hit for ${key} among ${keysOf(hits).join(', ')}`);
  return hit;
};

describe('ModelSearchIndex', () => {
  const index = new ModelSearchIndex(testModel());

  it('indexes routines, services, tools, arenas and contacts', () => {
    expect(index.size).toBe(11);
  });

  describe('Bokmål, Nynorsk and English meet', () => {
    it('finds the Nynorsk "vald" when searching "vold"', () => {
      expect(keysOf(index.search('vold'))[0]).toBe('vald-overgrep');
    });

    it('finds Bokmål "vold" when searching the Nynorsk "vald"', () => {
      const idx = new ModelSearchIndex({ ...emptyModel(), routines: [routine('r', 'Vold i nære relasjoner', 'Rutine ved vold.', [])] });
      expect(keysOf(idx.search('vald'))).toEqual(['r']);
    });

    it('finds "uro" (nn) and "bekymret" (nb) when searching "bekymring"', () => {
      const keys = keysOf(index.search('bekymring'));
      expect(keys).toEqual(expect.arrayContaining(['uro-nn', 'bekymring-nb', 'samtaleguide']));
      expect(keys[0]).toBe('bekymring-nb');
    });

    it('finds the Bokmål routine when searching the Nynorsk "uro"', () => {
      expect(keysOf(index.search('uro'))).toEqual(expect.arrayContaining(['uro-nn', 'bekymring-nb']));
    });

    it('finds "barnehagen" when searching "barnehage"', () => {
      const hit = hitFor(index.search('barnehage'), 'bekymring-nb');
      expect(snippetMarks(hit)).toContain('barnehagen');
    });

    it('finds Nynorsk "fråvær" typed without å', () => {
      expect(keysOf(index.search('fravaer'))[0]).toBe('fravaer');
      expect(keysOf(index.search('fravær'))[0]).toBe('fravaer');
    });

    it('finds Norwegian content from English words and phrases', () => {
      expect(keysOf(index.search('violence'))[0]).toBe('vald-overgrep');
      expect(keysOf(index.search('child welfare'))[0]).toBe('barnevern');
      expect(keysOf(index.search('consent'))[0]).toBe('samtykke');
    });
  });

  describe('as you type', () => {
    it('finds bekymring from the prefix "bekym"', () => {
      expect(keysOf(index.search('bekym'))[0]).toBe('bekymring-nb');
    });

    it('uses a function word being typed as a prefix ("for" on the way to "foreldra")', () => {
      expect(keysOf(index.search('for'))).toContain('vald-overgrep');
      expect(index.search('for ')).toEqual([]);
    });

    it('does not use one or two letters as a prefix', () => {
      expect(index.search('b')).toEqual([]);
      expect(index.search('ba')).toEqual([]);
    });
  });

  describe('typos', () => {
    it('finds bekymring from "bekymrnig"', () => {
      expect(keysOf(index.search('bekymrnig'))[0]).toBe('bekymring-nb');
    });

    it('finds barnevern from "barnvern"', () => {
      expect(keysOf(index.search('barnvern'))[0]).toBe('barnevern');
    });

    it('does not tolerate typos in short words, where one letter makes another word', () => {
      expect(index.search('vild')).toEqual([]);
    });
  });

  describe('ranking', () => {
    const filler = 'Les rutinen nøye og noter det du ser i arbeidet ditt med barn og unge i kommunen.';

    it('ranks a title match above a summary match above a step match, even against a long title and repeated steps', () => {
      const model = {
        ...emptyModel(),
        routines: [
          routine('in-steps', 'Rutine B', filler, [step('Omsorgssvikt.'), step('Omsorgssvikt.')]),
          routine('in-summary', 'Rutine A', `Omsorgssvikt er tema. ${filler}`, [step(filler)]),
          routine('in-title', 'Rutine for arbeid med barn og unge ved mistanke om omsorgssvikt i heimen', filler, [step(filler)]),
          routine('elsewhere', 'Rutine C', filler, [step(filler)])
        ]
      };
      expect(keysOf(new ModelSearchIndex(model).search('omsorgssvikt'))).toEqual(['in-title', 'in-summary', 'in-steps']);
    });

    it('ranks urgent routines slightly higher than otherwise equal ones', () => {
      const twins = {
        ...emptyModel(),
        routines: [routine('calm', 'Vold', 'Rutine.', []), routine('urgent', 'Vold', 'Rutine.', [], { urgent: true })]
      };
      expect(keysOf(new ModelSearchIndex(twins).search('vold'))).toEqual(['urgent', 'calm']);
    });

    it('does not let the urgent boost beat a clearly better match', () => {
      const model = {
        ...emptyModel(),
        routines: [
          routine('urgent', 'Akutt fare', 'Handle straks.', [step('Vurder også mobbing.')], { urgent: true }),
          routine('mobbing', 'Mobbing', 'Rutine mot mobbing.', [])
        ]
      };
      expect(keysOf(new ModelSearchIndex(model).search('mobbing'))).toEqual(['mobbing', 'urgent']);
    });

    it('ranks results matching all words above results matching some, even when those score higher', () => {
      const model = {
        ...emptyModel(),
        routines: [
          routine('one-word', 'Samtykke', 'Samtykke.', []),
          routine('both-words', 'Informasjon', `${filler} ${filler} Samtykke i barnehagen. ${filler}`, []),
          routine('other-word', 'Barnehage', 'Barnehage.', [])
        ]
      };
      const hits = new ModelSearchIndex(model).search('samtykke barnehage');
      expect(keysOf(hits)[0]).toBe('both-words');
      expect(hits[0].score).toBeLessThan(hits[1].score);
    });
  });

  describe('highlights', () => {
    it('marks the matched word in the title, as written', () => {
      const hit = hitFor(index.search('vold'), 'vald-overgrep');
      expect(hit.titleHighlights).toEqual([{ start: 0, end: 4 }]);
      expect(titleMarks(hit)).toEqual(['Vald']);
    });

    it('marks words with æøå correctly', () => {
      const hit = hitFor(index.search('fravaer'), 'fravaer');
      expect(titleMarks(hit)).toEqual(['fråvær']);
      expect(hit.titleHighlights).toEqual([{ start: 5, end: 11 }]);
      expect(snippetMarks(hit)).toEqual(['fråvær']);
    });

    it('marks the whole word for a prefix, and variants in the snippet', () => {
      const hit = hitFor(index.search('bekym'), 'bekymring-nb');
      expect(titleMarks(hit)).toEqual(['Bekymring']);
      expect(snippetMarks(hit)).toEqual(['bekymret']);
    });

    it('takes the snippet from the steps when only the steps matched', () => {
      const hit = hitFor(index.search('politiet'), 'vald-overgrep');
      expect(hit.titleHighlights).toEqual([]);
      expect(hit.snippet).toContain('Ring barnevernvakta eller politiet.');
      expect(snippetMarks(hit)).toEqual(['politiet']);
    });

    it('returns the summary as snippet when only the title matched', () => {
      const hit = hitFor(index.search('overgang'), 'overgang');
      expect(hit.snippet).toBe('Overføring av informasjon når barnet begynner på skolen.');
      expect(hit.snippetHighlights).toEqual([]);
    });

    it('returns text, never markup', () => {
      const model = { ...emptyModel(), routines: [routine('r', 'Vold <b>test</b>', 'Om vold & <script>x</script>.', [])] };
      const hit = new ModelSearchIndex(model).search('vold')[0];
      expect(hit.title).toBe('Vold <b>test</b>');
      expect(hit.snippet).toBe('Om vold & <script>x</script>.');
      expect(snippetMarks(hit)).toEqual(['vold']);
    });
  });

  describe('snippets', () => {
    it('shows a window of about 160 characters around the first match in long steps', () => {
      const filler = Array.from({ length: 40 }, (_, i) => `Punkt ${i + 1} handlar om rutinar.`);
      const model = {
        ...emptyModel(),
        routines: [routine('long', 'Lang rutine', 'Kort samandrag.', [...filler.map((f) => step(f)), step('Kontakt helsesjukepleiar.'), ...filler.map((f) => step(f))])]
      };
      const hit = new ModelSearchIndex(model).search('helsesykepleier')[0];
      expect(hit.key).toBe('long');
      expect(hit.snippet.startsWith(ELLIPSIS)).toBe(true);
      expect(hit.snippet.endsWith(ELLIPSIS)).toBe(true);
      expect(hit.snippet.length).toBeLessThanOrEqual(162);
      expect(snippetMarks(hit)).toEqual(['helsesjukepleiar']);
    });
  });

  describe('options', () => {
    it('filters by kind', () => {
      const all = index.search('barnevern');
      expect(new Set(all.map((h) => h.kind)).size).toBeGreaterThan(1);
      const services = index.search('barnevern', { kinds: ['service'] });
      expect(services.length).toBeGreaterThan(0);
      expect(services.every((h) => h.kind === 'service')).toBe(true);
      expect(index.search('barnevern', { kinds: ['contact', 'arena'] }).map((h) => h.kind).sort()).toEqual(['arena', 'contact']);
    });

    it('limits the number of hits', () => {
      expect(index.search('barn').length).toBeGreaterThan(2);
      expect(index.search('barn', { limit: 2 })).toHaveLength(2);
    });

    it('returns nothing for an empty or function-word query', () => {
      expect(index.search('')).toEqual([]);
      expect(index.search('   ')).toEqual([]);
      expect(index.search('og i ')).toEqual([]);
    });

    it('ranks a query too long to score in masks the same way, through MiniSearch', () => {
      const padding = Array.from({ length: 40 }, (_, i) => `ord${i}x`).join(' ');
      const short = index.search('vold barnehage');
      const long = index.search(`vold barnehage ${padding}`);
      expect(keysOf(long)).toEqual(keysOf(short));
      expect(long.map((h) => h.snippet)).toEqual(short.map((h) => h.snippet));
    });

    it('keeps the best hits when the limit cuts the list', () => {
      const all = index.search('barn', { limit: 100 });
      for (const limit of [1, 2, 3]) expect(keysOf(index.search('barn', { limit }))).toEqual(keysOf(all).slice(0, limit));
      expect(index.search('barn', { limit: 0 })).toEqual([]);
    });

    it('reports the normalized terms that matched', () => {
      expect(hitFor(index.search('vald'), 'vald-overgrep').matchedTerms).toEqual(expect.arrayContaining(['vald', 'vold']));
    });
  });

  it('survives duplicate keys and an empty model', () => {
    expect(new ModelSearchIndex(emptyModel()).search('vold')).toEqual([]);
    const dup = { ...emptyModel(), routines: [routine('r', 'Vold', '', []), routine('r', 'Vold igjen', '', [])] };
    expect(new ModelSearchIndex(dup).search('vold')).toHaveLength(1);
  });
});
