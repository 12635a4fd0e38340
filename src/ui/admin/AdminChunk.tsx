import * as React from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { formatRoute, type Route } from '../app/routes';
import { AdminLayout } from './AdminLayout';
import { RoutineAdminList } from './routines/RoutineAdminList';
import { RoutineEditorView } from './routines/RoutineEditorView';
import { ReadinessView } from './readiness/ReadinessView';
import { ReviewOverviewView } from './review/ReviewOverviewView';
import { SiteSetupSection } from './setup/SiteSetupSection';
import { ModelTransferView } from './transfer/ModelTransferView';
import { WordsView } from './words/WordsView';
import { AdminWorkspaceContext } from './workspace/AdminWorkspace';
import { useAdminWorkspaceLoader } from './workspace/useAdminWorkspaceLoader';
import { useAdminStrings } from './strings';
import { useApp } from '../app/AppContext';
import { useModelChanged, useServices } from '../shell/ServicesContext';

export { SiteSetupPanel } from './setup/SiteSetupPanel';

/**
 * The entry of the lazily loaded "admin" chunk: the admin routes. The workspace (model with drafts, ETags) is
 * loaded once and shared while the admin moves between sections; site setup works without it, since a site
 * without the lists has no model to load.
 */
export function AdminRouteView(props: { route: Route }): React.ReactElement {
  const { route } = props;
  const s = useAdminStrings();
  const entry = useApp().strings.admin;
  const services = useServices();
  const state = useAdminWorkspaceLoader(services.admin, services.modelStore, useModelChanged());
  if (route.view !== 'admin' && route.view !== 'adminRoutine') return <></>;
  const section = route.view === 'admin' ? route.section : 'routines';
  let content: React.ReactElement;
  if (section === 'setup') {
    content = <SiteSetupSection onChanged={state.retry} />;
  } else if (state.kind === 'loading') {
    content = <Spinner label={entry.loading} />;
  } else if (state.kind === 'failed') {
    content = (
      <MessageBar intent="error">
        <MessageBarBody>
          {entry.loadFailed} <Link href={formatRoute({ view: 'admin', section: 'setup' })}>{s.sections.setup}</Link>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={state.retry}>{entry.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else {
    let view: React.ReactElement;
    if (route.view === 'adminRoutine') view = <RoutineEditorView key={route.key} routineKey={route.key} />;
    else if (section === 'review') view = <ReviewOverviewView />;
    else if (section === 'readiness') view = <ReadinessView />;
    else if (section === 'words') view = <WordsView />;
    else if (section === 'transfer') view = <ModelTransferView />;
    else view = <RoutineAdminList />;
    content = <AdminWorkspaceContext.Provider value={state.workspace}>{view}</AdminWorkspaceContext.Provider>;
  }
  return <AdminLayout current={section}>{content}</AdminLayout>;
}
