import * as React from 'react';
import { Badge, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { compareNorwegian } from '../../core/i18n/compareNorwegian';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  summary: { display: 'block', color: tokens.colorNeutralForeground3 }
});

/** Every routine, urgent ones first, then by title. */
export function RoutinesView(): React.ReactElement {
  const { strings, model } = useApp();
  const styles = useStyles();
  const routines = [...model.routines].sort((a, b) => Number(b.urgent) - Number(a.urgent) || compareNorwegian(a.title, b.title));
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
