/**
 * Who filled in an evaluation: the staff member after a course of action, or the staff member together with the
 * child or the parents (Levanger: "et eget evalueringsskjema som skal benyttes sammen med barnet, de unge og
 * familiene deres").
 */
export type EvaluationForm = 'staff' | 'together';

export const EVALUATION_FORMS: readonly EvaluationForm[] = ['staff', 'together'];

/**
 * The 1–5 questions both forms ask, worded for each form in the UI strings. They follow what Levanger names as
 * what matters to the family (taken seriously, respect and trust, help when it is needed) and Ørskog's question
 * «Bidreg vi til positiv endring?», plus whether the services worked together.
 */
export type EvaluationQuestion = 'heard' | 'respect' | 'timely' | 'change' | 'cooperation';

export const EVALUATION_QUESTIONS: readonly EvaluationQuestion[] = ['heard', 'respect', 'timely', 'change', 'cooperation'];

/** What the evaluation led to, the BTI way: close, continue on this level, or move up a level. */
export type EvaluationNextStep = 'close' | 'continue' | 'moveUp';

export const EVALUATION_NEXT_STEPS: readonly EvaluationNextStep[] = ['close', 'continue', 'moveUp'];

/** Lowest and highest answer on the scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/**
 * One filled-in evaluation form. It deliberately holds nothing that identifies a child: no name, no date of
 * birth, no date at all — only the month (`period`), the level, the service and the answers.
 */
export interface Evaluation {
  form: EvaluationForm;
  /** Value key of the level dimension (BTI: "0"–"3"). */
  level: string;
  /** Key of the service that evaluated its course of action. */
  service: string;
  /** The month, yyyy-mm. */
  period: string;
  /** 1–5 per question; a question left unanswered is absent. */
  scores: Partial<Record<EvaluationQuestion, number>>;
  nextStep?: EvaluationNextStep;
  /** Free text, checked for personal data before it is sent. */
  comment: string;
  id?: number;
}
