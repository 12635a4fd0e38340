import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { AppContext } from '../app/AppContext';

/**
 * A link that leaves the app. In Teams it opens through the host (teams-js `app.openLink`, via
 * HostEnvironment.navigation), as a tab should; elsewhere a new browser tab.
 */
export function ExternalLink(props: { href: string; children?: React.ReactNode; 'aria-label'?: string; className?: string; inline?: boolean }): React.ReactElement {
  const navigation = React.useContext(AppContext)?.host.navigation;
  const { href, ...rest } = props;
  const onClick = navigation
    ? (event: React.MouseEvent<HTMLAnchorElement>): void => {
        event.preventDefault();
        navigation.openLink(href).catch(() => window.open(href, '_blank', 'noopener,noreferrer'));
      }
    : undefined;
  return <Link {...rest} href={href} target="_blank" rel="noopener noreferrer" onClick={onClick} />;
}
