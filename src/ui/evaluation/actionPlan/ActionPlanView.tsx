import * as React from 'react';
import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { actionItemState, actionPlanProgress, groupByFocusArea } from '../../../core/evaluation/actionPlanStatus';
import type { ActionStatus } from '../../../core/model/ActionPlanItem';
import { isoToday } from '../../../core/model/reviewStatus';
import { useApp } from '../../app/AppContext';
import { MultilineText } from '../../common/MultilineText';
import { formatDate } from '../../common/formatDate';
import { ProgressMeter } from './ProgressMeter';
import { EvaluationPage } from '../common/EvaluationPage';
import { ScrollRegion } from '../../layout/ScrollRegion';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  summary: { display: 'grid', gap: tokens.spacingVerticalXS, marginBlock: tokens.spacingVerticalM, maxWidth: '32em' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '720px', '@media print': { minWidth: 0, fontSize: '10pt' } },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalS, verticalAlign: 'top', textAlign: 'left' },
  head: { backgroundColor: tokens.colorNeutralBackground3 },
  focus: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  overdueRow: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteRedBorder2}` },
  statusCell: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 }
});

const STATUS_COLOR: Record<ActionStatus, 'informative' | 'brand' | 'success' | 'subtle'> = {
  notStarted: 'informative',
  inProgress: 'brand',
  done: 'success',
  cancelled: 'subtle'
};

/**
 * The action plan in Ullensaker's form — focus area, goal, measure, target group, responsible units, deadline —
 * with each measure's status, how far the plan has come, and what is overdue marked in words, not colour alone.
 */
export function ActionPlanTable(props: { headingId: string }): React.ReactElement {
  const { model, locale } = useApp();
  const s = useEvaluationStrings().actionPlan;
  const styles = useStyles();
  const today = isoToday();
  const progress = actionPlanProgress(model.actionPlan, today);
  if (model.actionPlan.length === 0) return <p>{s.empty}</p>;
  const planned = progress.total - progress.cancelled;
  return (
    <>
      <div className={styles.summary}>
        <Text>{s.progress(progress.done, planned, progress.percentDone)}</Text>
        <ProgressMeter percent={progress.percentDone} />
        {progress.overdue > 0 && <Text weight="semibold">{s.overdueCount(progress.overdue)}</Text>}
      </div>
      <ScrollRegion labelledBy={props.headingId}>
        <table className={styles.table}>
          <thead>
            <tr>
              {[s.columns.focusArea, s.columns.goal, s.columns.measure, s.columns.targetGroup, s.columns.responsibleUnits, s.columns.deadline, s.columns.status].map((h) => (
                <th key={h} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          {groupByFocusArea(model.actionPlan).map((group) => (
            <tbody key={group.focusArea}>
              {group.items.map((item, i) => {
                const state = actionItemState(item, today);
                return (
                  <tr key={item.key} className={state === 'overdue' ? styles.overdueRow : undefined} data-action={item.key} data-state={state}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={group.items.length} className={mergeClasses(styles.cell, styles.focus)}>
                        {group.focusArea}
                      </th>
                    )}
                    <td className={styles.cell}>
                      <MultilineText text={item.goal} as="span" />
                    </td>
                    <td className={styles.cell}>{item.measure}</td>
                    <td className={styles.cell}>{item.targetGroup}</td>
                    <td className={styles.cell}>{item.responsibleUnits}</td>
                    <td className={styles.cell}>{item.deadline ? formatDate(item.deadline, locale) : <span className={styles.muted}>{s.noDeadline}</span>}</td>
                    <td className={styles.cell}>
                      <span className={styles.statusCell}>
                        <Badge appearance="tint" color={STATUS_COLOR[item.status]}>
                          {s.statuses[item.status]}
                        </Badge>
                        {state === 'overdue' && (
                          <Badge appearance="filled" color="danger">
                            {s.overdue}
                          </Badge>
                        )}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </>
  );
}

export function ActionPlanView(): React.ReactElement {
  const s = useEvaluationStrings().actionPlan;
  return (
    <EvaluationPage headingId="tb-action-plan-title" title={s.title} intro={s.intro}>
      <ActionPlanTable headingId="tb-action-plan-title" />
    </EvaluationPage>
  );
}
