import type { Feedback, FeedbackStatus } from '../model/Feedback';

const STATUS_ORDER: Readonly<Record<FeedbackStatus, number>> = { new: 0, inProgress: 1, done: 2 };

/** The triage queue: new feedback first, then what is being worked on, then what is done; newest first in each. */
export function sortFeedbackQueue(feedback: readonly Feedback[]): Feedback[] {
  return [...feedback].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.created ?? '').localeCompare(a.created ?? '') || (b.id ?? 0) - (a.id ?? 0));
}

export function countByStatus(feedback: readonly Feedback[]): Record<FeedbackStatus, number> {
  const counts: Record<FeedbackStatus, number> = { new: 0, inProgress: 0, done: 0 };
  for (const f of feedback) counts[f.status] += 1;
  return counts;
}
