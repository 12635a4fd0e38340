import * as React from 'react';
import { makeStyles, Title2, Title3, tokens } from '@fluentui/react-components';
import type { Route } from '../../app/routes';
import { useApp } from '../../app/AppContext';
import { useCanEditModel } from '../../app/useCanEditModel';
import { RouteLink } from '../../common/RouteLink';
import { useServices } from '../../shell/ServicesContext';
import { EvaluationForm } from './EvaluationForm';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  intro: { maxWidth: '48em' },
  links: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0` },
  group: { marginBlock: tokens.spacingVerticalM },
  form: { marginTop: tokens.spacingVerticalXL }
});

/** "Evaluere": the evaluation form, with the way to feedback, the action plan and the annual wheel beside it. */
export function EvaluateView(props: { level?: string }): React.ReactElement {
  const s = useEvaluationStrings();
  const nav = useApp().strings.evaluation.nav;
  const styles = useStyles();
  const canEdit = useCanEditModel(useServices().permissions);
  const forEveryone: Array<{ route: Route; label: string }> = [
    { route: { view: 'feedback' }, label: s.feedback.title },
    { route: { view: 'actionPlan' }, label: s.hub.actionPlan },
    { route: { view: 'annualWheel' }, label: s.hub.annualWheel }
  ];
  const forProjectGroup: Array<{ route: Route; label: string }> = [
    { route: { view: 'feedbackTriage' }, label: nav.triage },
    { route: { view: 'evaluationResults' }, label: s.results.title },
    { route: { view: 'yearlyReport' }, label: nav.report }
  ];
  const linkList = (links: Array<{ route: Route; label: string }>): React.ReactElement => (
    <ul className={styles.links}>
      {links.map((l) => (
        <li key={l.route.view}>
          <RouteLink to={l.route}>{l.label}</RouteLink>
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <Title2 as="h1" id="tb-evaluate-title">
        {s.hub.title}
      </Title2>
      <p className={styles.intro}>{s.hub.intro}</p>
      <nav aria-labelledby="tb-evaluate-title">{linkList(forEveryone)}</nav>
      {canEdit && (
        <nav className={styles.group} aria-labelledby="tb-evaluate-group">
          <Title3 as="h2" id="tb-evaluate-group">
            {s.hub.forProjectGroup}
          </Title3>
          {linkList(forProjectGroup)}
        </nav>
      )}
      <section className={styles.form} aria-labelledby="tb-evaluation-form-title">
        <Title3 as="h2" id="tb-evaluation-form-title">
          {s.form.title}
        </Title3>
        <p className={styles.intro}>{s.form.intro}</p>
        <EvaluationForm level={props.level} />
      </section>
    </div>
  );
}
