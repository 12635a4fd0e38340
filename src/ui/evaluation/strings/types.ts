import type { ActionStatus } from '../../../core/model/ActionPlanItem';
import type { EvaluationForm, EvaluationNextStep, EvaluationQuestion } from '../../../core/model/Evaluation';
import type { FeedbackStatus } from '../../../core/model/Feedback';
import type { ReviewState } from '../../../core/model/reviewStatus';
import type { PersonalDataKind } from '../../../core/privacy';

/** The words of "evaluate and improve": feedback, evaluation forms, results, action plan, annual wheel, yearly report. */
export interface EvaluationStrings {
  common: {
    notAllowed: string;
    unreadable: (n: number) => string;
    required: string;
    monthNames: readonly string[];
    monthShort: readonly string[];
  };
  privacy: {
    title: string;
    intro: string;
    kinds: Record<PersonalDataKind, string>;
    finding: (text: string, kind: string) => string;
    edit: string;
    confirm: string;
  };
  feedback: {
    title: string;
    intro: string;
    subject: string;
    body: string;
    bodyHint: string;
    routine: string;
    noRoutine: string;
    giveName: string;
    anonymousNote: string;
    namedAs: (name: string) => string;
    send: string;
    sending: string;
    sent: string;
    sendAnother: string;
    failed: string;
  };
  form: {
    title: string;
    intro: string;
    who: string;
    forms: Record<EvaluationForm, string>;
    level: string;
    service: string;
    chooseService: string;
    period: string;
    scaleHint: string;
    dontKnow: string;
    questions: Record<EvaluationForm, Record<EvaluationQuestion, string>>;
    nextStep: string;
    nextSteps: Record<EvaluationNextStep, string>;
    notDecided: string;
    comment: string;
    commentHint: string;
    answerOne: string;
    send: string;
    sent: string;
    another: string;
    failed: string;
    noLevels: string;
  };
  hub: {
    title: string;
    intro: string;
    forProjectGroup: string;
    actionPlan: string;
    annualWheel: string;
  };
  triage: {
    title: string;
    intro: string;
    counts: (fresh: number, inProgress: number, done: number) => string;
    statuses: Record<FeedbackStatus, string>;
    status: string;
    routine: string;
    anonymous: string;
    from: (name: string) => string;
    received: (date: string) => string;
    save: string;
    saved: string;
    saveFailed: string;
    empty: string;
  };
  results: {
    title: string;
    intro: string;
    year: string;
    service: string;
    allServices: string;
    form: string;
    bothForms: string;
    count: (n: number) => string;
    mean: (mean: string) => string;
    noData: string;
    reading: (n: number) => string;
    byLevel: string;
    byQuestion: string;
    byService: string;
    byPeriod: string;
    nextSteps: string;
    questionShort: Record<EvaluationQuestion, string>;
    questionColumn: string;
    averageColumn: string;
    answersColumn: string;
    evaluationsColumn: string;
  };
  chart: {
    showTable: string;
    hideTable: string;
    noValue: string;
    /** In place of a mean from a single answer, which would show that person's own scores. */
    tooFew: string;
    /** The headline's note when there are too few evaluations for a mean. */
    tooFewForMean: string;
  };
  actionPlan: {
    title: string;
    intro: string;
    columns: { focusArea: string; goal: string; measure: string; targetGroup: string; responsibleUnits: string; deadline: string; status: string };
    statuses: Record<ActionStatus, string>;
    overdue: string;
    progress: (done: number, planned: number, percent: number) => string;
    overdueCount: (n: number) => string;
    noDeadline: string;
    empty: string;
  };
  wheel: {
    title: string;
    intro: string;
    figureLabel: string;
    now: (month: string) => string;
    listTitle: string;
    everyYears: (n: number) => string;
    audience: string;
    bookMeeting: (arena: string) => string;
    empty: string;
    nothing: string;
  };
  report: {
    title: (year: number) => string;
    subtitle: (municipality: string) => string;
    intro: string;
    year: string;
    print: string;
    madeOn: (date: string) => string;
    changesTitle: string;
    routinesTotal: (n: number) => string;
    added: (n: number) => string;
    reviewed: (n: number) => string;
    changedOnly: (n: number) => string;
    reviewTitle: string;
    reviewStates: Record<ReviewState, string>;
    overdueRoutines: string;
    evaluationsTitle: string;
    actionPlanTitle: string;
    feedbackTitle: string;
    feedbackSummary: (received: number, done: number) => string;
  };
}
