import * as React from 'react';
import { makeStyles, tokens, Title2, Title3, Text } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';
import { pickText } from '../../core/i18n/Locale';
import { BTI_DIMENSION } from '../../core/guide/worryGuide';
import type { ModelDimension } from '../../core/model/Dimension';
import type { Routine } from '../../core/model/Routine';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { MultilineText } from '../common/MultilineText';
import { useLayout } from '../layout/LayoutContext';
import { ScrollRegion } from '../layout/ScrollRegion';
import type { Service } from '../../core/model/Service';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '560px' },
  tierTable: { borderCollapse: 'collapse', width: '100%', minWidth: '720px', tableLayout: 'fixed' },
  serviceHead: { width: '11em' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalS, verticalAlign: 'top' },
  head: { backgroundColor: tokens.colorNeutralBackground3, textAlign: 'left' },
  cellList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  bands: { display: 'grid', gap: tokens.spacingVerticalM },
  services: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyle: 'none', padding: 0, margin: 0 },
  levels: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: tokens.spacingHorizontalM },
  cards: { display: 'grid', gap: tokens.spacingVerticalM, listStyle: 'none', margin: 0, padding: 0 },
  pairs: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  tierList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS }
});

function placedOn(routine: { placements: string[] }, dimension: string, value: string): boolean {
  return routine.placements.includes(`${dimension}:${value}`);
}

function RoutineList(props: { routines: Routine[] }): React.ReactElement {
  const { strings } = useApp();
  const styles = useStyles();
  if (props.routines.length === 0) return <Text className={styles.muted}>{strings.overview.noRoutines}</Text>;
  return (
    <ul className={styles.cellList}>
      {props.routines.map((r) => (
        <li key={r.key}>
          <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
        </li>
      ))}
    </ul>
  );
}

