import {
  formatGuideSign,
  formatSynonymGroup,
  guideSignProblems,
  nextSettingName,
  parseGuideSign,
  parseSynonymGroup,
  synonymGroupProblems
} from '../../../src/core/editing/settingLines';
import { settingsFromRows } from '../../../src/core/mapping/settingsMapping';
import { guideSignsFor } from '../../../src/core/guide/guideSigns';
import { synonymsOfModel } from '../../../src/core/search/synonyms';

describe('the lines the admin view writes for search words and signs', () => {
  it('writes a synonym group as search reads it, and reads it back', () => {
    const line = formatSynonymGroup({ words: ['redd', 'livredd'], alsoSearch: ['vold', 'overgrep'] });
    expect(line).toBe('redd, livredd => vold, overgrep');
    expect(parseSynonymGroup(line)).toEqual({ words: ['redd', 'livredd'], alsoSearch: ['vold', 'overgrep'] });
    const own = synonymsOfModel({ searchSynonyms: [line] });
    expect(own[own.length - 1]).toEqual({ words: ['redd', 'livredd'], alsoSearch: ['vold', 'overgrep'] });
    expect(formatSynonymGroup({ words: ['PPT', 'PP-tjenesten'], alsoSearch: [] })).toBe('PPT, PP-tjenesten');
  });

  it('writes a sign beside its question as the guide reads it', () => {
    const line = formatGuideSign({ question: 'concrete', text: ' Barnet er ofte sulten ' });
    expect(line).toBe('concrete: Barnet er ofte sulten');
    expect(guideSignsFor({ guideSigns: [line] }, 'concrete')).toEqual(['Barnet er ofte sulten']);
    expect(parseGuideSign(line)).toEqual({ question: 'concrete', text: 'Barnet er ofte sulten' });
    expect(parseGuideSign('Blåmerker')).toEqual({ question: 'danger', text: 'Blåmerker' });
  });

  it('names what is wrong: no words, a phrase where single words are looked up, separators, length, line breaks', () => {
    expect(synonymGroupProblems({ words: [], alsoSearch: ['vold'] })).toEqual(['noWords']);
    expect(synonymGroupProblems({ words: ['slår ned'], alsoSearch: ['vold'] })).toEqual(['wordWithSpace']);
    expect(synonymGroupProblems({ words: ['a>b'], alsoSearch: [] })).toEqual(['reservedCharacters']);
    expect(synonymGroupProblems({ words: ['ord'], alsoSearch: ['x'.repeat(260)] })).toEqual(['tooLong']);
    expect(synonymGroupProblems({ words: ['redd'], alsoSearch: ['vold'] })).toEqual([]);
    expect(guideSignProblems({ question: 'danger', text: '  ' })).toEqual(['noText']);
    expect(guideSignProblems({ question: 'danger', text: 'a\nb' })).toEqual(['lineBreak']);
  });

  it('numbers a new row after the highest number, so every Title stays unique', () => {
    expect(nextSettingName('searchSynonym', ['searchSynonym 1', 'searchSynonym 7', 'guideSign 9', 'municipality'])).toBe('searchSynonym 8');
    expect(nextSettingName('guideSign', [])).toBe('guideSign 1');
    const { settings } = settingsFromRows([{ name: nextSettingName('searchSynonym', []), value: 'kvitring => fravær' }], 'TB Innstillinger');
    expect(settings.searchSynonyms).toEqual(['kvitring => fravær']);
  });
});
