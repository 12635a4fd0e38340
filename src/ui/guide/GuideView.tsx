import * as React from 'react';
import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens, typographyStyles } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';
import {
  consultationArena,
  contactInMyService,
  nextGuideStep,
  outcomeDeadline,
  routinesForOutcome,
  type GuideAnswer,
  type GuideAnswers,
  type GuideOutcome,
  type GuideQuestion
} from '../../core/guide/worryGuide';
import { hasPlaceholderNumber } from '../../core/model/Contact';
import { isoToday } from '../../core/model/reviewStatus';
import { telHref } from '../../core/readiness/callNow';
import { formatDate } from '../common/formatDate';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { CallNowCard } from './CallNowCard';
import { GuideSigns } from '../common/GuideSigns';
import { useGuideExtraStrings } from './guideStrings';
import { UrgentPanel } from './UrgentPanel';
import type { Routine } from '../../core/model/Routine';
import { ResponsibleName, useResponsible } from '../model/ResponsibleService';
import { useResponsibleStrings } from '../model/responsibleStrings';

const useStyles = makeStyles({
  question: { ...typographyStyles.title3, margin: 0, ':focus': { outline: 'none' } },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  answer: { minWidth: '6em' },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { paddingLeft: tokens.spacingHorizontalL }
});

/**
 * "Jeg er bekymret for et barn". The answers live in this component's state only: nothing is stored,
 * sent or put in the URL, and leaving the view forgets them.
 */
export function GuideView(): React.ReactElement {
  const { strings } = useApp();
  const extra = useGuideExtraStrings();
  const styles = useStyles();
  const [answers, setAnswers] = React.useState<GuideAnswers>({});
  const [history, setHistory] = React.useState<GuideQuestion[]>([]);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const step = nextGuideStep(answers);

  React.useEffect(() => {
    // Move focus to the new question or result so keyboard and screen-reader users follow along.
    if (history.length > 0) headingRef.current?.focus();
  }, [history.length, step.kind]);

  const answer = (question: GuideQuestion, value: GuideAnswer): void => {
    setAnswers({ ...answers, [question]: value });
    setHistory([...history, question]);
  };
  const back = (): void => {
    const last = history[history.length - 1];
    const next = { ...answers };
    delete next[last];
    setAnswers(next);
    setHistory(history.slice(0, -1));
  };
  const restart = (): void => {
    setAnswers({});
    setHistory([]);
  };

  return (
    <section aria-labelledby="tb-guide-title">
      <Title2 as="h1" id="tb-guide-title">
        {strings.guide.title}
      </Title2>
      <p>{strings.guide.intro}</p>
      <MessageBar intent="info">
        <MessageBarBody>{strings.guide.privacyNote}</MessageBarBody>
      </MessageBar>
      {step.kind === 'question' ? (
        <ContentCard>
          <h2 className={styles.question} ref={headingRef} tabIndex={-1} id="tb-guide-question">
            {strings.guide.questions[step.question]}
          </h2>
          <Text className={styles.hint}>{strings.guide.hints[step.question]}</Text>
          <GuideSigns question={step.question} />
          <div className={styles.buttons} role="group" aria-labelledby="tb-guide-question">
            <Button className={styles.answer} appearance="primary" onClick={() => answer(step.question, true)}>
              {strings.guide.yes}
            </Button>
            <Button className={styles.answer} onClick={() => answer(step.question, false)}>
              {strings.guide.no}
            </Button>
            <Button className={styles.answer} onClick={() => answer(step.question, 'unsure')}>
              {extra.unsure}
            </Button>
          </div>
          <Text as="p" className={styles.hint}>
            {extra.unsureHint}
          </Text>
        </ContentCard>
      ) : (
        <GuideResult outcome={step.outcome} headingRef={headingRef} />
      )}
      <div className={styles.buttons}>
        {history.length > 0 && <Button onClick={back}>{strings.guide.previous}</Button>}
        {history.length > 0 && <Button onClick={restart}>{strings.guide.startOver}</Button>}
      </div>
    </section>
  );
}

const useResultStyles = makeStyles({
  heading: { ...typographyStyles.title3, margin: 0, ':focus': { outline: 'none' } },
  deadline: { ...typographyStyles.subtitle2 },
  list: { paddingLeft: tokens.spacingHorizontalL },
  contact: { display: 'grid', gap: tokens.spacingVerticalXXS }
});

/** The guide's answer: the outcome, its concrete deadline date, whom to contact in your own service and the routines. */
function GuideResult(props: { outcome: GuideOutcome; headingRef: React.RefObject<HTMLHeadingElement> }): React.ReactElement {
  const { strings, model, myService, locale } = useApp();
  const extra = useGuideExtraStrings();
  const styles = useResultStyles();
  const { outcome } = props;
  const today = isoToday();
  const due = outcomeDeadline(model, outcome, today, myService);
  const contact = contactInMyService(model, myService);
  const arena = outcome === 'consult' ? consultationArena(model) : undefined;
  const title = outcome === 'consult' ? extra.consultTitle : strings.guide.outcomes[outcome];
  const text = outcome === 'consult' ? extra.consultText : strings.guide.outcomeText[outcome];
  const phone = contact?.reach.phone && !hasPlaceholderNumber(contact) ? contact.reach.phone : undefined;
  return (
    <ContentCard>
      <h2 className={styles.heading} ref={props.headingRef} tabIndex={-1}>
        {strings.guide.outcomeTitle}: {title}
      </h2>
      {due && (
        <Text as="p" className={styles.deadline} data-testid="guide-deadline">
          {due === today ? extra.deadlineToday(formatDate(due, locale)) : extra.deadline(formatDate(due, locale))}
        </Text>
      )}
      <p>{text}</p>
      {outcome === '0' && <p>{extra.levelZeroGuard}</p>}
      {arena && (
        <p>
          <RouteLink to={{ view: 'arena', key: arena.key }}>{extra.consultArena(arena.title)}</RouteLink>
        </p>
      )}
      {outcome === 'urgent' && <CallNowCard headingLevel="h3" />}
      {outcome === 'urgent' && <UrgentPanel headingLevel="h3" />}
      <Text as="h3" weight="semibold">
        {extra.yourContact}
      </Text>
      {contact ? (
        <div className={styles.contact} data-testid="guide-contact">
          <Text weight="semibold">{contact.title}</Text>
          {phone && <Link href={telHref(phone)}>{phone}</Link>}
          {contact.reach.email && <Link href={`mailto:${contact.reach.email}`}>{extra.contactEmail(contact.reach.email)}</Link>}
        </div>
      ) : (
        <p>
          <RouteLink to={{ view: 'forMe' }}>{extra.chooseService}</RouteLink>
        </p>
      )}
      <Text as="h3" weight="semibold">
        {strings.guide.suggestedRoutines}
      </Text>
      <ul className={styles.list}>
        {routinesForOutcome(model, outcome, myService).map((r) => (
          <li key={r.key}>
            <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
            <GuideRoutineResponsible routine={r} />
          </li>
        ))}
      </ul>
    </ContentCard>
  );
}

/** After a suggested routine: who is responsible for it, the reader's own service named where it is theirs. */
function GuideRoutineResponsible(props: { routine: Routine }): React.ReactElement {
  const responsible = useResponsible(props.routine);
  const s = useResponsibleStrings();
  if (!responsible) return <></>;
  return (
    <Text as="span" block size={200} data-testid="guide-routine-responsible">
      {s.responsibleShort}: <ResponsibleName responsible={responsible} />
    </Text>
  );
}
