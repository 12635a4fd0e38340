import type { Feedback, FeedbackStatus } from '../model/Feedback';
import { idOf, type EntityMapping } from './EntityMapping';

export const feedbackMapping: EntityMapping<Feedback> = {
  list: 'feedback',
  read: (r) => ({
    id: r.id,
    title: r.text('Title'),
    body: r.text('Body'),
    routine: r.lookup('Routine'),
    status: r.choice<FeedbackStatus>('FeedbackStatus') ?? 'new',
    submittedBy: r.optionalText('SubmittedBy'),
    created: r.created()
  }),
  write: (x, lookups) => ({
    Title: x.title,
    Body: x.body,
    RoutineId: idOf(lookups, 'routines', x.routine),
    FeedbackStatus: x.status,
    SubmittedBy: x.submittedBy
  })
};
