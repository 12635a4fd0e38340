import * as React from 'react';
import type { Route } from '../app/routes';
import { ActionPlanView } from './actionPlan/ActionPlanView';
import { AnnualWheelView } from './annualWheel/AnnualWheelView';
import { EvaluateView } from './form/EvaluateView';
import { EvaluationResultsView } from './results/EvaluationResultsView';
import { FeedbackTriageView } from './triage/FeedbackTriageView';
import { YearlyReportView } from './report/YearlyReportView';

/** The entry of the lazily loaded "evaluation" chunk: everything heavier than the feedback form. */
export function EvaluationRouteView(props: { route: Route }): React.ReactElement {
  const { route } = props;
  switch (route.view) {
    case 'evaluate':
      return <EvaluateView level={route.level} />;
    case 'actionPlan':
      return <ActionPlanView />;
    case 'annualWheel':
      return <AnnualWheelView />;
    case 'feedbackTriage':
      return <FeedbackTriageView />;
    case 'evaluationResults':
      return <EvaluationResultsView />;
    case 'yearlyReport':
      return <YearlyReportView />;
    default:
      // RouteView sends only the routes above here.
      return <></>;
  }
}
