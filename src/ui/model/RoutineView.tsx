import * as React from 'react';
import { Badge, Button, Link, makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';
import { useApp } from '../app/AppContext';
import { sharePointDeepLink, subPageIdOf, teamsDeepLink, type Route } from '../app/routes';
import { ExternalLink } from '../host/ExternalLink';
import { MultilineText } from '../common/MultilineText';
import { RouteLink } from '../common/RouteLink';
import { useModelLookups } from '../common/useModelLookups';
import { formatDate } from '../common/formatDate';
import { bookableArenasForStep } from '../../core/meetings/arenasNamedInStep';
import type { Arena } from '../../core/model/Arena';
import { BookMeetingLink } from '../meetings/BookMeetingLink';
import { RoutineFeedback } from '../evaluation/RoutineFeedback';
import { NotFoundMessage } from '../common/NotFoundMessage';
import { ResponsibleDetails, useResponsible } from './ResponsibleService';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalM,
    '@media print': { display: 'none' }
  },
  steps: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  step: { breakInside: 'avoid' },
  stepGrid: { display: 'grid', gridTemplateColumns: 'minmax(5em, max-content) 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  aside: { display: 'grid', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
  meta: { color: tokens.colorNeutralForeground3 },
  inlineList: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** One routine: steps as what / how / who / tool with deadlines, who is responsible, the law, when reviewed. */
export function RoutineView(props: { routineKey: string }): React.ReactElement {
  const { strings, host, locale, model } = useApp();
  const lookups = useModelLookups();
  const styles = useStyles();
  const [copied, setCopied] = React.useState(false);
  const routine = lookups.routine(props.routineKey);
  const responsible = useResponsible(routine ?? {});
  if (!routine) {
    return <NotFoundMessage text={strings.routine.notFound} />;
  }
  const route: Route = { view: 'routine', key: routine.key };
  const routineArenas = routine.arenas.map((key) => lookups.arena(key)).filter((a): a is Arena => a !== undefined);
  const stepArenas = routine.steps.map((step) => bookableArenasForStep(step, routineArenas, model.arenas));
  // In Teams the page's own address (teamshostedapp.aspx) is no link to share: the Teams deep link is, with the
  // channel of a channel tab.
  const teamsLink = host.teamsAppId && host.teamsEntityId ? teamsDeepLink(host.teamsAppId, host.teamsEntityId, route, host.teamsChannelId) : undefined;
  const link = host.kind === 'teams' && teamsLink ? teamsLink : sharePointDeepLink(host.pageUrl, route);
  const navigation = host.navigation;
  const copyLink = (): void => {
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false)
    );
  };
  return (
    <article aria-labelledby="tb-routine-title">
      <div className={styles.header}>
        <Title2 as="h1" id="tb-routine-title">
          {routine.title}
        </Title2>
        {routine.urgent && (
          <Badge color="danger" appearance="filled">
            {strings.routine.urgentBadge}
          </Badge>
        )}
        {routine.status === 'draft' && (
          <Badge color="warning" appearance="outline">
            {strings.routine.draft}
          </Badge>
        )}
      </div>
      <MultilineText text={routine.summary} />
      <div className={styles.actions}>
        <Button onClick={() => window.print()}>{strings.routine.print}</Button>
        <Button onClick={copyLink}>{strings.routine.copyLink}</Button>
        {teamsLink &&
          (navigation ? (
            <Button onClick={() => navigation.navigate(subPageIdOf(route)).catch(() => undefined)}>{strings.routine.openInTeams}</Button>
          ) : (
            <Link href={teamsLink} target="_blank" rel="noopener noreferrer">
              {strings.routine.openInTeams}
            </Link>
          ))}
        <span role="status">{copied ? strings.routine.linkCopied : ''}</span>
      </div>
      <Title3 as="h2">{strings.routine.steps}</Title3>
      <ol className={styles.steps}>
        {routine.steps.map((step, i) => (
          <li key={i} className={styles.step}>
            <ContentCard>
              <Text as="h3" weight="semibold">
                {strings.routine.stepOf(i + 1, routine.steps.length)}: {step.what}
              </Text>
              <dl className={styles.stepGrid}>
                {step.how && (
                  <>
                    <dt className={styles.term}>{strings.routine.how}</dt>
                    <dd className={styles.detail}>
                      <MultilineText text={step.how} as="span" />
                    </dd>
                  </>
                )}
                {step.who && (
                  <>
                    <dt className={styles.term}>{strings.routine.who}</dt>
                    <dd className={styles.detail}>{step.who}</dd>
                  </>
                )}
                {step.tools.length > 0 && (
                  <>
                    <dt className={styles.term}>{strings.routine.tools}</dt>
                    <dd className={styles.detail}>
                      {step.tools.map((key, n) => {
                        const tool = lookups.tool(key);
                        return tool ? (
                          <React.Fragment key={key}>
                            {n > 0 && ', '}
                            <ExternalLink href={tool.documentUrl}>{tool.title}</ExternalLink>
                          </React.Fragment>
                        ) : null;
                      })}
                    </dd>
                  </>
                )}
                {step.deadline && (
                  <>
                    <dt className={styles.term}>{strings.routine.deadline}</dt>
                    <dd className={styles.detail}>{step.deadline}</dd>
                  </>
                )}
              </dl>
              {stepArenas[i].length > 0 && <StepBookingLinks arenas={stepArenas[i]} className={styles.actions} />}
            </ContentCard>
          </li>
        ))}
      </ol>
      <div className={styles.aside}>
        {responsible && (
          <section aria-labelledby="tb-responsible">
            <Title3 as="h2" id="tb-responsible">
              {strings.routine.responsible}
            </Title3>
            <ResponsibleDetails responsible={responsible} />
          </section>
        )}
        {routine.legalBasis && (
          <section aria-labelledby="tb-legal">
            <Title3 as="h2" id="tb-legal">
              {strings.routine.legalBasis}
            </Title3>
            <MultilineText text={routine.legalBasis} />
          </section>
        )}
        {routine.arenas.length > 0 && (
          <section aria-labelledby="tb-arenas">
            <Title3 as="h2" id="tb-arenas">
              {strings.routine.arenas}
            </Title3>
            <ul className={styles.inlineList}>
              {routine.arenas.map((key) => {
                const arena = lookups.arena(key);
                return arena ? (
                  <li key={key}>
                    <RouteLink to={{ view: 'arena', key }}>{arena.title}</RouteLink>
                  </li>
                ) : null;
              })}
            </ul>
          </section>
        )}
        <p className={styles.meta}>
          {strings.routine.lastReviewed}: {routine.lastReviewed ? formatDate(routine.lastReviewed, locale) : strings.routine.notReviewed}
          {routine.owner && ` · ${strings.routine.owner}: ${routine.owner}`}
        </p>
      </div>
      <RoutineFeedback routineKey={routine.key} />
    </article>
  );
}

/** "Book a meeting: <arena>" under a step that is a meeting or names an arena (see bookableArenasForStep). */
function StepBookingLinks(props: { arenas: readonly Arena[]; className: string }): React.ReactElement {
  return (
    <div className={props.className}>
      {props.arenas.map((arena) => (
        <BookMeetingLink key={arena.key} arena={arena} withArenaName appearance="secondary" />
      ))}
    </div>
  );
}
