import { changedFields } from '../../../../src/core/editing/diffVersions';
import { changedRoutineFields, diffRoutines, EDITABLE_ROUTINE_FIELDS } from '../../../../src/core/editing/routineEditing';
import type { Routine } from '../../../../src/core/model/Routine';
import { tinyModelDocument } from '../tinyModel';

const base = (): Routine => ({ ...tinyModelDocument().routines[0], id: 1 });

describe('a conflict between two edits of a routine', () => {
  it('shows both versions field by field and who changed what', () => {
    const mine = { ...base(), summary: 'Min tekst', steps: [...base().steps, { what: 'Evaluer', how: '', who: 'Leder', tools: [], deadline: '' }] };
    const theirs = { ...base(), summary: 'Deres tekst', owner: 'Kommunalsjef' };
    const diff = diffRoutines(base(), mine, theirs);
    expect(diff.map((d) => [d.field, d.changedByMe, d.changedByThem])).toEqual([
      ['summary', true, true],
      ['steps', true, false],
      ['owner', false, true]
    ]);
    expect(diff[0]).toMatchObject({ base: 'Når du er bekymret', mine: 'Min tekst', theirs: 'Deres tekst' });
  });

  it('finds no difference when both made the same change', () => {
    const mine = { ...base(), title: 'Samme' };
    const theirs = { ...base(), title: 'Samme' };
    expect(diffRoutines(base(), mine, theirs)).toEqual([]);
  });

  it('treats an empty value and a missing one as the same, and compares steps by content', () => {
    const mine = { ...base(), legalBasis: '', steps: base().steps.map((s) => ({ deadline: s.deadline, tools: s.tools, who: s.who, how: s.how, what: s.what })) };
    const theirs = { ...base(), legalBasis: undefined as unknown as string };
    expect(diffRoutines(base(), mine, theirs)).toEqual([]);
  });

  it('"keep mine" writes only what I changed, so their other changes stay', () => {
    const mine = { ...base(), summary: 'Min tekst' };
    expect(changedFields(base(), mine, EDITABLE_ROUTINE_FIELDS)).toEqual({ summary: 'Min tekst' });
    expect(changedRoutineFields(base(), mine)).toEqual(['summary']);
    expect(changedRoutineFields(base(), base())).toEqual([]);
  });
});
