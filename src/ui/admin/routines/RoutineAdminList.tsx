import * as React from 'react';
import { Badge, Text, Title3 } from '@fluentui/react-components';
import { isoToday, reviewState } from '../../../core/model/reviewStatus';
import { useApp } from '../../app/AppContext';
import { formatRoute } from '../../app/routes';
import { formatDate } from '../../common/formatDate';
import { formatDateTime } from '../common/formatDateTime';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { ModelIssues } from './ModelIssues';
import { ReviewStateBadge } from './ReviewStateBadge';
import { useAdminStrings } from '../strings';
import { compareNorwegian } from '../../../core/i18n/compareNorwegian';

/** Every routine, drafts included, with its status, owner, review date and who changed it last. */
export function RoutineAdminList(): React.ReactElement {
  const { locale } = useApp();
  const s = useAdminStrings();
  const styles = useAdminStyles();
  const { records, issues } = useAdminWorkspace();
  const today = isoToday();
  const sorted = [...records].sort((a, b) => compareNorwegian(a.routine.title, b.routine.title));
  return (
    <section className={styles.section} aria-labelledby="tb-admin-routines">
      <Title3 as="h2" id="tb-admin-routines">
        {s.routinesTitle}
      </Title3>
      <Text as="p">{s.routinesIntro}</Text>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.visuallyHidden}>{s.routinesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.columns.title}</th>
              <th scope="col">{s.columns.status}</th>
              <th scope="col">{s.columns.owner}</th>
              <th scope="col">{s.columns.nextReview}</th>
              <th scope="col">{s.columns.changed}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ routine, modified, editor }) => (
              <tr key={routine.key} data-routine={routine.key}>
                <th scope="row">
                  <a href={formatRoute({ view: 'adminRoutine', key: routine.key })} aria-label={s.editRoutine(routine.title)}>
                    {routine.title}
                  </a>
                </th>
                <td>
                  <Badge appearance="outline" color={routine.status === 'published' ? 'success' : 'warning'}>
                    {s.status[routine.status]}
                  </Badge>
                </td>
                <td>{routine.owner}</td>
                <td>
                  {routine.nextReview ? formatDate(routine.nextReview, locale) : s.noDate} <ReviewStateBadge state={reviewState(routine, today)} />
                </td>
                <td>{modified ? s.changedOn(formatDateTime(modified, locale), editor) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ModelIssues issues={issues} />
    </section>
  );
}
