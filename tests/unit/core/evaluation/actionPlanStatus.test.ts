import { actionItemState, actionPlanProgress, groupByFocusArea, isOverdue } from '../../../../src/core/evaluation/actionPlanStatus';
import type { ActionPlanItem } from '../../../../src/core/model/ActionPlanItem';

const item = (key: string, patch: Partial<ActionPlanItem> = {}): ActionPlanItem => ({
  key,
  focusArea: 'Kompetanse',
  goal: 'Ansatte er trygge',
  measure: 'Kurs',
  targetGroup: 'Alle ansatte',
  responsibleUnits: 'Skole',
  status: 'inProgress',
  ...patch
});

const TODAY = '2026-06-15';

describe('action plan status', () => {
  it.each([
    ['past deadline, in progress', { deadline: '2026-06-14', status: 'inProgress' }, true],
    ['past deadline, not started', { deadline: '2026-01-01', status: 'notStarted' }, true],
    ['deadline today', { deadline: '2026-06-15', status: 'inProgress' }, false],
    ['deadline ahead', { deadline: '2026-12-31', status: 'notStarted' }, false],
    ['past deadline but done', { deadline: '2026-01-01', status: 'done' }, false],
    ['past deadline but cancelled', { deadline: '2026-01-01', status: 'cancelled' }, false],
    ['no deadline', { deadline: undefined, status: 'inProgress' }, false],
    ['deadline as a timestamp', { deadline: '2026-06-14T00:00:00Z', status: 'inProgress' }, true]
  ] as const)('%s → overdue %s', (_name, patch, expected) => {
    expect(isOverdue(item('a', patch), TODAY)).toBe(expected);
  });

  it('tells each row apart: done, cancelled, overdue or open', () => {
    expect(actionItemState(item('a', { status: 'done' }), TODAY)).toBe('done');
    expect(actionItemState(item('a', { status: 'cancelled' }), TODAY)).toBe('cancelled');
    expect(actionItemState(item('a', { deadline: '2026-01-01' }), TODAY)).toBe('overdue');
    expect(actionItemState(item('a'), TODAY)).toBe('open');
  });

  it('counts progress over the measures still meant to happen', () => {
    const progress = actionPlanProgress(
      [
        item('a', { status: 'done' }),
        item('b', { status: 'done' }),
        item('c', { status: 'inProgress', deadline: '2026-03-01' }),
        item('d', { status: 'notStarted' }),
        item('e', { status: 'cancelled' })
      ],
      TODAY
    );
    expect(progress).toEqual({ total: 5, done: 2, inProgress: 1, notStarted: 1, cancelled: 1, overdue: 1, percentDone: 50 });
    expect(actionPlanProgress([], TODAY).percentDone).toBe(0);
    expect(actionPlanProgress([item('x', { status: 'cancelled' })], TODAY).percentDone).toBe(0);
  });

  it("groups rows under their focus area in the order they first appear, as Ullensaker's table does", () => {
    const groups = groupByFocusArea([item('a', { focusArea: 'Samhandling' }), item('b'), item('c', { focusArea: 'Samhandling' })]);
    expect(groups.map((g) => [g.focusArea, g.items.map((i) => i.key)])).toEqual([
      ['Samhandling', ['a', 'c']],
      ['Kompetanse', ['b']]
    ]);
  });
});
