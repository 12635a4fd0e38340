import type { Evaluation, EvaluationForm, EvaluationNextStep, EvaluationQuestion } from '../model/Evaluation';
import { EVALUATION_QUESTIONS } from '../model/Evaluation';
import { isPeriod } from '../evaluation/period';
import { idOf, type EntityMapping, type ItemFields } from './EntityMapping';

/** The list field holding each question's answer. */
export const SCORE_FIELDS: Readonly<Record<EvaluationQuestion, string>> = {
  heard: 'ScoreHeard',
  respect: 'ScoreRespect',
  timely: 'ScoreTimely',
  change: 'ScoreChange',
  cooperation: 'ScoreCooperation'
};

const LEVEL_KEY = /^[a-z0-9-]{1,32}$/;

/**
 * A neutral item title for admins browsing the list in SharePoint: month, level and form, never anything about
 * the child or the family.
 */
export function evaluationTitle(evaluation: Pick<Evaluation, 'period' | 'level' | 'form'>): string {
  return `${evaluation.period} · ${evaluation.level} · ${evaluation.form}`;
}

export const evaluationMapping: EntityMapping<Evaluation> = {
  list: 'evaluations',
  read: (r) => {
    const scores: Evaluation['scores'] = {};
    for (const question of EVALUATION_QUESTIONS) {
      const value = r.number(SCORE_FIELDS[question]);
      if (value === undefined) continue;
      if (Number.isInteger(value)) scores[question] = value;
      else r.error(SCORE_FIELDS[question], `must be a whole number, got ${value}`);
    }
    const evaluation: Evaluation = {
      id: r.id,
      form: r.choice<EvaluationForm>('EvaluationForm') ?? 'staff',
      level: r.text('Level'),
      service: r.lookup('Service') ?? '',
      period: r.text('Period'),
      scores,
      nextStep: r.choice<EvaluationNextStep>('NextStep'),
      comment: r.text('Comment')
    };
    if (evaluation.level && !LEVEL_KEY.test(evaluation.level)) r.error('Level', 'may hold only a–z, 0–9 and "-"');
    if (evaluation.period && !isPeriod(evaluation.period)) r.error('Period', `must be a month as yyyy-mm, got ${JSON.stringify(evaluation.period)}`);
    return evaluation;
  },
  write: (x, lookups) => {
    const fields: ItemFields = {
      Title: evaluationTitle(x),
      EvaluationForm: x.form,
      Level: x.level,
      ServiceId: idOf(lookups, 'services', x.service),
      Period: x.period,
      NextStep: x.nextStep,
      Comment: x.comment
    };
    for (const question of EVALUATION_QUESTIONS) fields[SCORE_FIELDS[question]] = x.scores[question];
    return fields;
  }
};
