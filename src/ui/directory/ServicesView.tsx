import * as React from 'react';
import { isResponsibleService } from '../../core/model/responsibleFor';
import { makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { pickText } from '../../core/i18n/Locale';
import type { Service } from '../../core/model/Service';
import { useApp } from '../app/AppContext';
import { MultilineText } from '../common/MultilineText';
import { ReachDetails } from '../common/ReachDetails';
import { RouteLink } from '../common/RouteLink';
import { useModelLookups } from '../common/useModelLookups';
import { NotFoundMessage } from '../common/NotFoundMessage';
import { DirectoryPage } from './DirectoryPage';

const useStyles = makeStyles({
  measures: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  list: { paddingLeft: tokens.spacingHorizontalL }
});

function TierMeasures(props: { service: Service }): React.ReactElement {
  const { model, locale } = useApp();
  const styles = useStyles();
  const tiers = model.dimensions.find((d) => d.role === 'tier');
  if (!tiers || props.service.tierMeasures.length === 0) return <></>;
  return (
    <dl className={styles.measures}>
      {tiers.values.map((tier) => {
        const measures = props.service.tierMeasures.find((m) => m.tier === tier.key)?.measures;
        return measures ? (
          <React.Fragment key={tier.key}>
            <dt className={styles.term}>{pickText(tier.name, locale)}</dt>
            <dd className={styles.detail}>
              <MultilineText text={measures} as="span" />
            </dd>
          </React.Fragment>
        ) : null;
      })}
    </dl>
  );
}

/** Directory of services: what each does on each tier and how to reach it. */
export function ServicesView(): React.ReactElement {
  const { strings, model } = useApp();
  return (
    <DirectoryPage
      headingId="tb-services-title"
      title={strings.directory.servicesTitle}
      items={model.services}
      cardHeading={(s) => <RouteLink to={{ view: 'service', key: s.key }}>{s.title}</RouteLink>}
      cardBody={(s) => (
        <>
          <Text>{s.role}</Text>
          <ReachDetails reach={s.reach} />
        </>
      )}
    />
  );
}

/** One service: role, mandate, measures per tier, how to reach it, the routines it is responsible for. */
export function ServiceView(props: { serviceKey: string }): React.ReactElement {
  const { strings, model } = useApp();
  const lookups = useModelLookups();
  const styles = useStyles();
  const service = lookups.service(props.serviceKey);
  if (!service) {
    return <NotFoundMessage text={strings.directory.notFound} />;
  }
  const routines = model.routines.filter((r) => isResponsibleService(r, service.key));
  return (
    <article aria-labelledby="tb-service-title">
      <Title2 as="h1" block id="tb-service-title">
        {service.title}
      </Title2>
      <Title3 as="h2" block>{strings.directory.role}</Title3>
      <MultilineText text={service.role} />
      {service.mandate && (
        <>
          <Title3 as="h2" block>{strings.directory.mandate}</Title3>
          <MultilineText text={service.mandate} />
        </>
      )}
      <Title3 as="h2" block>{strings.directory.measuresPerTier}</Title3>
      <TierMeasures service={service} />
      <Title3 as="h2" block>{strings.directory.reach}</Title3>
      <ReachDetails reach={service.reach} />
      {routines.length > 0 && (
        <>
          <Title3 as="h2" block>{strings.nav.routines}</Title3>
          <ul className={styles.list}>
            {routines.map((r) => (
              <li key={r.key}>
                <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
