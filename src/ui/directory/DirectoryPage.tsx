import * as React from 'react';
import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))', gap: tokens.spacingHorizontalM, listStyle: 'none', padding: 0 }
});

export interface DirectoryPageProps<T extends { key: string }> {
  /** Id of the page heading, which names the section for screen readers. */
  headingId: string;
  title: string;
  items: readonly T[];
  /** Each card's heading (a link to the item's own page, where it has one). */
  cardHeading: (item: T) => React.ReactNode;
  /** The rest of each card. */
  cardBody: (item: T) => React.ReactNode;
}

/** A directory (services, tools, arenas): a page heading and a grid of cards, one per item, that reflows to one column on a phone. */
export function DirectoryPage<T extends { key: string }>(props: DirectoryPageProps<T>): React.ReactElement {
  const styles = useStyles();
  return (
    <section aria-labelledby={props.headingId}>
      <Title2 as="h1" block id={props.headingId}>
        {props.title}
      </Title2>
      <ul className={styles.grid}>
        {props.items.map((item) => (
          <li key={item.key}>
            <ContentCard>
              <Text as="h2" block weight="semibold" size={400}>
                {props.cardHeading(item)}
              </Text>
              {props.cardBody(item)}
            </ContentCard>
          </li>
        ))}
      </ul>
    </section>
  );
}
