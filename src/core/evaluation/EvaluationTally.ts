import {
  EVALUATION_NEXT_STEPS,
  EVALUATION_QUESTIONS,
  SCORE_MAX,
  SCORE_MIN,
  type Evaluation,
  type EvaluationNextStep,
  type EvaluationQuestion
} from '../model/Evaluation';

/** The answers to one question: how many, their sum (for the mean) and how many gave each score 1–5. */
export interface ScoreStats {
  answers: number;
  sum: number;
  /** Index 0 is score 1, index 4 is score 5. */
  distribution: number[];
}

/** Counts and sums over a group of evaluations: enough for means and distributions, small enough to merge. */
export interface EvaluationTally {
  evaluations: number;
  scores: Record<EvaluationQuestion, ScoreStats>;
  nextSteps: Record<EvaluationNextStep, number>;
}

const SCALE_SIZE = SCORE_MAX - SCORE_MIN + 1;

export function emptyTally(): EvaluationTally {
  const scores = {} as Record<EvaluationQuestion, ScoreStats>;
  for (const q of EVALUATION_QUESTIONS) scores[q] = { answers: 0, sum: 0, distribution: new Array<number>(SCALE_SIZE).fill(0) };
  const nextSteps = {} as Record<EvaluationNextStep, number>;
  for (const s of EVALUATION_NEXT_STEPS) nextSteps[s] = 0;
  return { evaluations: 0, scores, nextSteps };
}

/** Counts one evaluation into a tally (in place). Answers outside the scale are the mapping's to refuse. */
export function countEvaluation(tally: EvaluationTally, evaluation: Evaluation): void {
  tally.evaluations += 1;
  for (const q of EVALUATION_QUESTIONS) {
    const score = evaluation.scores[q];
    if (score === undefined) continue;
    const stats = tally.scores[q];
    stats.answers += 1;
    stats.sum += score;
    // The mapping refuses answers outside the scale (see above), so the index is inside the distribution.
    stats.distribution[score - SCORE_MIN]! += 1;
  }
  if (evaluation.nextStep) tally.nextSteps[evaluation.nextStep] += 1;
}

/** Adds `source` into `target` (in place). */
export function mergeTally(target: EvaluationTally, source: EvaluationTally): void {
  target.evaluations += source.evaluations;
  for (const q of EVALUATION_QUESTIONS) {
    const to = target.scores[q];
    const from = source.scores[q];
    to.answers += from.answers;
    to.sum += from.sum;
    // Every distribution has SCALE_SIZE entries (emptyTally).
    for (let i = 0; i < SCALE_SIZE; i++) to.distribution[i]! += from.distribution[i]!;
  }
  for (const s of EVALUATION_NEXT_STEPS) target.nextSteps[s] += source.nextSteps[s];
}

/** Mean score of one question; undefined when nobody answered it. */
export function meanOf(stats: ScoreStats): number | undefined {
  return stats.answers === 0 ? undefined : stats.sum / stats.answers;
}

/** Mean over every answer to every question: the one number a leader reads first. */
export function overallMean(tally: EvaluationTally): number | undefined {
  let answers = 0;
  let sum = 0;
  for (const q of EVALUATION_QUESTIONS) {
    answers += tally.scores[q].answers;
    sum += tally.scores[q].sum;
  }
  return answers === 0 ? undefined : sum / answers;
}
