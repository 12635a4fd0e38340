import * as React from 'react';
import { makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import type { Arena } from '../../core/model/Arena';
import { useApp } from '../app/AppContext';
import { MultilineText } from '../common/MultilineText';
import { RouteLink } from '../common/RouteLink';
import { useModelLookups } from '../common/useModelLookups';
import { BookMeetingLink } from '../meetings/BookMeetingLink';
import { NotFoundMessage } from '../common/NotFoundMessage';
import { DirectoryPage } from './DirectoryPage';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  list: { paddingLeft: tokens.spacingHorizontalL }
});

function ArenaFacts(props: { arena: Arena }): React.ReactElement {
  const { strings } = useApp();
  const lookups = useModelLookups();
  const styles = useStyles();
  const { arena } = props;
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{strings.directory.frequency}</dt>
      <dd className={styles.detail}>{strings.directory.frequencies[arena.frequency]}</dd>
      {arena.chair && (
        <>
          <dt className={styles.term}>{strings.directory.chair}</dt>
          <dd className={styles.detail}>{arena.chair}</dd>
        </>
      )}
      <dt className={styles.term}>{strings.directory.participants}</dt>
      <dd className={styles.detail}>
        {arena.services
          .map((key) => lookups.service(key)?.title)
          .filter(Boolean)
          .join(', ')}
      </dd>
      <dt className={styles.term}>{strings.directory.consentRequired}</dt>
      <dd className={styles.detail}>{arena.consentRequired ? strings.guide.yes : strings.guide.no}</dd>
    </dl>
  );
}

/** The collaboration arenas: purpose, who takes part, how often, who chairs, whether consent is needed. */
export function ArenasView(): React.ReactElement {
  const { strings, model } = useApp();
  return (
    <DirectoryPage
      headingId="tb-arenas-title"
      title={strings.directory.arenasTitle}
      items={model.arenas}
      cardHeading={(arena) => <RouteLink to={{ view: 'arena', key: arena.key }}>{arena.title}</RouteLink>}
      cardBody={(arena) => (
        <>
          <Text>{arena.purpose}</Text>
          <ArenaFacts arena={arena} />
        </>
      )}
    />
  );
}

export function ArenaView(props: { arenaKey: string }): React.ReactElement {
  const { strings, model } = useApp();
  const lookups = useModelLookups();
  const styles = useStyles();
  const arena = lookups.arena(props.arenaKey);
  if (!arena) {
    return <NotFoundMessage text={strings.directory.notFound} />;
  }
  const routines = model.routines.filter((r) => r.arenas.includes(arena.key));
  return (
    <article aria-labelledby="tb-arena-title">
      <Title2 as="h1" block id="tb-arena-title">
        {arena.title}
      </Title2>
      <p>
        <BookMeetingLink arena={arena} />
      </p>
      <Title3 as="h2" block>{strings.directory.purpose}</Title3>
      <MultilineText text={arena.purpose} />
      <ArenaFacts arena={arena} />
      {arena.agendaTemplate && (
        <>
          <Title3 as="h2" block>{strings.directory.agenda}</Title3>
          <MultilineText text={arena.agendaTemplate} />
        </>
      )}
      {routines.length > 0 && (
        <>
          <Title3 as="h2" block>{strings.nav.routines}</Title3>
          <ul className={styles.list}>
            {routines.map((r) => (
              <li key={r.key}>
                <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
