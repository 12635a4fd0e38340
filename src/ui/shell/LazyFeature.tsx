import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import type { Locale } from '../../core/i18n/Locale';
import type { StringsSource, StringsWrapper } from './featureStrings';

/** What a lazy feature says while it loads and when it could not. */
export interface LazyFeatureLabels {
  loading: string;
  loadFailed: string;
  retry: string;
}

type Loaded<C> = { chunk: C; wrap: StringsWrapper };
type LoadState<C> = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; loaded: Loaded<C> };

function provideAll(features: readonly StringsSource[], locale: Locale): Promise<StringsWrapper> {
  return Promise.all(features.map((f) => f.provide(locale))).then(
    (wrappers) => (children) => wrappers.reduceRight<React.ReactElement>((inner, wrap) => wrap(inner), <>{children}</>)
  );
}

/**
 * A view whose code and strings are webpack chunks: shows a spinner until the chunk and the feature strings in the
 * user's language are here (fetched together), a message with "try again" if either failed, then `render(chunk)`
 * inside the strings. A language switch fetches the strings in the new language while the view stays mounted, so
 * nothing typed is lost.
 */
export function LazyFeature<C>(props: {
  load: () => Promise<C>;
  strings: readonly StringsSource[];
  labels: LazyFeatureLabels;
  render: (chunk: C) => React.ReactElement;
}): React.ReactElement {
  const { locale } = useApp();
  const { labels, render } = props;
  // The feature's loader and strings are module constants; the locale and a retry are what start a new load.
  const sources = React.useRef(props);
  sources.current = props;
  const [state, setState] = React.useState<LoadState<C>>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    Promise.all([sources.current.load(), provideAll(sources.current.strings, locale)]).then(
      ([chunk, wrap]) => current && setState({ kind: 'loaded', loaded: { chunk, wrap } }),
      () => current && setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'failed' }))
    );
    return () => {
      current = false;
    };
  }, [locale, attempt]);
  if (state.kind === 'loading') return <Spinner label={labels.loading} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{labels.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt(attempt + 1);
            }}
          >
            {labels.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return state.loaded.wrap(render(state.loaded.chunk));
}
