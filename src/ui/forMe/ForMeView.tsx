import * as React from 'react';
import { Button, Field, makeStyles, Select, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { BTI_DIMENSION } from '../../core/guide/worryGuide';
import { filterModelForService } from '../../core/model/personalFilter';
import type { Routine } from '../../core/model/Routine';
import { routinesForService } from '../../core/model/routinesForService';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { ExternalLink } from '../host/ExternalLink';
import { toolLink } from '../directory/toolLink';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  select: { maxWidth: '100%', minWidth: 0, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } },
  field: { minWidth: 0, maxWidth: '100%' },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
  list: { paddingLeft: tokens.spacingHorizontalL },
  group: { marginTop: tokens.spacingVerticalL }
});

function RoutineGroup(props: { id: string; title: string; routines: readonly Routine[] }): React.ReactElement {
  const styles = useStyles();
  if (props.routines.length === 0) return <></>;
  return (
    <section className={styles.group} aria-labelledby={props.id}>
      <Title3 as="h3" block id={props.id}>
        {props.title} ({props.routines.length})
      </Title3>
      <ul className={styles.list}>
        {props.routines.map((r) => (
          <li key={r.key}>
            <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "For meg": choose my service; its routines are grouped (urgent, mine, when worried, the rest of my work), the
 * routines that are the same for every service are counted rather than listed, tools open their documents, and
 * the choice is remembered.
 */
export function ForMeView(): React.ReactElement {
  const { strings, model, myService, setMyService, host } = useApp();
  const styles = useStyles();
  const mine = myService ? filterModelForService(model, myService) : undefined;
  const groups = React.useMemo(() => {
    if (!myService) return undefined;
    const municipalityPlacements = model.dimensions.flatMap((d) => d.values.filter((v) => v.key === 'kommune').map((v) => `${d.key}:${v.key}`));
    return routinesForService(model, myService, { guideDimension: BTI_DIMENSION, municipalityPlacements });
  }, [model, myService]);
  const s = strings.forMe;
  return (
    <section aria-labelledby="tb-forme-title">
      <Title2 as="h1" block id="tb-forme-title">
        {s.title}
      </Title2>
      <p>{s.intro}</p>
      <div className={styles.controls}>
        <Field className={styles.field} label={s.chooseService}>
          <Select className={styles.select} value={myService ?? ''} onChange={(_e, data) => setMyService(data.value || undefined)}>
            <option value="">{s.noService}</option>
            {model.services.map((svc) => (
              <option key={svc.key} value={svc.key}>
                {svc.title}
              </option>
            ))}
          </Select>
        </Field>
        {myService && <Button onClick={() => setMyService(undefined)}>{s.clear}</Button>}
      </div>
      <Text as="p" className={styles.muted}>
        {s.remembered}
      </Text>
      {mine && groups && (
        <>
          <Title3 as="h2" block>
            {strings.nav.routines}
          </Title3>
          <RoutineGroup id="tb-forme-urgent" title={s.urgentRoutines} routines={groups.urgent} />
          <RoutineGroup id="tb-forme-responsible" title={s.responsibleRoutines} routines={groups.responsible} />
          <RoutineGroup id="tb-forme-worried" title={s.whenWorried} routines={groups.whenWorried} />
          <RoutineGroup id="tb-forme-work" title={s.inYourWork} routines={groups.inYourWork} />
          {groups.forEveryone.length > 0 && (
            <p data-testid="forme-for-everyone">
              {s.forEveryone(groups.forEveryone.length)}: <RouteLink to={{ view: 'routines' }}>{strings.nav.routines}</RouteLink>
            </p>
          )}
          <Title3 as="h2" block>
            {strings.nav.tools}
          </Title3>
          {mine.tools.length === 0 ? (
            <p>{s.none}</p>
          ) : (
            <ul className={styles.list}>
              {mine.tools.map((t) => {
                // The same rule as every link from the lists: https, or a path on the model's own site.
                const href = toolLink(t.documentUrl, host.siteUrl);
                return (
                  <li key={t.key}>
                    {href ? (
                      <ExternalLink href={href} aria-label={`${strings.directory.openDocument}: ${t.title}`}>
                        {t.title}
                      </ExternalLink>
                    ) : (
                      t.title
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <Title3 as="h2" block>
            {strings.nav.arenas}
          </Title3>
          <ul className={styles.list}>
            {mine.arenas.map((a) => (
              <li key={a.key}>
                <RouteLink to={{ view: 'arena', key: a.key }}>{a.title}</RouteLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
