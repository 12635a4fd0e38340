import * as React from 'react';
import { Badge, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { routinesInTitleOrder } from '../../core/model/routineTitleOrder';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  summary: { display: 'block', color: tokens.colorNeutralForeground3 }
});

/** Every routine, urgent ones first, then by title. */
export function RoutinesView(): React.ReactElement {
  const { strings, model, routineTitleOrder } = useApp();
  const styles = useStyles();
  // Urgent first; the sort is stable, so each group stays in title order.
  const routines = routinesInTitleOrder(model.routines, routineTitleOrder).sort((a, b) => Number(b.urgent) - Number(a.urgent));
  return (
    <section aria-labelledby="tb-routines-title">
      <Title2 as="h1" block id="tb-routines-title">
        {strings.nav.routines}
      </Title2>
      <ul className={styles.list}>
        {routines.map((r) => (
          <li key={r.key}>
            <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>{' '}
            {r.urgent && (
              <Badge color="danger" appearance="filled" size="small">
                {strings.routine.urgentBadge}
              </Badge>
            )}
            <Text className={styles.summary}>{r.summary}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
