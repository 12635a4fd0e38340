import { ItemReader } from '../../../../src/core/mapping/ItemReader';
import { evaluationMapping, evaluationTitle } from '../../../../src/core/mapping/evaluationMapping';
import { listSchema } from '../../../../src/core/schema/lists';
import { evaluation, rawItem, serviceLookups } from '../evaluation/evaluationItems';

describe('evaluationMapping', () => {
  it('round-trips an evaluation through a list item', () => {
    const original = evaluation({ form: 'together', level: '3', service: 'barnevern', scores: { heard: 1, cooperation: 5 }, nextStep: 'moveUp', comment: 'Bra' });
    const reader = new ItemReader(listSchema('evaluations'), rawItem(7, original), serviceLookups());
    expect(evaluationMapping.read(reader)).toEqual({ ...original, id: 7 });
    expect(reader.issues).toEqual([]);
  });

  it('writes a neutral title and nothing that is not in the schema', () => {
    const fields = evaluationMapping.write(evaluation(), serviceLookups());
    expect(fields.Title).toBe('2026-03 · 1 · staff');
    expect(evaluationTitle({ period: '2026-03', level: '1', form: 'together' })).not.toMatch(/[A-ZÆØÅ][a-zæøå]+ \(/);
    const names = listSchema('evaluations').fields.map((f) => (f.type === 'Lookup' ? `${f.name}Id` : f.name));
    expect(Object.keys(fields).every((k) => names.includes(k))).toBe(true);
  });

  it('leaves unanswered questions out rather than writing zeros', () => {
    const fields = evaluationMapping.write(evaluation({ scores: { heard: 3 } }), serviceLookups());
    expect(fields.ScoreHeard).toBe(3);
    expect(fields.ScoreRespect).toBeUndefined();
  });

  it('refuses to write an evaluation for a service the lookups do not know', () => {
    expect(() => evaluationMapping.write(evaluation({ service: 'nav' }), serviceLookups())).toThrow(/No item with key "nav"/);
  });
});
