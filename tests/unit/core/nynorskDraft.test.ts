import { alignedNynorskSteps, normalizeNynorsk, nynorskStepProblems } from '../../../src/core/editing/nynorskDraft';
import { localizeModel, type LocalizableModel } from '../../../src/core/language/localizeModel';
import { parseStepTexts } from '../../../src/core/mapping/routineMapping';
import { tinyModelDocument } from './tinyModel';

describe('the routine editor’s Nynorsk draft', () => {
  it('drops empty texts, so an untouched routine has no Nynorsk part at all', () => {
    expect(normalizeNynorsk({ title: '  ', summary: '', steps: [{ what: '', how: '', who: '', deadline: '' }] })).toBeUndefined();
    expect(normalizeNynorsk({ title: 'Uro for eit barn', steps: [{ what: '', how: '', who: '', deadline: '' }] })).toEqual({ title: 'Uro for eit barn' });
    expect(normalizeNynorsk({ legalBasis: 'barnevernslova § 13-2' })).toEqual({ legalBasis: 'barnevernslova § 13-2' });
  });

  it('keeps the steps whole once one of them has text', () => {
    const steps = [
      { what: 'Gjer uroa konkret', how: '', who: '', deadline: '' },
      { what: '', how: '', who: '', deadline: '' }
    ];
    expect(normalizeNynorsk({ steps })?.steps).toEqual(steps);
    expect(nynorskStepProblems({ steps }, 2)).toEqual([undefined, 'has no "what"']);
    expect(nynorskStepProblems(undefined, 2)).toEqual([undefined, undefined]);
  });

  it('pads the Nynorsk steps to the number of main steps', () => {
    expect(alignedNynorskSteps({ steps: [{ what: 'A', how: '', who: '', deadline: '' }] }, 3).map((s) => s.what)).toEqual(['A', '', '']);
    expect(alignedNynorskSteps(undefined, 1)).toEqual([{ what: '', how: '', who: '', deadline: '' }]);
  });
});

describe('a Nynorsk step not translated yet', () => {
  it('is kept in StepsNn with an empty "what", and shown in the main text, field by field', () => {
    const parsed = parseStepTexts([
      { what: 'Gjer uroa konkret', how: '', who: '', deadline: '' },
      { what: '', how: '', who: '', deadline: '' }
    ]);
    expect(parsed.problem).toBeUndefined();
    expect(parsed.value.map((s) => s.what)).toEqual(['Gjer uroa konkret', '']);
    expect(parseStepTexts([{ what: 7 }]).problem).toBe('step 1: "what" must be text');
    const routine = { ...tinyModelDocument().routines[0] };
    const nn = localizeModel({ ...tinyModelDocument(), routines: [{ ...routine, nn: { steps: parsed.value } }] } as unknown as LocalizableModel, 'nn');
    expect(nn.routines[0].steps.map((s) => s.what)).toEqual(['Gjer uroa konkret', routine.steps[1].what]);
  });
});
