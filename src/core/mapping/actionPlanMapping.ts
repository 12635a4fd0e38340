import type { ActionPlanItem, ActionStatus } from '../model/ActionPlanItem';
import { dateValue, type EntityMapping } from './EntityMapping';

export const actionPlanMapping: EntityMapping<ActionPlanItem> = {
  list: 'actionPlan',
  read: (r) => ({
    id: r.id,
    key: r.text('ActionKey'),
    measure: r.text('Title'),
    focusArea: r.text('FocusArea'),
    goal: r.text('Goal'),
    targetGroup: r.text('TargetGroup'),
    responsibleUnits: r.text('ResponsibleUnits'),
    deadline: r.date('Deadline'),
    status: r.choice<ActionStatus>('ActionStatus') ?? 'notStarted'
  }),
  write: (x, lookups) => ({
    Title: x.measure,
    ActionKey: x.key,
    FocusArea: x.focusArea,
    Goal: x.goal,
    TargetGroup: x.targetGroup,
    ResponsibleUnits: x.responsibleUnits,
    Deadline: dateValue(x.deadline, lookups.timeZone),
    ActionStatus: x.status
  })
};
