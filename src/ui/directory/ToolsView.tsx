import * as React from 'react';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { DirectoryPage } from './DirectoryPage';

const useStyles = makeStyles({
  used: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** Tools and forms, each opened from its document link, with the routines that use it. */
export function ToolsView(): React.ReactElement {
  const { strings, model } = useApp();
  const styles = useStyles();
  return (
    <DirectoryPage
      headingId="tb-tools-title"
      title={strings.directory.toolsTitle}
      items={model.tools}
      cardHeading={(tool) => tool.title}
      cardBody={(tool) => {
        const usedIn = model.routines.filter((r) => r.steps.some((s) => s.tools.includes(tool.key)));
        return (
          <>
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
          </>
        );
      }}
    />
  );
}
