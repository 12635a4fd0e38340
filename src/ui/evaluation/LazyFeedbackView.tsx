import * as React from 'react';
import { useApp } from '../app/AppContext';
import { LazyFeature } from '../shell/LazyFeature';
import { loadFeedbackChunk } from './loadFeedbackChunk';
import { evaluationStrings } from './strings';

/** The route #/feedback, rendered once the feedback chunk and the evaluation strings are here. */
export function LazyFeedbackView(): React.ReactElement {
  const { strings } = useApp();
  return <LazyFeature load={loadFeedbackChunk} strings={[evaluationStrings]} labels={strings.evaluation.common} render={(chunk) => <chunk.FeedbackView />} />;
}
