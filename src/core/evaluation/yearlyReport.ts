import type { ActionPlanItem } from '../model/ActionPlanItem';
import type { Feedback } from '../model/Feedback';
import type { RoutineHistoryEntry } from '../model/RoutineHistory';
import { isoToday, reviewState, type ReviewState } from '../model/reviewStatus';
import { actionPlanProgress, isOverdue, type ActionPlanProgress } from './actionPlanStatus';
import type { EvaluationCell } from './EvaluationAggregator';
import { yearRange } from './period';
import { summarizeEvaluations, type EvaluationSummary } from './summarizeEvaluations';
import { compareNorwegian } from '../i18n/compareNorwegian';

/** Everything the municipality's annual report says about the model, for one year. */
export interface YearlyReport {
  year: number;
  municipality: string;
  /** yyyy-mm-dd the report was made. */
  madeOn: string;
  routines: {
    total: number;
    /** Created this year. */
    added: RoutineHistoryEntry[];
    /** Reviewed this year (LastReviewed), whether or not they were new. */
    reviewed: RoutineHistoryEntry[];
    /** Changed this year but neither added nor reviewed: edits between reviews. */
    changedOnly: RoutineHistoryEntry[];
  };
  review: {
    counts: Record<ReviewState, number>;
    /** Routines whose review date has passed, oldest first. */
    overdue: RoutineHistoryEntry[];
  };
  evaluations: {
    summary: EvaluationSummary;
    /** Items of the year that could not be read and are not in the figures. */
    skipped: number;
  };
  actionPlan: {
    progress: ActionPlanProgress;
    overdue: ActionPlanItem[];
  };
  feedback: {
    received: number;
    done: number;
  };
}

export interface YearlyReportInput {
  year: number;
  today: string;
  municipality: string;
  routines: readonly RoutineHistoryEntry[];
  actionPlan: readonly ActionPlanItem[];
  evaluationCells: readonly EvaluationCell[];
  evaluationsSkipped: number;
  feedback: readonly Feedback[];
}

/** SharePoint timestamps are UTC; the municipality's year runs on Norwegian time (a routine added on New Year's Eve at 23:30 belongs to the old year). */
function yearOfTimestamp(timestamp: string | undefined): number | undefined {
  if (!timestamp) return undefined;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? undefined : Number(isoToday(date).slice(0, 4));
}

function yearOfDate(isoDate: string | undefined): number | undefined {
  return isoDate ? Number(isoDate.slice(0, 4)) : undefined;
}

export function buildYearlyReport(input: YearlyReportInput): YearlyReport {
  const { year, today } = input;
  const added = input.routines.filter((r) => yearOfTimestamp(r.created) === year);
  const reviewed = input.routines.filter((r) => yearOfDate(r.lastReviewed) === year);
  const addedOrReviewed = new Set([...added, ...reviewed].map((r) => r.key));
  const changedOnly = input.routines.filter((r) => yearOfTimestamp(r.modified) === year && !addedOrReviewed.has(r.key));
  const counts: Record<ReviewState, number> = { overdue: 0, dueSoon: 0, current: 0, unknown: 0 };
  for (const r of input.routines) counts[reviewState(r, today)] += 1;
  const overdueRoutines = input.routines
    .filter((r) => reviewState(r, today) === 'overdue')
    .sort((a, b) => (a.nextReview as string).localeCompare(b.nextReview as string));
  const range = yearRange(year);
  const feedbackThisYear = input.feedback.filter((f) => yearOfTimestamp(f.created) === year);
  const byTitle = (a: RoutineHistoryEntry, b: RoutineHistoryEntry): number => compareNorwegian(a.title, b.title);
  return {
    year,
    municipality: input.municipality,
    madeOn: today,
    routines: { total: input.routines.length, added: [...added].sort(byTitle), reviewed: [...reviewed].sort(byTitle), changedOnly: changedOnly.sort(byTitle) },
    review: { counts, overdue: overdueRoutines },
    evaluations: { summary: summarizeEvaluations(input.evaluationCells, { fromPeriod: range.from, toPeriod: range.to }), skipped: input.evaluationsSkipped },
    actionPlan: { progress: actionPlanProgress(input.actionPlan, today), overdue: input.actionPlan.filter((a) => isOverdue(a, today)) },
    feedback: { received: feedbackThisYear.length, done: feedbackThisYear.filter((f) => f.status === 'done').length }
  };
}
