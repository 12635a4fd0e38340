import * as React from 'react';
import { Badge, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';
import { useApp } from '../app/AppContext';
import { ReachDetails } from '../common/ReachDetails';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  emergency: { borderLeft: `6px solid ${tokens.colorPaletteRedBorder2}` },
  heading: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' }
});

/** Contacts, emergency numbers first. */
export function ContactsView(): React.ReactElement {
  const { strings, model } = useApp();
  const styles = useStyles();
  const contacts = [...model.contacts].sort((a, b) => Number(b.emergency) - Number(a.emergency) || a.order - b.order);
  return (
    <section aria-labelledby="tb-contacts-title">
      <Title2 as="h1" block id="tb-contacts-title">
        {strings.directory.contactsTitle}
      </Title2>
      <ul className={styles.list}>
        {contacts.map((c) => (
          <li key={c.key}>
            <ContentCard className={c.emergency ? styles.emergency : undefined}>
              <div className={styles.heading}>
                <Text as="h2" block weight="semibold" size={400}>
                  {c.title}
                </Text>
                {c.emergency && (
                  <Badge color="danger" appearance="filled">
                    {strings.directory.emergency}
                  </Badge>
                )}
              </div>
              {c.description && <Text>{c.description}</Text>}
              <ReachDetails reach={c.reach} />
            </ContentCard>
          </li>
        ))}
      </ul>
    </section>
  );
}
