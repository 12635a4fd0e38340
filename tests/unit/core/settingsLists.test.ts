import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowsFromSettings, settingsFromRows } from '../../../src/core/mapping/settingsMapping';
import { guideSignsFor } from '../../../src/core/guide/guideSigns';
import { ModelSearchIndex } from '../../../src/core/search';
import { DEFAULT_SETTINGS, type ModelSettings } from '../../../src/core/model/Settings';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';

const starter = (locale: 'nb' | 'nn'): ModelDocument =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;

describe('synonyms and signs kept in the model as settings rows', () => {
  it('reads every searchSynonym and guideSign row, in list order, and writes them back as numbered rows', () => {
    const { settings, issues } = settingsFromRows(
      [
        { name: 'municipality', value: 'Testvik' },
        { name: 'searchSynonym', value: 'redd, blåmerker => vold' },
        { name: 'searchSynonym 2', value: 'trampoline => kroppsøving' },
        { name: 'guideSign 1', value: 'danger: Barnet er redd for å gå hjem' },
        { name: 'guideSign: sult', value: 'concrete: Barnet er ofte sulten' },
        { name: 'searchSynonymous', value: 'not a list setting' },
        { name: 'constructor', value: 'x' }
      ],
      'TB Innstillinger'
    );
    expect(issues).toEqual([]);
    expect(settings.searchSynonyms).toEqual(['redd, blåmerker => vold', 'trampoline => kroppsøving']);
    expect(settings.guideSigns).toEqual(['danger: Barnet er redd for å gå hjem', 'concrete: Barnet er ofte sulten']);
    const rows = rowsFromSettings(settings);
    expect(rows.filter((r) => r.name.startsWith('searchSynonym')).map((r) => r.name)).toEqual(['searchSynonym 1', 'searchSynonym 2']);
    expect(rows.filter((r) => r.name.startsWith('guideSign')).map((r) => `${r.name}=${r.value}`)).toEqual([
      'guideSign 1=danger: Barnet er redd for å gå hjem',
      'guideSign 2=concrete: Barnet er ofte sulten'
    ]);
    // Each row's Title is unique, as the import keys settings rows by Title.
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(settingsFromRows(rows, 'TB Innstillinger').settings).toEqual(settings);
  });

  it('reports a synonym row with no words', () => {
    const { settings, issues } = settingsFromRows([{ name: 'searchSynonym 1', value: ' => ,' }], 'TB Innstillinger');
    expect(settings.searchSynonyms).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ item: 'searchSynonym 1', field: 'SettingValue' });
  });

  it('writes no rows for a model without them (unchanged for existing sites)', () => {
    expect(rowsFromSettings(DEFAULT_SETTINGS).map((r) => r.name)).toEqual(['municipality', 'contentLocale', 'consentAge', 'reviewIntervalMonths']);
  });
});

describe('the search index uses the model’s own synonyms beside the starter table', () => {
  it('finds the violence routine for a word only the municipality’s row names, and still for the starter words', () => {
    const doc = starter('nb');
    const own = new ModelSearchIndex({ ...doc, settings: { ...doc.settings, searchSynonyms: ['klaps, lugging => vold, mishandling'] } } as never);
    const plain = new ModelSearchIndex({ ...doc, settings: { ...doc.settings } } as never);
    const top = (index: ModelSearchIndex, q: string): string[] => index.search(q, { limit: 3 }).map((h) => h.key);
    expect(top(plain, 'lugging')).not.toContain('mistanke-vold-overgrep');
    expect(top(own, 'lugging')).toContain('mistanke-vold-overgrep');
    expect(top(own, 'blåmerker')).toContain('mistanke-vold-overgrep');
  });
});

describe('the worry guide’s signs come from the model', () => {
  it.each([
    ['nb', /redd for å gå hjem/, /Blåmerker/, /sulten/],
    ['nn', /redd for å gå heim/, /Blåmerke/, /svolten/]
  ] as const)('the %s starter model names afraid to go home, bruises and hunger', (locale, home, bruises, hunger) => {
    const settings = starter(locale).settings as ModelSettings;
    const danger = guideSignsFor(settings, 'danger');
    const concrete = guideSignsFor(settings, 'concrete');
    expect(danger.some((s) => home.test(s))).toBe(true);
    expect(danger.some((s) => bruises.test(s))).toBe(true);
    expect(concrete.some((s) => hunger.test(s))).toBe(true);
    expect(guideSignsFor(settings, 'ownService')).toEqual([]);
  });

  it('puts a sign without a question on the first question, and keeps a colon inside the text', () => {
    const settings = { guideSigns: ['Barnet gruer seg til helgene', 'concrete: Endret atferd: urolig', 'nosuch: tekst'] };
    expect(guideSignsFor(settings, 'danger')).toEqual(['Barnet gruer seg til helgene', 'nosuch: tekst']);
    expect(guideSignsFor(settings, 'concrete')).toEqual(['Endret atferd: urolig']);
  });
});
