import type { ActionPlanItem } from '../model/ActionPlanItem';

/** Where a row of the action plan stands today. Only unfinished rows can be overdue. */
export type ActionItemState = 'done' | 'cancelled' | 'overdue' | 'open';

/** Whether a measure's deadline has passed while it is still not done (nor cancelled). `today` is yyyy-mm-dd. */
export function isOverdue(item: Pick<ActionPlanItem, 'deadline' | 'status'>, today: string): boolean {
  if (item.status === 'done' || item.status === 'cancelled' || !item.deadline) return false;
  return item.deadline.slice(0, 10) < today;
}

export function actionItemState(item: Pick<ActionPlanItem, 'deadline' | 'status'>, today: string): ActionItemState {
  if (item.status === 'done') return 'done';
  if (item.status === 'cancelled') return 'cancelled';
  return isOverdue(item, today) ? 'overdue' : 'open';
}

export interface ActionPlanProgress {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
  /** Done as a share of the measures still meant to happen (cancelled ones left out), 0–100, rounded. */
  percentDone: number;
}

export function actionPlanProgress(items: readonly Pick<ActionPlanItem, 'deadline' | 'status'>[], today: string): ActionPlanProgress {
  const progress: ActionPlanProgress = { total: items.length, done: 0, inProgress: 0, notStarted: 0, cancelled: 0, overdue: 0, percentDone: 0 };
  for (const item of items) {
    progress[item.status] += 1;
    if (isOverdue(item, today)) progress.overdue += 1;
  }
  const planned = progress.total - progress.cancelled;
  progress.percentDone = planned === 0 ? 0 : Math.round((progress.done / planned) * 100);
  return progress;
}

export interface FocusAreaGroup {
  focusArea: string;
  items: ActionPlanItem[];
}

/** Rows grouped under their focus area as in Ullensaker's table, areas in the order they first appear. */
export function groupByFocusArea(items: readonly ActionPlanItem[]): FocusAreaGroup[] {
  const groups = new Map<string, ActionPlanItem[]>();
  for (const item of items) {
    const group = groups.get(item.focusArea);
    if (group) group.push(item);
    else groups.set(item.focusArea, [item]);
  }
  return [...groups.entries()].map(([focusArea, grouped]) => ({ focusArea, items: grouped }));
}
