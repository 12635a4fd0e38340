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
  const generation = useChangeCount(deps);
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
  }, [generation, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}

/**
 * A number that grows each time `deps` differ (Object.is, as React compares) from the last render's: a list of
 * dependencies of any length becomes one value the hooks linter can check.
 */
function useChangeCount(deps: React.DependencyList): number {
  const seen = React.useRef<{ deps: React.DependencyList; count: number }>({ deps, count: 0 });
  const previous = seen.current.deps;
  if (deps.length !== previous.length || deps.some((value, i) => !Object.is(value, previous[i]))) {
    seen.current = { deps, count: seen.current.count + 1 };
  }
  return seen.current.count;
}
