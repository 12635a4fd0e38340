import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { isPermissionDenied } from '../../../data/ports/PermissionDeniedError';
import { useApp } from '../../app/AppContext';
import type { LoadState } from './useLoad';

/** Spinner while loading; a plain message (and "try again") when it failed; nothing once loaded. */
export function LoadStatus(props: { state: LoadState<unknown>; onRetry: () => void; loadingLabel?: string }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.evaluation.common;
  if (props.state.kind === 'loading') return <Spinner label={props.loadingLabel ?? s.loading} />;
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
        <MessageBarBody>{s.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>{s.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <></>;
}
