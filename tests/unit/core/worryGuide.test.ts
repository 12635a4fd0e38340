import { nextGuideStep, routinesForOutcome } from '../../../src/core/guide/worryGuide';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { tinyModelDocument } from './tinyModel';

describe('nextGuideStep', () => {
  it('asks about danger first', () => {
    expect(nextGuideStep({})).toEqual({ kind: 'question', question: 'danger' });
  });

  it('goes straight to the urgent path on suspected violence or abuse, whatever else is answered', () => {
    expect(nextGuideStep({ danger: true })).toEqual({ kind: 'result', outcome: 'urgent' });
    expect(nextGuideStep({ danger: true, concrete: false, ownService: true })).toEqual({ kind: 'result', outcome: 'urgent' });
  });

  it.each([
    [{ danger: false, concrete: false }, '0'],
    [{ danger: false, concrete: true, ownService: true }, '1'],
    [{ danger: false, concrete: true, ownService: false, oneOtherService: true }, '2'],
    [{ danger: false, concrete: true, ownService: false, oneOtherService: false }, '3']
  ])('leads %j to level %s', (answers, outcome) => {
    expect(nextGuideStep(answers)).toEqual({ kind: 'result', outcome });
  });

  it('asks the next unanswered question that still matters', () => {
    expect(nextGuideStep({ danger: false })).toEqual({ kind: 'question', question: 'concrete' });
    expect(nextGuideStep({ danger: false, concrete: true })).toEqual({ kind: 'question', question: 'ownService' });
    expect(nextGuideStep({ danger: false, concrete: true, ownService: false })).toEqual({ kind: 'question', question: 'oneOtherService' });
  });
});

describe('routinesForOutcome', () => {
  const { model } = assembleModel(documentToLists(tinyModelDocument()).lists);

  it('gives urgent routines for the urgent outcome and level routines otherwise', () => {
    expect(routinesForOutcome(model, 'urgent').map((r) => r.key)).toEqual(['vold']);
    expect(routinesForOutcome(model, '0').map((r) => r.key)).toEqual(['niva-0']);
    expect(routinesForOutcome(model, '3')).toEqual([]);
  });

  it("puts routines for the user's own service first", () => {
    const second = { ...model.routines[0], key: 'andre', title: 'Begynner på B', audience: ['barnevern'], responsibleService: 'barnevern' };
    const withTwo = { ...model, routines: [...model.routines, second] };
    // Without a service of one's own: the project group's order of the list, never the alphabet.
    expect(routinesForOutcome(withTwo, '0').map((r) => r.key)).toEqual(['niva-0', 'andre']);
    expect(routinesForOutcome(withTwo, '0', 'barnevern').map((r) => r.key)).toEqual(['niva-0', 'andre']);
    expect(routinesForOutcome(withTwo, '0', 'skole').map((r) => r.key)).toEqual(['niva-0', 'andre']);
  });
});
