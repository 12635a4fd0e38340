import { loadOnce } from '../../core/async/loadOnce';

/** The feedback form and view, a webpack chunk fetched from beside the bundle when a reader opens the form. */
export const loadFeedbackChunk = loadOnce(() => import(/* webpackChunkName: 'feedback' */ './FeedbackChunk'));
