import * as React from 'react';
import { Button, Field, makeStyles, Select, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { filterModelForService } from '../../core/model/personalFilter';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { paddingLeft: tokens.spacingHorizontalL }
});

/** "For meg": choose my service; routines, tools and arenas for it are listed, and the choice is remembered. */
export function ForMeView(): React.ReactElement {
  const { strings, model, myService, setMyService } = useApp();
  const styles = useStyles();
  const mine = myService ? filterModelForService(model, myService) : undefined;
  return (
    <section aria-labelledby="tb-forme-title">
      <Title2 as="h1" id="tb-forme-title">
        {strings.forMe.title}
      </Title2>
      <p>{strings.forMe.intro}</p>
      <div className={styles.controls}>
        <Field label={strings.forMe.chooseService}>
          <Select value={myService ?? ''} onChange={(_e, data) => setMyService(data.value || undefined)}>
            <option value="">{strings.forMe.noService}</option>
            {model.services.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </Select>
        </Field>
        {myService && <Button onClick={() => setMyService(undefined)}>{strings.forMe.clear}</Button>}
      </div>
      <Text className={styles.muted}>{strings.forMe.remembered}</Text>
      {mine && (
        <>
          <Title3 as="h2">{strings.nav.routines}</Title3>
          <ul className={styles.list}>
            {mine.routines.map((r) => (
              <li key={r.key}>
                <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
              </li>
            ))}
          </ul>
          <Title3 as="h2">{strings.nav.tools}</Title3>
          <ul className={styles.list}>
            {mine.tools.map((t) => (
              <li key={t.key}>{t.title}</li>
            ))}
          </ul>
          <Title3 as="h2">{strings.nav.arenas}</Title3>
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
