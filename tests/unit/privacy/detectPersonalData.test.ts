import { containsPersonalData, detectPersonalData, findChildAges, type Finding } from '../../../src/core/privacy';
import { syntheticBirthNumber } from './syntheticBirthNumber';

const today = new Date(2026, 10, 23);
const summary = (findings: Finding[]): string[] => findings.map((f) => `${f.kind}:${f.confidence}:${f.text}`);

describe('findChildAges', () => {
  it.each([
    ['jenta på 8 år', 'Vi har uro for jenta på 8 år.', 'age:high:jenta på 8 år'],
    ['gutten på 12 år', 'Gutten på 12 år kjem ofte for seint.', 'age:high:Gutten på 12 år'],
    ['ei jente på 8 år (indefinite)', 'Det gjeld ei jente på 8 år.', 'age:medium:jente på 8 år'],
    ['8 år gammel', 'Han er 8 år gammel.', 'age:medium:8 år gammel'],
    ['6 månader gamal', 'Babyen er 6 månader gamal.', 'age:medium:6 månader gamal'],
    ['8-åring', 'Ein 8-åring vart henta.', 'age:medium:8-åring'],
    ['7-year-old', 'A 7-year-old was picked up.', 'age:medium:7-year-old'],
    ['alder: 9', 'Alder: 9', 'age:medium:Alder: 9'],
    ['Kari (7)', 'Kari (7) går i andre klasse.', 'age:high:(7)'],
    ['Trym på 7 år', 'Vi ringte om Trym på 7 år.', 'age:high:på 7 år']
  ])('%s', (_case, text, expected) => {
    expect(summary(findChildAges(text))).toEqual([expected]);
  });

  it.each([
    ['durations', 'Rutinen vart revidert for 8 år sidan.'],
    ['programme names', 'Sjå rutinen for 4-årskontroll.'],
    ['adult ages', 'Mora er 45 år gammal.'],
    ['a service with a number', 'Rom Mandag (2) er ledig.']
  ])('leaves %s alone', (_case, text) => {
    expect(findChildAges(text)).toEqual([]);
  });
});

describe('detectPersonalData', () => {
  it('finds every kind in one note, sorted by position', () => {
    const fnr = syntheticBirthNumber('120315', 500);
    const text = `Notat om Kari (7), fnr ${fnr}, født 12.03.2015. Jenta på 7 år bur hos mora.`;
    expect(summary(detectPersonalData(text, { today }))).toEqual([
      'name:high:Kari',
      'age:high:(7)',
      `birthNumber:high:${fnr}`,
      'dateOfBirth:high:født 12.03.2015',
      'age:high:Jenta på 7 år'
    ]);
  });

  it('merges overlapping findings into one, keeping the stronger confidence', () => {
    const findings = detectPersonalData('Vi ringte om Trym på 7 år gammal.', { today });
    expect(summary(findings)).toEqual(['name:medium:Trym', 'age:high:på 7 år gammal']);
    const age = findings[1];
    expect('Vi ringte om Trym på 7 år gammal.'.slice(age.start, age.end)).toBe('på 7 år gammal');
  });

  it('finds nothing in ordinary professional text', () => {
    const text =
      'Tverrfagleg team 14.11.2026: Drøfta anonymt med PPT, NAV og Barnevernet. Oppfølging på Mandag. ' +
      'Sjå rutinen Bekymring for et barn. Neste møte i Januar.';
    expect(detectPersonalData(text, { today })).toEqual([]);
    expect(containsPersonalData(text, { today })).toBe(false);
  });

  it('says whether a text contains personal data', () => {
    expect(containsPersonalData('Emma er borte i dag.')).toBe(true);
    expect(containsPersonalData('Eleven er borte i dag.')).toBe(false);
    expect(containsPersonalData('')).toBe(false);
  });
});
