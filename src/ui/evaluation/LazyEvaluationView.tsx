import * as React from 'react';
import type { Route } from '../app/routes';
import { useApp } from '../app/AppContext';
import { LazyFeature } from '../shell/LazyFeature';
import { loadOnce } from '../../core/async/loadOnce';
import { evaluationStrings } from './strings';

/**
 * The evaluation views (charts, report, wheel, forms): a separate webpack chunk, so the bundle every staff member
 * downloads stays small; SPFx's webpack fetches the chunk from beside the bundle.
 */
const loadEvaluationChunk = loadOnce(() => import(/* webpackChunkName: 'evaluation' */ './EvaluationChunk'));

/** A route of "evaluate and improve", rendered once its chunk and strings are here. */
export function LazyEvaluationView(props: { route: Route }): React.ReactElement {
  const { strings } = useApp();
  return (
    <LazyFeature
      load={loadEvaluationChunk}
      strings={[evaluationStrings]}
      labels={strings.evaluation.common}
      render={(chunk) => <chunk.EvaluationRouteView route={props.route} />}
    />
  );
}
