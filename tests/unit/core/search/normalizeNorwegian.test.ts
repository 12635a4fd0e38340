import {
  foldNorwegian,
  normalizeNorwegian,
  NORWEGIAN_VARIANT_GROUPS,
  stemNorwegian,
  tokenizeForSearch
} from '../../../../src/core/search';

/** The key a word is primarily found under: its own stem. */
const stemKey = (word: string): string => normalizeNorwegian(word)[0];

describe('foldNorwegian', () => {
  it('folds å/aa, æ/ae and ø/oe onto one spelling, whichever way it was typed', () => {
    expect(foldNorwegian('Aasen')).toBe(foldNorwegian('Åsen'));
    expect(foldNorwegian('Bjoern')).toBe(foldNorwegian('Bjørn'));
    expect(foldNorwegian('Saeter')).toBe(foldNorwegian('Sæter'));
    expect(foldNorwegian('Åsen')).toBe('åsen');
  });

  it('drops other accents and maps ä/ö onto æ/ø', () => {
    expect(foldNorwegian('Idé')).toBe('ide');
    expect(foldNorwegian('Björn')).toBe('bjørn');
    expect(foldNorwegian('Kärlek')).toBe('kærlek');
  });

  it('folds text typed with decomposed characters like the composed form', () => {
    expect(foldNorwegian('a\u030Asen')).toBe('åsen');
  });
});

describe('stemNorwegian', () => {
  it.each([
    [['barnehage', 'barnehagen', 'barnehager', 'barnehagene', 'barnehagar', 'barnehagane'], 'barnehag'],
    [['tjeneste', 'tjenesten', 'tjenester', 'tjenestene'], 'tjenest'],
    [['rutine', 'rutinen', 'rutinar', 'rutiner', 'rutinane', 'rutinene'], 'rutin'],
    [['lærer', 'læreren', 'lærere', 'lærerne', 'lærar', 'læraren', 'lærarar', 'lærarane'], 'lær'],
    [['barn', 'barnet', 'barna', 'barnas', 'barnets'], 'barn']
  ])('makes %j meet in %s', (forms, stem) => {
    for (const form of forms) expect(stemNorwegian(foldNorwegian(form))).toBe(stem);
  });

  it('leaves short words and numbers alone', () => {
    expect(stemNorwegian('hva')).toBe('hva');
    expect(stemNorwegian('uro')).toBe('uro');
    expect(stemNorwegian('2015')).toBe('2015');
    expect(stemNorwegian('13a')).toBe('13a');
  });

  it('keeps a double s ("prosess"), removing only a genitive single s', () => {
    expect(stemNorwegian('prosess')).toBe(stemNorwegian('prosessen'));
  });
});

describe('normalizeNorwegian', () => {
  it('makes Bokmål and Nynorsk inflections of tjeneste meet (tenester → tjeneste)', () => {
    expect(normalizeNorwegian('tenester')).toContain(stemKey('tjeneste'));
    expect(normalizeNorwegian('tenesta')).toContain(stemKey('tjenesten'));
  });

  it.each([
    ['vald', 'vold'],
    ['violence', 'vold'],
    ['uro', 'bekymring'],
    ['bekymra', 'bekymring'],
    ['worry', 'bekymring'],
    ['concerns', 'bekymring'],
    ['barnevernstenesta', 'barnevern'],
    ['teieplikt', 'taushetsplikt'],
    ['kva', 'hva'],
    ['kven', 'hvem'],
    ['ikkje', 'ikke'],
    ['abuse', 'overgrep'],
    ['skule', 'skole'],
    ['parents', 'foreldre'],
    ['samtykket', 'samtykke'],
    ['consent', 'samtykke'],
    ['report', 'melding']
  ])('maps %s onto the variant group of %s', (variant, canonical) => {
    expect(normalizeNorwegian(variant)).toContain(stemKey(canonical));
  });

  it('keeps the typed stem first, so the exact spelling can rank above its variants', () => {
    expect(normalizeNorwegian('vald')[0]).toBe('vald');
    expect(normalizeNorwegian('vald')).toContain('vold');
  });

  it('maps multi-word phrases as a whole across languages', () => {
    expect(normalizeNorwegian('mental health')).toEqual(normalizeNorwegian('psykisk helse'));
    expect(normalizeNorwegian('child welfare')).toContain(stemKey('barnevern'));
    expect(normalizeNorwegian('vald i nære relasjonar')).toEqual(normalizeNorwegian('vold i nære relasjoner'));
  });

  it('returns the keys of every word for text that is not a known phrase', () => {
    expect(normalizeNorwegian('vald skule')).toEqual(expect.arrayContaining(['vold', stemKey('skole')]));
  });

  it('finds variant words inside Norwegian compounds', () => {
    expect(normalizeNorwegian('bekymringsmelding')).toEqual(expect.arrayContaining([stemKey('melding'), 'bekymring']));
    expect(normalizeNorwegian('voldsutsatt')).toContain('vold');
    expect(normalizeNorwegian('skulehelsetenesta')).toContain(stemKey('tjeneste'));
  });

  it('does not split words whose start only looks like a variant', () => {
    expect(normalizeNorwegian('hjemmel')).not.toContain(stemKey('hjem'));
    expect(normalizeNorwegian('voldsom')).not.toContain('vold');
    expect(normalizeNorwegian('transparent')).not.toContain(stemKey('foreldre'));
  });

  it('drops function words and single letters but keeps numbers', () => {
    expect(normalizeNorwegian('og')).toEqual([]);
    expect(normalizeNorwegian('the')).toEqual([]);
    expect(normalizeNorwegian('x')).toEqual([]);
    expect(normalizeNorwegian('7')).toEqual(['7']);
  });
});

describe('norwegianVariants', () => {
  it('has at least 40 groups, each named by a Bokmål term', () => {
    expect(NORWEGIAN_VARIANT_GROUPS.length).toBeGreaterThanOrEqual(40);
    for (const group of NORWEGIAN_VARIANT_GROUPS) expect(group.nb[0]).toMatch(/\S/);
  });

  it('spells every term in lower case, as the lookup expects after folding', () => {
    for (const group of NORWEGIAN_VARIANT_GROUPS) {
      for (const term of [...group.nb, ...(group.nn ?? []), ...(group.en ?? [])]) expect(term).toBe(term.toLowerCase());
    }
  });
});

describe('tokenizeForSearch', () => {
  it('returns every word with its position, plus known phrases as extra tokens', () => {
    const text = 'Mental health i barnehagen';
    const tokens = tokenizeForSearch(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mental', 'health', 'i', 'barnehagen', 'Mental health']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not join a phrase across a full stop', () => {
    expect(tokenizeForSearch('Mental. Health').map((t) => t.text)).toEqual(['Mental', 'Health']);
  });
});
