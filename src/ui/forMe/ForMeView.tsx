import * as React from 'react';
import { Button, Field, makeStyles, Select, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { BTI_DIMENSION } from '../../core/guide/worryGuide';
import { pickText } from '../../core/i18n/Locale';
import { filterModelForService } from '../../core/model/personalFilter';
import type { Routine } from '../../core/model/Routine';
import { routinesForService } from '../../core/model/routinesForService';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { ExternalLink } from '../host/ExternalLink';
import { toolLink } from '../directory/toolLink';
import { useForMeStrings } from './forMeStrings';

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
 * "For meg": choose my service; the urgent routines first, then what the service actually does (responsible, or
 * carrying out a step) by level of the worry guide, the other routines meant for it behind "Vis alle"; tools open
 * their documents, and the choice is remembered.
 */
export function ForMeView(): React.ReactElement {
  const { strings, model, myService, setMyService, host, locale } = useApp();
  const styles = useStyles();
  const mine = myService ? filterModelForService(model, myService) : undefined;
  const groups = React.useMemo(() => (myService ? routinesForService(model, myService, { guideDimension: BTI_DIMENSION }) : undefined), [model, myService]);
  const levelNames = new Map((model.dimensions.find((d) => d.key === BTI_DIMENSION)?.values ?? []).map((v) => [v.key, pickText(v.name, locale)]));
  const [showAll, setShowAll] = React.useState(false);
  const more = useForMeStrings();
  const serviceTitle = model.services.find((svc) => svc.key === myService)?.title ?? '';
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
          <p>{more.workIntro(serviceTitle)}</p>
          {groups.byLevel.map((group) => (
            <RoutineGroup key={group.level} id={`tb-forme-level-${group.level}`} title={levelNames.get(group.level) ?? group.level} routines={group.routines} />
          ))}
          <RoutineGroup id="tb-forme-other" title={more.otherWork} routines={groups.otherWork} />
          {groups.rest.length > 0 && (
            <div className={styles.group}>
              <Button aria-expanded={showAll} aria-controls="tb-forme-rest" onClick={() => setShowAll(!showAll)}>
                {showAll ? more.hideAll : more.showAll(groups.rest.length)}
              </Button>
              <div id="tb-forme-rest" hidden={!showAll}>
                {showAll && <RoutineGroup id="tb-forme-rest-title" title={more.restTitle} routines={groups.rest} />}
              </div>
            </div>
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
