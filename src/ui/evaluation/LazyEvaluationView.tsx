import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Route } from '../app/routes';
import { useApp } from '../app/AppContext';

type EvaluationChunk = typeof import('./EvaluationChunk');

let loading: Promise<EvaluationChunk> | undefined;

/**
 * Loads the evaluation views (charts, report, wheel, forms) on first use. They are a separate webpack chunk, so
 * the bundle every staff member downloads stays small; SPFx's webpack fetches the chunk from beside the bundle.
 * A failed load is forgotten, so "try again" fetches anew.
 */
function loadEvaluationChunk(): Promise<EvaluationChunk> {
  if (!loading) {
    const attempt = import(/* webpackChunkName: 'evaluation' */ './EvaluationChunk');
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}

type ChunkState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; chunk: EvaluationChunk };

/** A route of "evaluate and improve", rendered once its chunk is here. */
export function LazyEvaluationView(props: { route: Route }): React.ReactElement {
  const { strings } = useApp();
  const [state, setState] = React.useState<ChunkState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    loadEvaluationChunk().then(
      (chunk) => current && setState({ kind: 'loaded', chunk }),
      () => current && setState({ kind: 'failed' })
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  if (state.kind === 'loading') return <Spinner label={strings.evaluation.common.loading} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{strings.evaluation.common.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt(attempt + 1);
            }}
          >
            {strings.evaluation.common.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <state.chunk.EvaluationRouteView route={props.route} />;
}
