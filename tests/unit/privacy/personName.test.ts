import { COMMON_FIRST_NAMES, detectPersonalData, findPersonNames, isSentenceStart } from '../../../src/core/privacy';

const names = (text: string, allow: string[] = []): Array<[string, string]> =>
  findPersonNames(text, new Set(allow)).map((f) => [f.text, f.confidence]);

describe('findPersonNames', () => {
  it('flags an unknown capitalized word mid-sentence as a possible name', () => {
    expect(names('Vi har snakka med Trym om saka.')).toEqual([['Trym', 'medium']]);
  });

  it('reports the position of the name', () => {
    expect(findPersonNames('Vi møtte Trym i går.')).toEqual([{ kind: 'name', start: 9, end: 13, text: 'Trym', confidence: 'medium' }]);
  });

  it.each(['Emma', 'Noah', 'Jakob', 'Sofie', 'Filip', 'Håkon'])('flags the common first name %s even at the start of a sentence', (name) => {
    expect(names(`${name} har vore mykje borte.`)).toEqual([[name, 'high']]);
    expect(names(`Samtale i dag. ${name} var stille.`)).toEqual([[name, 'high']]);
  });

  it('has at least 60 common first names', () => {
    expect(COMMON_FIRST_NAMES.length).toBeGreaterThanOrEqual(60);
  });

  it('flags a genitive of a first name and hyphenated names', () => {
    expect(names('Vi møtte Karis mor.')).toEqual([['Karis', 'high']]);
    expect(names('Vi møtte Anne-Lise i går.')).toEqual([['Anne-Lise', 'medium']]);
    expect(names('Vi møtte Ingeborg-Marie i går.')).toEqual([['Ingeborg-Marie', 'high']]);
  });

  it('flags a name after "gutten", "jenta" or "mora" as sure', () => {
    expect(names('Vi snakka med gutten Per om skulen.')).toEqual([['Per', 'high']]);
    expect(names('Jenta bur hos mora Tove.')).toEqual([['Tove', 'high']]);
  });

  it('flags a name followed by an age in brackets', () => {
    expect(names('Tuls (7) går i andre klasse.')).toEqual([['Tuls', 'high']]);
  });

  it('joins first name and surname, including a first name at the start of a sentence', () => {
    expect(names('Trond Hansen ringte.')).toEqual([['Trond Hansen', 'high']]);
    expect(names('Gudmund Hansen ringte.')).toEqual([['Gudmund Hansen', 'medium']]);
    expect(names('Vi ringte Gudmund Hansen.')).toEqual([['Gudmund Hansen', 'medium']]);
  });

  describe('no false positives', () => {
    it.each([
      ['services in capitals', 'Vi har kontakta NAV, PPT og BUP.'],
      ['Barnevernet mid-sentence', 'Saka er meldt til Barnevernet i dag.'],
      ['weekdays and months capitalized', 'Møtet er på Mandag i Mars, eller Tysdag 3. Januar.'],
      ['a routine title', 'Bekymring for et barn'],
      ['a routine title mid-sentence', 'Følg rutinen Vold og overgrep og Bekymring for et barn.'],
      ['a capitalized word at the start of a sentence', 'Oppfølging skjer neste veke. Tiltaket held fram.'],
      ['headings and list items', 'Tema: Oppfølging\n- Tiltak vurderast\n• Ansvar avklarast'],
      ['names that are also everyday words, at sentence start', 'Per i dag har vi ingen rutine. Liv og helse er tema.'],
      ['compounds of domain words mid-sentence', 'Saka gjeld Helsestasjonsprogrammet og Barnevernsleiaren.'],
      ['products', 'Notatet ligg i Teams og SharePoint.'],
      ['acronyms inside words', 'NAVs kontor og iPhone.'],
      ['an empty text', '']
    ])('%s', (_case, text) => {
      expect(names(text)).toEqual([]);
    });
  });

  it('lets the municipality add its own non-names', () => {
    expect(names('Møte i Lierbyen skule.')).toEqual([['Lierbyen', 'medium']]);
    expect(names('Møte i Lierbyen skule.', ['lierbyen'])).toEqual([]);
    expect(detectPersonalData('Møte i Demo kommune.', { allowWords: ['Demo kommune'] })).toEqual([]);
  });
});

describe('isSentenceStart', () => {
  it('knows the starts of text, sentences, lines and list items', () => {
    const text = 'Ein. «To» tre\n- Fire: Fem';
    expect(isSentenceStart(text, text.indexOf('Ein'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('To'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('tre'))).toBe(false);
    expect(isSentenceStart(text, text.indexOf('Fire'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('Fem'))).toBe(true);
  });

  it('does not take a hyphen inside a line for a bullet', () => {
    const text = 'Barne- og Ungdom';
    expect(isSentenceStart(text, text.indexOf('og'))).toBe(false);
  });
});
