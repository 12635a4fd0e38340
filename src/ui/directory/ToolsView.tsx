import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { ExternalLink } from '../host/ExternalLink';
import { DirectoryPage } from './DirectoryPage';
import { toolLink } from './toolLink';

const useStyles = makeStyles({
  used: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** Tools and forms, each opened from its document link, with the routines that use it. */
export function ToolsView(): React.ReactElement {
  const { strings, model, host } = useApp();
  const styles = useStyles();
  return (
    <DirectoryPage
      headingId="tb-tools-title"
      title={strings.directory.toolsTitle}
      items={model.tools}
      cardHeading={(tool) => tool.title}
      cardBody={(tool) => {
        const usedIn = model.routines.filter((r) => r.steps.some((s) => s.tools.includes(tool.key)));
        const href = toolLink(tool.documentUrl, host.siteUrl);
        return (
          <>
            <Text as="p" block>
              {tool.description}
            </Text>
            {href ? (
              <ExternalLink href={href} aria-label={`${strings.directory.openDocument}: ${tool.title}`}>
                {strings.directory.openDocument}
              </ExternalLink>
            ) : (
              // Not https and not on the model site: shown as text, never followed.
              <Text>{tool.documentUrl}</Text>
            )}
            {usedIn.length > 0 && (
              <>
                <Text weight="semibold" block>
                  {strings.directory.usedInRoutines}
                </Text>
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
