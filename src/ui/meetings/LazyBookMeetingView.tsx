import * as React from 'react';
import { useApp } from '../app/AppContext';
import { LazyFeature } from '../shell/LazyFeature';
import { loadOnce } from '../../core/async/loadOnce';
import { meetingsStrings } from './strings';

/** The booking view, a webpack chunk fetched from beside the bundle on first use. */
const loadBookingChunk = loadOnce(() => import(/* webpackChunkName: 'booking' */ './BookingChunk'));

/** The route #/book/<arena>, rendered once its chunk and the booking's strings are here. */
export function LazyBookMeetingView(props: { arenaKey: string }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.meetings;
  return (
    <LazyFeature
      load={loadBookingChunk}
      strings={[meetingsStrings]}
      labels={{ loading: s.loadingView, loadFailed: s.loadViewFailed, retry: strings.retry }}
      render={(chunk) => <chunk.BookMeetingView arenaKey={props.arenaKey} />}
    />
  );
}
