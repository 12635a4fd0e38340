import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Title3 } from '@fluentui/react-components';
import { isoToday } from '../../../core/model/reviewStatus';
import { reviewedOn } from '../../../core/review/markReviewed';
import { buildReviewOverview, OWN_SERVICE_GROUP, type ReviewGroup } from '../../../core/review/reviewOverview';
import { useApp } from '../../app/AppContext';
import { useResponsibleStrings } from '../../model/responsibleStrings';
import { formatRoute } from '../../app/routes';
import { formatDate } from '../../common/formatDate';
import { useAdminStyles } from '../common/useAdminStyles';
import { ReviewStateBadge } from '../routines/ReviewStateBadge';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { ReminderLink } from './ReminderLink';
import { useAdminStrings } from '../strings';

type Grouping = 'owner' | 'service';
type Message = { intent: 'success' | 'error' | 'warning'; text: string } | undefined;

/**
 * What is due for review, by owner (who must do it, with a reminder to them) or by responsible service, and
 * "mark reviewed": LastReviewed today, NextReview after the municipality's review interval.
 */
export function ReviewOverviewView(): React.ReactElement {
  const { locale } = useApp();
  const s = useAdminStrings();
  const styles = useAdminStyles();
  const workspace = useAdminWorkspace();
  const [grouping, setGrouping] = React.useState<Grouping>('owner');
  const [busy, setBusy] = React.useState<number | undefined>();
  const [message, setMessage] = React.useState<Message>();
  const today = isoToday();
  const responsibleStrings = useResponsibleStrings();
  const overview = buildReviewOverview(workspace.model.routines, workspace.model.services, today);
  const groups = grouping === 'owner' ? overview.byOwner : overview.byService;

  const markReviewed = async (id: number): Promise<void> => {
    const record = workspace.records.find((r) => r.routine.id === id);
    if (!record) return;
    const draft = { ...record.routine, ...reviewedOn(today, workspace.model.settings) };
    setBusy(id);
    try {
      const outcome = await workspace.services.routines.save(record, draft, ['lastReviewed', 'nextReview'], workspace.model);
      if (outcome.kind === 'saved') {
        workspace.replaceRecord(outcome.record);
        setMessage({ intent: 'success', text: s.markedReviewed(record.routine.title, formatDate(draft.nextReview as string, locale)) });
      } else if (outcome.kind === 'conflict') {
        // Nothing was written; show their version and let the admin decide again with it in view.
        workspace.replaceRecord(outcome.theirs);
        setMessage({ intent: 'warning', text: s.changedMeanwhile(record.routine.title) });
      } else {
        setMessage({ intent: 'error', text: s.failures[outcome.reason] });
      }
    } catch {
      setMessage({ intent: 'error', text: s.failures.unavailable });
    } finally {
      setBusy(undefined);
    }
  };

  const groupTitle = (group: ReviewGroup): string =>
    group.key === OWN_SERVICE_GROUP ? responsibleStrings.ownServiceGroup : group.label || (grouping === 'owner' ? s.noOwner : s.noService);

  return (
    <section className={styles.section} aria-labelledby="tb-admin-review">
      <Title3 as="h2" id="tb-admin-review">
        {s.reviewTitle}
      </Title3>
      <Text as="p">{s.reviewIntro}</Text>
      <Text as="p" weight="semibold" data-testid="review-counts">
        {s.reviewCounts(overview.counts.overdue, overview.counts.dueSoon, overview.counts.unknown)}
      </Text>
      <RadioGroup layout="horizontal" aria-label={s.groupBy} value={grouping} onChange={(_e, d) => setGrouping(d.value as Grouping)}>
        <Radio value="owner" label={s.byOwner} />
        <Radio value="service" label={s.byService} />
      </RadioGroup>
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {groups.length === 0 && <Text as="p">{s.nothingDue}</Text>}
      {groups.map((group, g) => {
        const headingId = `tb-review-group-${g}`;
        return (
          <section key={`${grouping}:${group.key}`} className={styles.section} aria-labelledby={headingId} data-group={group.key}>
            <Title3 as="h3" id={headingId}>
              {groupTitle(group)}
            </Title3>
            {grouping === 'owner' && group.key !== '' && <ReminderLink group={group} />}
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={styles.visuallyHidden}>{groupTitle(group)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.reviewColumns.routine}</th>
                    <th scope="col">{s.reviewColumns.state}</th>
                    <th scope="col">{s.reviewColumns.nextReview}</th>
                    <th scope="col">{s.reviewColumns.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.entries.map(({ routine, state }) => (
                    <tr key={routine.key} data-routine={routine.key}>
                      <th scope="row">
                        <Link href={formatRoute({ view: 'adminRoutine', key: routine.key })}>{routine.title}</Link>
                      </th>
                      <td>
                        <ReviewStateBadge state={state} />
                      </td>
                      <td>{routine.nextReview ? formatDate(routine.nextReview, locale) : s.noDate}</td>
                      <td>
                        <Button
                          size="small"
                          disabled={busy !== undefined || routine.id === undefined}
                          aria-label={s.markReviewedLabel(routine.title)}
                          onClick={() => {
                            if (routine.id !== undefined) markReviewed(routine.id).catch(() => setBusy(undefined));
                          }}
                        >
                          {s.markReviewed}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <Text as="p" size={200} className={styles.muted}>
        {s.reminderNote}
      </Text>
    </section>
  );
}
