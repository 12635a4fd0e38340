import * as React from 'react';
import { formatRoute, parseRoute, type Route } from './routes';

/** The current route, kept in the URL hash so the browser's back button and shared links work. */
export function useHashRoute(initial: Route | undefined): [Route, (route: Route) => void] {
  const [route, setRoute] = React.useState<Route>(() => (window.location.hash ? parseRoute(window.location.hash) : initial ?? { view: 'home' }));
  React.useEffect(() => {
    const onHashChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = React.useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}
