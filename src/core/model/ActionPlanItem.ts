export type ActionStatus = 'notStarted' | 'inProgress' | 'done' | 'cancelled';

export const ACTION_STATUSES: readonly ActionStatus[] = ['notStarted', 'inProgress', 'done', 'cancelled'];

/** One row of the action plan, in Ullensaker's form. */
export interface ActionPlanItem {
  key: string;
  focusArea: string;
  goal: string;
  measure: string;
  targetGroup: string;
  responsibleUnits: string;
  /** ISO date (yyyy-mm-dd). */
  deadline?: string;
  status: ActionStatus;
  id?: number;
}
