import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { formatRoute, type Route } from '../app/routes';

export interface RouteLinkProps {
  to: Route;
  children: React.ReactNode;
  className?: string;
  'aria-current'?: 'page';
}

/** A real link (href = the route's hash), so it can be opened in a new tab, copied and read by screen readers. */
export function RouteLink(props: RouteLinkProps): React.ReactElement {
  return (
    <Link href={formatRoute(props.to)} className={props.className} aria-current={props['aria-current']}>
      {props.children}
    </Link>
  );
}