/** Ørskog's drawing: phases across, levels down, routines in each cell; on a phone, one card per phase. */
function PhaseLevelMatrix(props: { phases: ModelDimension; levels: ModelDimension }): React.ReactElement {
  const { model, locale, strings } = useApp();
  const { narrow } = useLayout();
  const styles = useStyles();
  const { phases, levels } = props;
  const cell = (phase: string, level: string): Routine[] => model.routines.filter((r) => placedOn(r, phases.key, phase) && placedOn(r, levels.key, level));
  return (
    <section className={styles.section} aria-labelledby="tb-matrix-title">
      <Title3 as="h2" block id="tb-matrix-title">
        {strings.overview.matrixTitle}
      </Title3>
      {narrow ? (
        <ul className={styles.cards} data-testid="phase-cards">
          {phases.values.map((p) => (
            <li key={p.key}>
              <ContentCard>
                <Text as="h3" block weight="semibold" size={400}>
                  {pickText(p.name, locale)}
                </Text>
                <dl className={styles.pairs}>
                  {levels.values.map((l) => (
                    <React.Fragment key={l.key}>
                      <dt className={styles.term}>{pickText(l.name, locale)}</dt>
                      <dd className={styles.detail}>
                        <RoutineList routines={cell(p.key, l.key)} />
                      </dd>
                    </React.Fragment>
                  ))}
                </dl>
              </ContentCard>
            </li>
          ))}
        </ul>
      ) : (
        <ScrollRegion labelledBy="tb-matrix-title">
          <table className={styles.table}>
            <thead>
              <tr>
                <td className={`${styles.cell} ${styles.head}`} />
                {phases.values.map((p) => (
                  <th key={p.key} scope="col" className={`${styles.cell} ${styles.head}`}>
                    {pickText(p.name, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {levels.values.map((l) => (
                <tr key={l.key}>
                  <th scope="row" className={`${styles.cell} ${styles.head}`}>
                    {pickText(l.name, locale)}
                  </th>
                  {phases.values.map((p) => (
                    <td key={p.key} className={styles.cell}>
                      <RoutineList routines={cell(p.key, l.key)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** A service's own task on a tier, from the model (Liermodellen: role, mandate and measures per tier). */
function taskOn(service: Service, tier: string): string | undefined {
  const measures = service.tierMeasures.find((m) => m.tier === tier)?.measures.trim();
  return measures ? measures : undefined;
}

/**
 * Liermodellen's drawing as a matrix of services × tiers, each cell the service's own task on that tier, so the
 * view says who does what where. Services with no task on any tier are left out; on a phone, one card per service.
 */
function TierMatrix(props: { tiers: ModelDimension }): React.ReactElement {
  const { model, locale, strings } = useApp();
  const { narrow } = useLayout();
  const styles = useStyles();
  const tiers = props.tiers.values;
  const services = model.services.filter((s) => tiers.some((t) => taskOn(s, t.key)));
  const noTask = <Text className={styles.muted}>{strings.overview.noTask}</Text>;
  return (
    <section className={styles.section} aria-labelledby="tb-tiers-title">
      <Title3 as="h2" block id="tb-tiers-title">
        {strings.overview.tiersTitle}
      </Title3>
      <p>{strings.overview.tiersIntro}</p>
      <ul className={styles.tierList}>
        {tiers.map((tier) => (
          <li key={tier.key}>
            <Text weight="semibold">{pickText(tier.name, locale)}</Text>
            {tier.description && <>: {pickText(tier.description, locale)}</>}
          </li>
        ))}
      </ul>
      {narrow ? (
        <ul className={styles.cards} data-testid="tier-cards">
          {services.map((s) => (
            <li key={s.key}>
              <ContentCard>
                <Text as="h3" block weight="semibold" size={400}>
                  <RouteLink to={{ view: 'service', key: s.key }}>{s.title}</RouteLink>
                </Text>
                <dl className={styles.pairs}>
                  {tiers.map((tier) => {
                    const task = taskOn(s, tier.key);
                    return (
                      <React.Fragment key={tier.key}>
                        <dt className={styles.term}>{pickText(tier.name, locale)}</dt>
                        <dd className={styles.detail}>{task ? <MultilineText text={task} as="span" /> : noTask}</dd>
                      </React.Fragment>
                    );
                  })}
                </dl>
              </ContentCard>
            </li>
          ))}
        </ul>
      ) : (
        <ScrollRegion labelledBy="tb-tiers-title">
          <table className={styles.tierTable} data-testid="tier-matrix">
            <thead>
              <tr>
                <th scope="col" className={`${styles.cell} ${styles.head} ${styles.serviceHead}`}>
                  {strings.overview.serviceColumn}
                </th>
                {tiers.map((tier) => (
                  <th key={tier.key} scope="col" className={`${styles.cell} ${styles.head}`}>
                    {pickText(tier.name, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.key}>
                  <th scope="row" className={`${styles.cell} ${styles.head}`}>
                    <RouteLink to={{ view: 'service', key: s.key }}>{s.title}</RouteLink>
                  </th>
                  {tiers.map((tier) => {
                    const task = taskOn(s, tier.key);
                    return (
                      <td key={tier.key} className={styles.cell}>
                        {task ? <MultilineText text={task} as="span" /> : noTask}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** BTI's levels 0–3 as cards, each with its routines. */
function LevelCards(props: { levels: ModelDimension; title: string }): React.ReactElement {
  const { model, locale } = useApp();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="tb-levels-title">
      <Title3 as="h2" block id="tb-levels-title">
        {props.title}
      </Title3>
      <div className={styles.levels}>
        {props.levels.values.map((level) => (
          <ContentCard key={level.key}>
            <Text as="h3" block weight="semibold" size={400}>
              {pickText(level.name, locale)}
            </Text>
            {level.description && <Text className={styles.muted}>{pickText(level.description, locale)}</Text>}
            <RoutineList routines={model.routines.filter((r) => placedOn(r, props.levels.key, level.key))} />
          </ContentCard>
        ))}
      </div>
    </section>
  );
}

/** The model the way the municipality draws it, driven by whichever dimensions it has configured. */
export function OverviewView(): React.ReactElement {
  const { model, strings, locale } = useApp();
  const phases = model.dimensions.find((d) => d.role === 'phase');
  const levelDimensions = model.dimensions.filter((d) => d.role === 'level');
  const matrixLevels = levelDimensions.find((d) => d.key !== BTI_DIMENSION) ?? levelDimensions[0];
  const bti = levelDimensions.find((d) => d.key === BTI_DIMENSION);
  const tiers = model.dimensions.find((d) => d.role === 'tier');
  const others = model.dimensions.filter((d) => d !== phases && d !== matrixLevels && d !== bti && d !== tiers);
  return (
    <div>
      <Title2 as="h1" block>{strings.overview.title}</Title2>
      <p>{strings.overview.intro}</p>
      {bti && <LevelCards levels={bti} title={strings.overview.btiTitle} />}
      {phases && matrixLevels && <PhaseLevelMatrix phases={phases} levels={matrixLevels} />}
      {tiers && <TierMatrix tiers={tiers} />}
      {others.map((d) => (
        <LevelCards key={d.key} levels={d} title={pickText(d.name, locale)} />
      ))}
    </div>
  );
}
