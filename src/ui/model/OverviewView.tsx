import * as React from 'react';
import { makeStyles, tokens, Title2, Title3, Text, Card } from '@fluentui/react-components';
import { pickText } from '../../core/i18n/Locale';
import { BTI_DIMENSION } from '../../core/guide/worryGuide';
import type { ModelDimension } from '../../core/model/Dimension';
import type { Routine } from '../../core/model/Routine';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '560px' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalS, verticalAlign: 'top' },
  head: { backgroundColor: tokens.colorNeutralBackground3, textAlign: 'left' },
  cellList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  bands: { display: 'grid', gap: tokens.spacingVerticalM },
  services: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyle: 'none', padding: 0, margin: 0 },
  levels: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: tokens.spacingHorizontalM }
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

/** Ørskog's drawing: phases across, levels down, routines in each cell. */
function PhaseLevelMatrix(props: { phases: ModelDimension; levels: ModelDimension }): React.ReactElement {
  const { model, locale, strings } = useApp();
  const styles = useStyles();
  const { phases, levels } = props;
  return (
    <section className={styles.section} aria-labelledby="tb-matrix-title">
      <Title3 as="h2" id="tb-matrix-title">
        {strings.overview.matrixTitle}
      </Title3>
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="tb-matrix-title">
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
                    <RoutineList routines={model.routines.filter((r) => placedOn(r, phases.key, p.key) && placedOn(r, levels.key, l.key))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Liermodellen's drawing: three tiers, each service placed by what it does there. */
function TierBands(props: { tiers: ModelDimension }): React.ReactElement {
  const { model, locale, strings } = useApp();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="tb-tiers-title">
      <Title3 as="h2" id="tb-tiers-title">
        {strings.overview.tiersTitle}
      </Title3>
      <div className={styles.bands}>
        {props.tiers.values.map((tier) => {
          const services = model.services.filter((s) => placedOn(s, props.tiers.key, tier.key) || s.tierMeasures.some((m) => m.tier === tier.key && m.measures));
          return (
            <Card key={tier.key}>
              <Text as="h3" weight="semibold" size={400}>
                {pickText(tier.name, locale)}
              </Text>
              {tier.description && <Text className={styles.muted}>{pickText(tier.description, locale)}</Text>}
              <ul className={styles.services}>
                {services.map((s) => (
                  <li key={s.key}>
                    <RouteLink to={{ view: 'service', key: s.key }}>{s.title}</RouteLink>
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </section>
  );
}

/** BTI's levels 0–3 as cards, each with its routines. */
function LevelCards(props: { levels: ModelDimension; title: string }): React.ReactElement {
  const { model, locale } = useApp();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="tb-levels-title">
      <Title3 as="h2" id="tb-levels-title">
        {props.title}
      </Title3>
      <div className={styles.levels}>
        {props.levels.values.map((level) => (
          <Card key={level.key}>
            <Text as="h3" weight="semibold" size={400}>
              {pickText(level.name, locale)}
            </Text>
            {level.description && <Text className={styles.muted}>{pickText(level.description, locale)}</Text>}
            <RoutineList routines={model.routines.filter((r) => placedOn(r, props.levels.key, level.key))} />
          </Card>
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
      <Title2 as="h1">{strings.overview.title}</Title2>
      <p>{strings.overview.intro}</p>
      {bti && <LevelCards levels={bti} title={strings.overview.btiTitle} />}
      {phases && matrixLevels && <PhaseLevelMatrix phases={phases} levels={matrixLevels} />}
      {tiers && <TierBands tiers={tiers} />}
      {others.map((d) => (
        <LevelCards key={d.key} levels={d} title={pickText(d.name, locale)} />
      ))}
    </div>
  );
}
