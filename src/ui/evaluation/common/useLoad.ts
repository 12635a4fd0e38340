import * as React from 'react';

export type LoadState<T> = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'loaded'; value: T };

/**
 * Runs `load` whenever `deps` change and keeps its state; `reload` runs it again. A result that arrives after the
 * view moved on (new deps, unmounted) is dropped. `load` may be a new closure each render: the latest one runs.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): [LoadState<T>, () => void] {
  const [state, setState] = React.useState<LoadState<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const latest = React.useRef(load);
  latest.current = load;
  React.useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    latest.current().then(
      (value) => current && setState({ kind: 'loaded', value }),
      (error: unknown) => current && setState({ kind: 'failed', error })
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
