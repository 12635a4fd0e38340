import * as React from 'react';
import { makeStyles, Title2, Title3, tokens } from '@fluentui/react-components';
import { routinesForOutcome } from '../../core/guide/worryGuide';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { CallNowCard } from './CallNowCard';
import { UrgentPanel } from './UrgentPanel';

const useStyles = makeStyles({ list: { paddingLeft: tokens.spacingHorizontalL } });

/** The violence and sexual-abuse path: one click from every view. */
export function UrgentView(): React.ReactElement {
  const { strings, model, myService } = useApp();
  const styles = useStyles();
  return (
    <section aria-labelledby="tb-urgent-title">
      <Title2 as="h1" id="tb-urgent-title">
        {strings.urgentButton}
      </Title2>
      <CallNowCard headingLevel="h2" />
      <p>{strings.urgentIntro}</p>
      <UrgentPanel headingLevel="h2" />
      <Title3 as="h2">{strings.nav.routines}</Title3>
      <ul className={styles.list}>
        {routinesForOutcome(model, 'urgent', myService).map((r) => (
          <li key={r.key}>
            <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
