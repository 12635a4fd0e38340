import * as React from 'react';
import { Card, Link, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))', gap: tokens.spacingHorizontalM, listStyle: 'none', padding: 0 },
  used: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** Tools and forms, each opened from its document link, with the routines that use it. */
export function ToolsView(): React.ReactElement {
  const { strings, model } = useApp();
  const styles = useStyles();
  return (
    <section aria-labelledby="tb-tools-title">
      <Title2 as="h1" id="tb-tools-title">
        {strings.directory.toolsTitle}
      </Title2>
      <ul className={styles.grid}>
        {model.tools.map((tool) => {
          const usedIn = model.routines.filter((r) => r.steps.some((s) => s.tools.includes(tool.key)));
          return (
            <li key={tool.key}>
              <Card>
                <Text as="h2" weight="semibold" size={400}>
                  {tool.title}
                </Text>
                <Text>{tool.description}</Text>
                <Link href={tool.documentUrl} target="_blank" rel="noopener noreferrer" aria-label={`${strings.directory.openDocument}: ${tool.title}`}>
                  {strings.directory.openDocument}
                </Link>
                {usedIn.length > 0 && (
                  <>
                    <Text weight="semibold">{strings.directory.usedInRoutines}</Text>
                    <ul className={styles.used}>
                      {usedIn.map((r) => (
                        <li key={r.key}>
                          <RouteLink to={{ view: 'routine', key: r.key }}>{r.title}</RouteLink>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
