import * as React from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n/Locale';
import { AppContext, type AppContextValue } from '../app/AppContext';
import { formatRoute, type Route } from '../app/routes';
import { SHELL_STRINGS } from './shellStrings';

export interface ViewErrorBoundaryProps {
  /** Which view this boundary holds: only this name (one of a fixed set) is ever written to the console. */
  view: Route['view'];
  /** When this changes (another route), a failure is cleared and the children are tried again. */
  resetKey?: string;
  children?: React.ReactNode;
}

interface ViewErrorBoundaryState {
  failed: boolean;
  resetKey: string | undefined;
}

function localeOf(context: AppContextValue | undefined): Locale {
  return context?.locale ?? 'nb';
}

/**
 * Around every view: a view that throws while rendering shows a message and a way back to the overview (and a
 * "try again"), never a blank web part. It reports nothing that could hold personal data: no error message, no
 * stack, no props or model text is shown, logged or sent — only the view's name goes to the console, so the
 * failure can be found. A new `resetKey` (the route) clears a failure, so moving to another view starts afresh.
 */
export class ViewErrorBoundary extends React.Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  public static override contextType = AppContext;
  public declare context: AppContextValue | undefined;
  public override state: ViewErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  // React's API: null means "no change".
  // eslint-disable-next-line @rushstack/no-new-null
  public static getDerivedStateFromProps(props: ViewErrorBoundaryProps, state: ViewErrorBoundaryState): Partial<ViewErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  public static getDerivedStateFromError(): Partial<ViewErrorBoundaryState> {
    return { failed: true };
  }

  public override componentDidCatch(): void {
    // Deliberately not the error: its message may quote model text or what a user typed.
    console.error(`Trygge Barn: the view "${this.props.view}" failed to render.`);
  }

  public override render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    const strings = SHELL_STRINGS[localeOf(this.context)];
    return (
      <MessageBar intent="error" layout="multiline" data-testid="view-failed">
        <MessageBarBody>
          <MessageBarTitle>{strings.viewFailedTitle}</MessageBarTitle> {strings.viewFailedText}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ failed: false })}>{strings.tryAgain}</Button>
          {this.props.view !== 'home' && <Link href={formatRoute({ view: 'home' })}>{strings.backToOverview}</Link>}
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** What a link to a view whose key cannot be read shows ("#/routine/%E0"): a message and the way back. */
export function RouteNotFound(): React.ReactElement {
  const strings = SHELL_STRINGS[localeOf(React.useContext(AppContext))];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="route-not-found">
      <MessageBarBody>
        <MessageBarTitle>{strings.notFoundTitle}</MessageBarTitle> {strings.notFoundText}
      </MessageBarBody>
      <MessageBarActions>
        <Link href={formatRoute({ view: 'home' })}>{strings.backToOverview}</Link>
      </MessageBarActions>
    </MessageBar>
  );
}
