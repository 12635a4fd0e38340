import * as React from 'react';
import { formatRoute, type Route } from '../app/routes';
import { RouteNotFound, ViewErrorBoundary } from './ViewErrorBoundary';
import { OverviewView } from '../model/OverviewView';
import { RoutineView } from '../model/RoutineView';
import { GuideView } from '../guide/GuideView';
import { UrgentView } from '../guide/UrgentView';
import { RoutinesView } from '../directory/RoutinesView';
import { ServicesView, ServiceView } from '../directory/ServicesView';
import { ToolsView } from '../directory/ToolsView';
import { ArenasView, ArenaView } from '../directory/ArenasView';
import { ContactsView } from '../directory/ContactsView';
import { ForMeView } from '../forMe/ForMeView';
import { LazyBookMeetingView } from '../meetings/LazyBookMeetingView';
import { LazyFeedbackView } from '../evaluation/LazyFeedbackView';
import { LazyEvaluationView } from '../evaluation/LazyEvaluationView';
import { LazyAdminView } from '../admin/LazyAdminView';

/**
 * The view for a route, inside an error boundary: a view that throws shows a message and the way back, never a
 * blank part. Moving to another route clears the failure (the views themselves are not remounted by it).
 */
export function RouteView(props: { route: Route }): React.ReactElement {
  const { route } = props;
  return (
    <ViewErrorBoundary view={route.view} resetKey={route.view === 'notFound' ? 'notFound' : formatRoute(route)}>
      {viewFor(route)}
    </ViewErrorBoundary>
  );
}

function viewFor(route: Route): React.ReactElement {
  switch (route.view) {
    case 'guide':
      return <GuideView />;
    case 'urgent':
      return <UrgentView />;
    case 'routines':
      return <RoutinesView />;
    case 'routine':
      return <RoutineView routineKey={route.key} />;
    case 'services':
      return <ServicesView />;
    case 'service':
      return <ServiceView serviceKey={route.key} />;
    case 'tools':
      return <ToolsView />;
    case 'arenas':
      return <ArenasView />;
    case 'arena':
      return <ArenaView arenaKey={route.key} />;
    case 'contacts':
      return <ContactsView />;
    case 'forMe':
      return <ForMeView />;
    case 'book':
      return <LazyBookMeetingView arenaKey={route.arena} />;
    case 'feedback':
      return <LazyFeedbackView />;
    case 'evaluate':
    case 'actionPlan':
    case 'annualWheel':
    case 'feedbackTriage':
    case 'evaluationResults':
    case 'yearlyReport':
      return <LazyEvaluationView route={route} />;
    case 'admin':
    case 'adminRoutine':
      return <LazyAdminView route={route} />;
    case 'notFound':
      return <RouteNotFound />;
    default:
      return <OverviewView />;
  }
}
