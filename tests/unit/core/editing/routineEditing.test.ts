import { routineColumnValues, stepProblems, validateRoutineDraft } from '../../../../src/core/editing/routineEditing';
import type { Routine } from '../../../../src/core/model/Routine';
import { tinyModelDocument } from '../tinyModel';

const routine = (): Routine => ({ ...tinyModelDocument().routines[0], id: 1 });

describe('editing a routine in the admin view', () => {
  it('accepts a valid draft', () => {
    expect(validateRoutineDraft(routine())).toEqual([]);
  });

  it('checks the draft with the list mapping: required title, length limits, steps', () => {
    const issues = validateRoutineDraft({ ...routine(), title: '', summary: 'x'.repeat(20001), steps: [] });
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['Title', 'is required but empty'],
      ['Summary', 'is 20001 characters long; the limit is 20000'],
      ['Steps', 'must be a non-empty list of steps']
    ]);
  });

  it('marks the step that has no "what"', () => {
    const steps = [...routine().steps, { what: '  ', how: 'x', who: '', tools: [], deadline: '' }];
    expect(stepProblems(steps)).toEqual([undefined, undefined, 'has no "what"']);
    expect(validateRoutineDraft({ ...routine(), steps })).toEqual([expect.objectContaining({ field: 'Steps', message: 'step 3 has no "what"' })]);
  });

  it("writes the columns as the mapping does: steps as JSON, dates at the site's local midnight in UTC (as the list form stores DateOnly)", () => {
    const values = routineColumnValues({ ...routine(), lastReviewed: '2026-11-23', nextReview: '2027-11-23' }, ['steps', 'lastReviewed', 'nextReview', 'status']);
    expect(values).toEqual({
      Steps: JSON.stringify(routine().steps),
      LastReviewed: '2026-11-22T23:00:00Z',
      NextReview: '2027-11-22T23:00:00Z',
      RoutineStatus: 'published'
    });
  });
});
