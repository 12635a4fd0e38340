/**
 * The entry of the lazily loaded "feedback" chunk: the feedback form with its personal-data check (the privacy
 * guard and its name lists), which a reader needs only once they open the form.
 */
export { FeedbackForm } from './FeedbackForm';
export { FeedbackView } from './FeedbackView';
