import { checkPersonalData, detectPersonalData, type FindingReason } from '../../../../src/core/privacy';

const today = new Date(2026, 2, 1);
const reasons = (text: string, allowWords?: string[]): Array<[FindingReason, string]> =>
  detectPersonalData(text, { today, allowWords }).map((f) => [f.reason, f.text]);

describe('the privacy guard catches what worried people actually type (issue 16)', () => {
  it.each<[string, FindingReason, string]>([
    ['ola nordmann i 3b virker redd', 'nameWithClass', 'ola nordmann i 3b'],
    ['lille emma på 7 år', 'nameWithAge', 'emma på 7 år'],
    ['jonas (6) i 1A', 'nameWithAge', 'jonas (6)'],
    ['GJELDER NOAH HANSEN 2B', 'nameWithClass', 'NOAH HANSEN 2B'],
    ['ingrid s. i 5. klasse', 'nameWithClass', 'ingrid s. i 5. klasse'],
    ['Per i 4A har fortalt om vold hjemme', 'nameWithClass', 'Per i 4A'],
    ['3B, elev A.H.', 'initialsWithContext', 'A.H.'],
    ['Gjelder J.K.H. i 5A', 'initialsWithContext', 'J.K.H.'],
    ['sondre i 2c gruer seg til å gå hjem', 'nameWithClass', 'sondre i 2c'],
    ['Eleven heter Sofie Bakkejord', 'fullName', 'Sofie Bakkejord'],
    ['Sønnen Elias sier far er sint', 'nameWithCue', 'Elias'],
    ['Emma virket lei seg etter foreldremøtet', 'givenName', 'Emma'],
    ['født 12/3-17', 'dateOfBirth', 'født 12/3-17'],
    ['Jenta er født 2016.', 'dateOfBirth', 'født 2016'],
    ['familien bor i kirkeveien 5b', 'address', 'kirkeveien 5b'],
    ['familien bor på Granlia 12', 'address', 'Granlia 12'],
    ['mor har mobil 912 34 567', 'phone', '912 34 567'],
    ['ring far på 41234567', 'phone', '41234567'],
    ['mora sin e-post er lise.berg78@hotmail.com', 'email', 'lise.berg78@hotmail.com'],
    ['jenta på 8 år gråter mye', 'childAge', 'jenta på 8 år']
  ])('%s', (text, reason, passage) => {
    expect(reasons(text)).toContainEqual([reason, passage]);
  });

  it('recognises names from the package name list in any case, and not by capitals alone', () => {
    expect(checkPersonalData('emma gråt i hele dag', { today }).personal).toBe(true);
    expect(checkPersonalData('EMMA GRÅT I HELE DAG', { today }).personal).toBe(true);
    // An unknown capitalized word without context is a place, a project, a title: not a name.
    expect(checkPersonalData('Oppfølging i Nordbyen', { today }).personal).toBe(false);
    // The same unknown word next to a class is.
    expect(reasons('Zorblax i 4B er mye borte')).toEqual([['nameWithClass', 'Zorblax i 4B']]);
  });

  it('takes names that are everyday words ("Per", "Liv") only with context', () => {
    expect(checkPersonalData('Per i dag mangler rutinen et telefonnummer', { today }).personal).toBe(false);
    expect(checkPersonalData('Liv og helse er tema for fagdagen', { today }).personal).toBe(false);
    expect(checkPersonalData('Per i 4A har fortalt om vold hjemme', { today }).personal).toBe(true);
    expect(checkPersonalData('Vi snakket med Liv Hansen i går', { today }).personal).toBe(true);
  });
});

describe('the privacy guard stops crying wolf (issue 16)', () => {
  it.each([
    'Helsestasjon Nord har åpent mandag til fredag',
    'NAV Sentrum',
    'Rutinen ble sist revidert 15.01.2025',
    'Bruk Kvello-modellen',
    'Statsforvalteren i Vestland har ny veileder',
    'Barnehuset og Krisesenteret bør stå i kontaktlista',
    'Barnehagen Solsikken og Lia barnehage vil være med',
    'Nordby skole har nye kontaktpersoner',
    'Møtet i tverrfaglig team flyttes til 12.03.2026 kl. 10',
    'Planperioden er 2024–2027',
    'Elevene i 3B har fått ny kontaktlærer',
    'Barn under 12 år skal ikke være alene hjemme over tid',
    'Ring 116 111 ved akutt fare, eller 112 hvis noen er skadet',
    'Kontakt BUP på 800 12 345 for råd',
    'Send spørsmål til postmottak@demo.kommune.no',
    'Rådhuset, Storgata 1, har servicetorg',
    'Barnevernsloven § 13-2 og kapittel 4A bør stå i rutinen'
  ])('%s', (text) => {
    expect(detectPersonalData(text, { today })).toEqual([]);
  });

  it("lets the model's own names, numbers and addresses through (the model is the allow-list)", () => {
    const allowWords = ['Marte Meo', 'Familiesenteret Sjøvika', '22 33 44 55', 'familiesenteret@demo.kommune.no', 'Sjøvika 3'];
    expect(checkPersonalData('Marte Meo-kurset i Sjøvika var bra', { allowWords }).personal).toBe(false);
    expect(checkPersonalData('Ring 22 33 44 55 eller skriv til familiesenteret@demo.kommune.no', { allowWords }).personal).toBe(false);
    expect(checkPersonalData('Ring 22 33 44 55', {}).personal).toBe(true);
    // Only capitalized words of the model count: nynorsk "anna" in a title does not hide the girl Anna.
    expect(checkPersonalData('Anna i 2B gruer seg', { allowWords: ['Samtale med anna omsorgsperson'] }).personal).toBe(true);
  });
});

describe('findings', () => {
  it('are sorted, merged where they overlap, and carry kind, reason and the passage', () => {
    const text = 'Gjelder Noah Hansen 2B, fnr 120317 50189, mor: 912 34 567';
    const check = checkPersonalData(text, { today });
    expect(check.personal).toBe(true);
    expect(check.findings.map((f) => f.kind)).toEqual(['name', 'birthNumber', 'phone']);
    expect(check.findings[0].reason).toBe('nameWithClass');
    for (const f of check.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
