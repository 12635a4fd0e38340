import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { isPermissionDenied } from '../../data/ports/PermissionDeniedError';
import type { LoadState } from './useLoad';
import { useEvaluationStrings } from '../evaluation/strings';
import { useApp } from '../app/AppContext';

/** Spinner while loading; a plain message (and "try again") when it failed; nothing once loaded. */
export function LoadStatus(props: { state: LoadState<unknown>; onRetry: () => void; loadingLabel?: string }): React.ReactElement {
  const s = useEvaluationStrings().common;
  const entry = useApp().strings.evaluation.common;
  if (props.state.kind === 'loading') return <Spinner label={props.loadingLabel ?? entry.loading} />;
  if (props.state.kind === 'failed') {
    if (isPermissionDenied(props.state.error)) {
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{s.notAllowed}</MessageBarBody>
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="error">
        <MessageBarBody>{entry.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>{entry.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <></>;
}
