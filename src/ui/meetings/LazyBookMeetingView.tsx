import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';

type BookingChunk = typeof import('./BookingChunk');

let loading: Promise<BookingChunk> | undefined;

/**
 * Loads the booking view on first use, as a webpack chunk fetched from beside the bundle. A failed load is
 * forgotten, so "try again" fetches anew.
 */
function loadBookingChunk(): Promise<BookingChunk> {
  if (!loading) {
    const attempt = import(/* webpackChunkName: 'booking' */ './BookingChunk');
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}

type ChunkState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; chunk: BookingChunk };

/** The route #/book/<arena>, rendered once its chunk is here. */
export function LazyBookMeetingView(props: { arenaKey: string }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.meetings;
  const [state, setState] = React.useState<ChunkState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    loadBookingChunk().then(
      (chunk) => current && setState({ kind: 'loaded', chunk }),
      () => current && setState({ kind: 'failed' })
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  if (state.kind === 'loading') return <Spinner label={s.loadingView} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{s.loadViewFailed}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt(attempt + 1);
            }}
          >
            {s.tryAgain}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <state.chunk.BookMeetingView arenaKey={props.arenaKey} />;
}
