import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { parseRoute, type Route } from '../../../src/ui/app/routes';
import { RouteView } from '../../../src/ui/shell/RouteView';
import { useHashRoute } from '../../../src/ui/app/useHashRoute';
import { ViewErrorBoundary } from '../../../src/ui/shell/ViewErrorBoundary';
import { SHELL_STRINGS } from '../../../src/ui/shell/shellStrings';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { fakeServices, renderWithApp, tinyModel } from '../../support/renderWithApp';

/** Words a failing view might carry in its error: they must never reach the screen or the console. */
const PERSONAL = 'Ola Nordmann, 3B, født 12.03.2015';

let consoleError: jest.SpyInstance;
beforeEach(() => {
  // React and jsdom report a caught render error on console.error as well; silence them and keep the calls.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  window.location.hash = '';
});

/** Everything the boundary itself wrote to the console. */
function boundaryLogs(): string[] {
  return consoleError.mock.calls.map((args) => args.map(String).join(' ')).filter((line) => line.startsWith('Trygge Barn:'));
}

function Thrower(props: { failures: { left: number } }): React.ReactElement {
  if (props.failures.left > 0) {
    props.failures.left -= 1;
    throw new Error(PERSONAL);
  }
  return <p>the view</p>;
}

describe('route parsing never throws', () => {
  it.each([
    ['#/routine/%E0', { view: 'notFound' }],
    ['#/service/%', { view: 'notFound' }],
    ['#/arena/%E0%A4%A', { view: 'notFound' }],
    ['#/book/%C0%AF', { view: 'notFound' }],
    ['#/evaluate/%FF', { view: 'notFound' }],
    ['#/routine/<script>', { view: 'notFound' }],
    ['routine/%E0', { view: 'notFound' }],
    ['#/admin/routine/%E0', { view: 'admin', section: 'routines' }],
    ['#/constructor', { view: 'home' }],
    ['#/__proto__', { view: 'home' }],
    ['#/constructor/x', { view: 'home' }],
    ['#/%E0', { view: 'home' }],
    ['#/routine/niva-0', { view: 'routine', key: 'niva-0' }]
  ])('%s → %j', (hash, route) => {
    expect(() => parseRoute(hash)).not.toThrow();
    expect(parseRoute(hash)).toEqual(route);
  });

  it('survives any percent escape in any position', () => {
    for (let byte = 0; byte < 256; byte++) {
      const escape = `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      for (const hash of [`#/routine/${escape}`, `#/${escape}`, `#/admin/${escape}/${escape}`, `#/routine/a${escape}%`]) {
        expect(() => parseRoute(hash)).not.toThrow();
      }
    }
  });

  it('useHashRoute opens on a malformed hash and follows a malformed hashchange without throwing', () => {
    const seen: Route[] = [];
    function Probe(): React.ReactElement {
      const [route] = useHashRoute(undefined);
      seen.push(route);
      return <span>{route.view}</span>;
    }
    window.location.hash = '#/routine/%E0';
    render(<Probe />);
    expect(seen[seen.length - 1]).toEqual({ view: 'notFound' });
    act(() => {
      window.location.hash = '#/service/%';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(seen[seen.length - 1]).toEqual({ view: 'notFound' });
  });
});

describe.each(['nb', 'nn', 'en'] as const)('a link that cannot be read (%s)', (locale) => {
  it('shows "not found" and the way back to the overview, not a blank part', () => {
    const strings = SHELL_STRINGS[locale];
    renderWithApp(<RouteView route={parseRoute('#/routine/%E0')} />, { services: fakeServices(false), locale });
    const message = screen.getByTestId('route-not-found');
    expect(message.textContent).toContain(strings.notFoundTitle);
    expect(message.textContent).toContain(strings.notFoundText);
    expect(screen.getByRole('link', { name: strings.backToOverview }).getAttribute('href')).toBe('#/');
  });
});

describe('a view that throws', () => {
  /** The tiny model with its one routine's steps unreadable, as a view might meet a model it does not expect. */
  function modelWithBrokenRoutine(): TryggeBarnModel {
    const model = tinyModel();
    const routine = { ...model.routines[0] };
    Object.defineProperty(routine, 'steps', {
      get: () => {
        throw new Error(PERSONAL);
      }
    });
    return { ...model, routines: [routine, ...model.routines.slice(1)] };
  }

  it.each(['nb', 'nn', 'en'] as const)('in RouteView shows a message in %s with a way back, and the shell around it stays', (locale) => {
    const strings = SHELL_STRINGS[locale];
    const model = modelWithBrokenRoutine();
    renderWithApp(
      <main>
        <nav>menu</nav>
        <RouteView route={{ view: 'routine', key: model.routines[0].key }} />
      </main>,
      { services: fakeServices(false), model, locale }
    );
    const message = screen.getByTestId('view-failed');
    expect(message.textContent).toContain(strings.viewFailedTitle);
    expect(message.textContent).toContain(strings.viewFailedText);
    expect(screen.getByRole('link', { name: strings.backToOverview }).getAttribute('href')).toBe('#/');
    expect(screen.getByRole('button', { name: strings.tryAgain })).toBeTruthy();
    expect(screen.getByText('menu')).toBeTruthy();
    // Nothing from the error is shown or logged: only the view's name.
    expect(document.body.textContent).not.toContain('Ola Nordmann');
    expect(boundaryLogs()).toEqual(['Trygge Barn: the view "routine" failed to render.']);
  });

  it('tries again on "try again", and clears the failure when the route changes', () => {
    const failures = { left: 1 };
    const { rerender } = render(
      <ViewErrorBoundary view="routines" resetKey="#/routines">
        <Thrower failures={failures} />
      </ViewErrorBoundary>
    );
    // Outside the app's context it still speaks (Bokmål), and offers the overview.
    expect(screen.getByTestId('view-failed').textContent).toContain(SHELL_STRINGS.nb.viewFailedTitle);
    fireEvent.click(screen.getByRole('button', { name: SHELL_STRINGS.nb.tryAgain }));
    expect(screen.getByText('the view')).toBeTruthy();

    failures.left = 1;
    rerender(
      <ViewErrorBoundary view="routines" resetKey="#/routines/again">
        <Thrower failures={failures} />
      </ViewErrorBoundary>
    );
    expect(screen.getByTestId('view-failed')).toBeTruthy();
    rerender(
      <ViewErrorBoundary view="tools" resetKey="#/tools">
        <Thrower failures={failures} />
      </ViewErrorBoundary>
    );
    expect(screen.queryByTestId('view-failed')).toBeNull();
    expect(screen.getByText('the view')).toBeTruthy();
  });

  it('on the overview itself offers "try again" but no link to where it already is', () => {
    render(
      <ViewErrorBoundary view="home" resetKey="#/">
        <Thrower failures={{ left: 5 }} />
      </ViewErrorBoundary>
    );
    expect(screen.getByRole('button', { name: SHELL_STRINGS.nb.tryAgain })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
