import * as React from 'react';
import { Badge, makeStyles, mergeClasses, Text, Title3, tokens } from '@fluentui/react-components';
import { ContentCard } from '../../common/ContentCard';
import { placeActivities } from '../../../core/evaluation/annualWheelGeometry';
import type { AnnualWheelActivity } from '../../../core/model/AnnualWheelActivity';
import { isoToday } from '../../../core/model/reviewStatus';
import { useApp } from '../../app/AppContext';
import { MultilineText } from '../../common/MultilineText';
import { RouteLink } from '../../common/RouteLink';
import { useModelLookups } from '../../common/useModelLookups';
import { AnnualWheel } from './AnnualWheel';
import { EvaluationPage } from '../common/EvaluationPage';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18em), 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start', marginBlock: tokens.spacingVerticalL },
  details: { minHeight: '6em' },
  months: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  activities: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  activity: { display: 'grid', gridTemplateColumns: '2em 1fr', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusMedium },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  number: { fontWeight: tokens.fontWeightBold },
  meta: { color: tokens.colorNeutralForeground2, display: 'block' },
  monthTitle: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS }
});

function ActivityFacts(props: { activity: AnnualWheelActivity }): React.ReactElement {
  const s = useEvaluationStrings().wheel;
  const lookups = useModelLookups();
  const styles = useStyles();
  const { activity } = props;
  const arena = activity.arena ? lookups.arena(activity.arena) : undefined;
  return (
    <>
      <MultilineText text={activity.description} />
      <Text className={styles.meta}>
        {activity.audience && `${s.audience}: ${activity.audience} · `}
        {s.everyYears(activity.everyYears)}
      </Text>
      {arena && <RouteLink to={{ view: 'book', arena: arena.key }}>{s.bookMeeting(arena.title)}</RouteLink>}
    </>
  );
}

/** Lier's annual wheel: the year's activities on a circle and, for everyone, the same as a list month by month. */
export function AnnualWheelView(): React.ReactElement {
  const { model } = useApp();
  const s = useEvaluationStrings();
  const styles = useStyles();
  const today = isoToday();
  const currentMonth = Number(today.slice(5, 7));
  const placed = React.useMemo(() => placeActivities(model.annualWheel), [model.annualWheel]);
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>(undefined);
  const numberOf = new Map(placed.map((p, i) => [p.activity.key, i + 1]));
  const selected = placed.find((p) => p.activity.key === selectedKey)?.activity;
  const months = [...new Set(placed.map((p) => p.activity.month))];
  return (
    <EvaluationPage headingId="tb-wheel-title" title={s.wheel.title} intro={s.wheel.intro}>
      <Text as="p" weight="semibold">
        {s.wheel.now(s.common.monthNames[currentMonth - 1])}
      </Text>
      {placed.length === 0 ? (
        <p>{s.wheel.empty}</p>
      ) : (
        <div className={styles.layout}>
          <div>
            <AnnualWheel placed={placed} currentMonth={currentMonth} currentDay={Number(today.slice(8, 10))} selectedKey={selectedKey} onSelect={setSelectedKey} label={s.wheel.figureLabel} />
          </div>
          <div className={styles.details} aria-live="polite">
            {selected && (
              <ContentCard>
                <Title3 as="h2">
                  {numberOf.get(selected.key)}. {selected.title}
                </Title3>
                <Text>{s.common.monthNames[selected.month - 1]}</Text>
                <ActivityFacts activity={selected} />
              </ContentCard>
            )}
          </div>
        </div>
      )}
      {placed.length > 0 && (
        <section aria-labelledby="tb-wheel-list-title">
          <Title3 as="h2" id="tb-wheel-list-title">
            {s.wheel.listTitle}
          </Title3>
          <ul className={styles.months}>
            {months.map((month) => (
              <li key={month}>
                <div className={styles.monthTitle}>
                  <Text as="h3" weight="semibold" id={`tb-wheel-month-${month}`}>
                    {s.common.monthNames[month - 1]}
                  </Text>
                  {month === currentMonth && (
                    <Badge appearance="filled" color="brand">
                      {s.wheel.now(s.common.monthNames[month - 1])}
                    </Badge>
                  )}
                </div>
                <ul className={styles.activities} aria-labelledby={`tb-wheel-month-${month}`}>
                  {placed
                    .filter((p) => p.activity.month === month)
                    .map((p) => (
                      <li key={p.activity.key} className={mergeClasses(styles.activity, p.activity.key === selectedKey && styles.selected)} data-activity={p.activity.key}>
                        <span className={styles.number} aria-hidden="true">
                          {numberOf.get(p.activity.key)}.
                        </span>
                        <div>
                          <Text weight="semibold">{p.activity.title}</Text>
                          <ActivityFacts activity={p.activity} />
                        </div>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </EvaluationPage>
  );
}
