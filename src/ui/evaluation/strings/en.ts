import type { EvaluationStrings } from './types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: EvaluationStrings = {
  common: {
    notAllowed: 'This is for the project group: you do not have permission to edit the model.',
    unreadable: (n) => `${plural(n, 'item', 'items')} in the list could not be read and ${n === 1 ? 'is' : 'are'} left out.`,
    required: 'Please fill in this field.',
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  },
  privacy: {
    title: 'This may be information about a child',
    intro: 'Trygge Barn must not store anything that could identify a child. Please check the text:',
    kinds: { name: 'a name', age: 'an age', dateOfBirth: 'a date of birth', birthNumber: 'a national identity number' },
    finding: (text, kind) => `“${text}” may be ${kind}`,
    edit: 'Edit the text',
    confirm: 'Send anyway – this is not about a child'
  },
  feedback: {
    title: 'Give feedback',
    intro: 'Everyone counts: tell us what works and what should be better in the model. Your feedback goes to the project group.',
    subject: 'Subject',
    body: 'Your feedback',
    bodyHint: 'Do not write names, ages or anything else about a child or a family.',
    routine: 'Concerns routine (optional)',
    noRoutine: 'No particular routine',
    giveName: 'Include my name',
    anonymousNote: 'Without your name the project group sees the feedback anonymously. SharePoint still records who created the item, as it does for everything in its lists.',
    namedAs: (name) => `Sent with the name ${name}.`,
    send: 'Send feedback',
    sending: 'Sending …',
    sent: 'Thank you! Your feedback has been sent to the project group.',
    sendAnother: 'Send more',
    failed: 'Your feedback was not sent. Please try again.'
  },
  form: {
    title: 'Evaluation',
    intro:
      'Evaluate when a course of action ends or is reviewed: are we contributing to positive change, or must we try something new? The form stores only the month, level and service – never a name or a date of birth.',
    who: 'Who is filling in the form?',
    forms: { staff: 'Me as staff, after the course of action', together: 'Together with the child or the parents' },
    level: 'Level',
    service: 'Service',
    chooseService: 'Choose a service',
    period: 'Month',
    scaleHint: '1 = to a very small extent, 5 = to a very large extent.',
    dontKnow: "Don't know",
    questions: {
      staff: {
        heard: "Was the child's voice heard and taken seriously?",
        respect: 'Did the family experience respect and trust?',
        timely: 'Did help come at the right time?',
        change: 'Did the course of action contribute to positive change?',
        cooperation: 'Did the services work well together?'
      },
      together: {
        heard: 'Did you feel heard and taken seriously?',
        respect: 'Were you treated with respect?',
        timely: 'Did you get help when you needed it?',
        change: 'Has the help made things better?',
        cooperation: 'Did the people helping you work well together?'
      }
    },
    nextStep: 'What happens next?',
    nextSteps: { close: 'Close', continue: 'Continue on this level', moveUp: 'Move up a level' },
    notDecided: 'Not decided',
    comment: 'Comment (optional)',
    commentHint: 'What worked, and what should be done differently? Do not write names or anything else about the child.',
    answerOne: 'Answer at least one question.',
    send: 'Send evaluation',
    sent: 'Thank you! The evaluation has been saved.',
    another: 'Fill in another',
    failed: 'The evaluation was not saved. Please try again.',
    noLevels: 'The model has no levels to evaluate.'
  },
  hub: {
    title: 'Evaluate and improve',
    intro: 'The model is evaluated and improved all the time. Here you evaluate courses of action, give feedback and see the action plan and the annual wheel.',
    forProjectGroup: 'For the project group',
    actionPlan: 'Action plan',
    annualWheel: 'Annual wheel'
  },
  triage: {
    title: 'Feedback',
    intro: 'New feedback comes first. Set the status and link each piece of feedback to the routine it concerns.',
    counts: (fresh, inProgress, done) => `${fresh} new · ${inProgress} in progress · ${done} done`,
    statuses: { new: 'New', inProgress: 'In progress', done: 'Done' },
    status: 'Status',
    routine: 'Concerns routine',
    anonymous: 'Anonymous',
    from: (name) => `From ${name}`,
    received: (date) => `Received ${date}`,
    save: 'Save',
    saved: 'Saved.',
    saveFailed: 'The change was not saved. Please try again.',
    empty: 'No feedback yet.'
  },
  results: {
    title: 'Evaluation results',
    intro: 'Average scores from 1 to 5 per level, question, service and month. The figures come only from forms that hold nothing about the child.',
    year: 'Year',
    service: 'Service',
    allServices: 'All services',
    form: 'Form',
    bothForms: 'Both forms',
    count: (n) => plural(n, 'evaluation', 'evaluations'),
    mean: (mean) => `Average ${mean} of 5`,
    noData: 'No evaluations for this selection.',
    reading: (n) => `Reading evaluations … ${n}`,
    byLevel: 'Average score per level',
    byQuestion: 'Average score per question',
    byService: 'Average score per service',
    byPeriod: 'Evaluations per month',
    nextSteps: 'What happened next',
    questionShort: { heard: 'Heard', respect: 'Respect', timely: 'Timely', change: 'Change', cooperation: 'Cooperation' },
    questionColumn: 'Question',
    averageColumn: 'Average (1–5)',
    answersColumn: 'Answers',
    evaluationsColumn: 'Evaluations'
  },
  chart: { showTable: 'Show as a table', hideTable: 'Hide the table', noValue: 'No answers', tooFew: 'Too few answers', tooFewForMean: 'too few answers to show an average' },
  actionPlan: {
    title: 'Action plan',
    intro: "The measures of the municipality's plan, with status and deadline. Measures past their deadline and not done are marked.",
    columns: {
      focusArea: 'Focus area',
      goal: 'Goal',
      measure: 'Measure',
      targetGroup: 'Target group',
      responsibleUnits: 'Responsible units',
      deadline: 'Deadline',
      status: 'Status'
    },
    statuses: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    overdue: 'Overdue',
    progress: (done, planned, percent) => `${done} of ${planned} measures done (${percent}%)`,
    overdueCount: (n) => `${plural(n, 'measure is', 'measures are')} past the deadline`,
    noDeadline: 'No deadline',
    empty: 'The action plan is empty.'
  },
  wheel: {
    title: 'Annual wheel',
    intro: 'The fixed activities of the year, which keep the focus on children we are worried about. Choose an activity to read more.',
    figureLabel: 'Annual wheel with each activity placed on its month',
    now: (month) => `Now: ${month}`,
    listTitle: 'Activities month by month',
    everyYears: (n) => (n === 1 ? 'Every year' : `Every ${n} years`),
    audience: 'For whom',
    bookMeeting: (arena) => `Book a meeting: ${arena}`,
    empty: 'The annual wheel has no activities.',
    nothing: 'No activities'
  },
  report: {
    title: (year) => `Yearly report ${year}`,
    subtitle: (municipality) => `Trygge Barn · ${municipality}`,
    intro: "A summary for the municipality's annual report: changes to the model, routine reviews, evaluations and the action plan.",
    year: 'Year',
    print: 'Print or save as PDF',
    madeOn: (date) => `Made on ${date}`,
    changesTitle: 'Changes to the model',
    routinesTotal: (n) => `The model has ${plural(n, 'routine', 'routines')}.`,
    added: (n) => `New routines: ${n}`,
    reviewed: (n) => `Routines reviewed: ${n}`,
    changedOnly: (n) => `Changed without a review: ${n}`,
    reviewTitle: 'Review status of the routines',
    reviewStates: { overdue: 'Overdue', dueSoon: 'Due soon', current: 'Up to date', unknown: 'No date' },
    overdueRoutines: 'Routines past their review date',
    evaluationsTitle: 'Evaluations',
    actionPlanTitle: 'The action plan',
    feedbackTitle: 'Feedback ("Everyone counts")',
    feedbackSummary: (received, done) => `${received} received, ${done} dealt with.`
  }
};
