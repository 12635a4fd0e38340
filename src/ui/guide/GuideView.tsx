import * as React from 'react';
import { Button, Card, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens, typographyStyles } from '@fluentui/react-components';
import { nextGuideStep, routinesForOutcome, type GuideAnswers, type GuideQuestion } from '../../core/guide/worryGuide';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { UrgentPanel } from './UrgentPanel';

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
  const { strings, model, myService } = useApp();
  const styles = useStyles();
  const [answers, setAnswers] = React.useState<GuideAnswers>({});
  const [history, setHistory] = React.useState<GuideQuestion[]>([]);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const step = nextGuideStep(answers);

  React.useEffect(() => {
    // Move focus to the new question or result so keyboard and screen-reader users follow along.
    if (history.length > 0) headingRef.current?.focus();
  }, [history.length, step.kind]);

  const answer = (question: GuideQuestion, value: boolean): void => {
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
        <Card>
          <h2 className={styles.question} ref={headingRef} tabIndex={-1} id="tb-guide-question">
            {strings.guide.questions[step.question]}
          </h2>
          <Text className={styles.hint}>{strings.guide.hints[step.question]}</Text>
          <div className={styles.buttons} role="group" aria-labelledby="tb-guide-question">
            <Button className={styles.answer} appearance="primary" onClick={() => answer(step.question, true)}>
              {strings.guide.yes}
            </Button>
            <Button className={styles.answer} onClick={() => answer(step.question, false)}>
              {strings.guide.no}
            </Button>
          </div>
        </Card>
      ) : (
        <Card>
          <h2 className={styles.question} ref={headingRef} tabIndex={-1}>
            {strings.guide.outcomeTitle}: {strings.guide.outcomes[step.outcome]}
          </h2>
          <p>{strings.guide.outcomeText[step.outcome]}</p>
          {step.outcome === 'urgent' && <UrgentPanel headingLevel="h3" />}
          <Text as="h3" weight="semibold">
            {strings.guide.suggestedRoutines}
          </Text>
          <ul className={styles.list}>
            {routinesForOutcome(model, step.outcome, myService).map((r) => (
              <li key={r.key}>
                <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <div className={styles.buttons}>
        {history.length > 0 && <Button onClick={back}>{strings.guide.previous}</Button>}
        {history.length > 0 && <Button onClick={restart}>{strings.guide.startOver}</Button>}
      </div>
    </section>
  );
}
