import * as React from 'react';
import { Badge, Button, Field, makeStyles, mergeClasses, Select, Text, Title3, tokens } from '@fluentui/react-components';
import { ContentCard } from '../../common/ContentCard';
import { FEEDBACK_STATUSES, type Feedback, type FeedbackStatus } from '../../../core/model/Feedback';
import type { RoutineHistoryEntry } from '../../../core/model/RoutineHistory';
import { isPermissionDenied } from '../../../data/ports/PermissionDeniedError';
import { useApp } from '../../app/AppContext';
import { MultilineText } from '../../common/MultilineText';
import { formatDate } from '../../common/formatDate';
import { useFieldStyles } from '../common/useFieldStyles';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  card: { maxWidth: '48em' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  select: { minWidth: '12em' }
});

const STATUS_COLOR: Record<FeedbackStatus, 'danger' | 'warning' | 'success'> = { new: 'danger', inProgress: 'warning', done: 'success' };

export interface FeedbackCardProps {
  feedback: Feedback;
  routines: readonly RoutineHistoryEntry[];
  onTriage: (status: FeedbackStatus, routine: string | undefined) => Promise<void>;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'denied';

/** One piece of feedback with its status and the routine it concerns, both changeable by the project group. */
export function FeedbackCard(props: FeedbackCardProps): React.ReactElement {
  const { locale } = useApp();
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().triage;
  const styles = useStyles();
  const fields = useFieldStyles();
  const { feedback } = props;
  const [status, setStatus] = React.useState<FeedbackStatus>(feedback.status);
  const [routine, setRoutine] = React.useState(feedback.routine ?? '');
  const [save, setSave] = React.useState<SaveState>('idle');
  const titleId = `tb-feedback-${feedback.id}`;
  const onSave = (): void => {
    setSave('saving');
    props.onTriage(status, routine || undefined).then(
      () => setSave('saved'),
      (error: unknown) => setSave(isPermissionDenied(error) ? 'denied' : 'failed')
    );
  };
  const message = save === 'saved' ? s.saved : save === 'failed' ? s.saveFailed : save === 'denied' ? ev.common.notAllowed : '';
  return (
    <ContentCard className={styles.card} aria-labelledby={titleId} data-feedback-id={feedback.id}>
      <div className={styles.header}>
        <Title3 as="h2" id={titleId}>
          {feedback.title}
        </Title3>
        <Badge appearance="tint" color={STATUS_COLOR[feedback.status]}>
          {s.statuses[feedback.status]}
        </Badge>
      </div>
      <MultilineText text={feedback.body} />
      <Text className={styles.meta}>
        {feedback.created ? `${s.received(formatDate(feedback.created, locale))} · ` : ''}
        {feedback.submittedBy ? s.from(feedback.submittedBy) : s.anonymous}
      </Text>
      <div className={styles.controls}>
        <Field className={fields.field} label={s.status}>
          <Select className={fields.select} value={status} onChange={(_e, data) => setStatus(data.value as FeedbackStatus)}>
            {FEEDBACK_STATUSES.map((x) => (
              <option key={x} value={x}>
                {s.statuses[x]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={fields.field} label={s.routine}>
          <Select className={mergeClasses(styles.select, fields.select)} value={routine} onChange={(_e, data) => setRoutine(data.value)}>
            <option value="">{ev.feedback.noRoutine}</option>
            {props.routines.map((r) => (
              <option key={r.key} value={r.key}>
                {r.title}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={onSave} disabled={save === 'saving'}>
          {s.save}
        </Button>
      </div>
      <Text role="status">{message}</Text>
    </ContentCard>
  );
}
