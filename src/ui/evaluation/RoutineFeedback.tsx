import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { LazyFeature } from '../shell/LazyFeature';
import { loadFeedbackChunk } from './loadFeedbackChunk';
import { evaluationStrings } from './strings';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXL, '@media print': { display: 'none' } },
  form: { marginTop: tokens.spacingVerticalM }
});

/**
 * Feedback on one routine, at the foot of its page. Folded by default: a worried person reading the routine
 * should not have to scroll past a form, nor download it: the form and its words load when it is opened.
 */
export function RoutineFeedback(props: { routineKey: string }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.evaluation.feedback;
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <section className={styles.root} aria-label={s.routineHeading}>
      <Button aria-expanded={open} aria-controls="tb-routine-feedback" onClick={() => setOpen(!open)}>
        {s.routineHeading}
      </Button>
      <div id="tb-routine-feedback" className={styles.form} hidden={!open}>
        {open && (
          <LazyFeature
            load={loadFeedbackChunk}
            strings={[evaluationStrings]}
            labels={strings.evaluation.common}
            render={(chunk) => <chunk.FeedbackForm routineKey={props.routineKey} idPrefix="tb-routine-feedback" />}
          />
        )}
      </div>
    </section>
  );
}
