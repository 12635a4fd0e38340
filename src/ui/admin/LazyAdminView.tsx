import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import type { Route } from '../app/routes';
import { useCanEditModel } from '../app/useCanEditModel';
import { useAdminViewServices } from './AdminServicesContext';
import { loadAdminChunk, type AdminChunk } from './loadAdminChunk';

type ChunkState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; chunk: AdminChunk };

/**
 * An admin route. Who sees it is decided by SharePoint's effective permissions (can the user edit the routines
 * list?), never by a role in a token; staff who open the address get a plain "not for you", and SharePoint
 * would refuse their writes anyway.
 */
export function LazyAdminView(props: { route: Route }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.admin;
  const services = useAdminViewServices();
  const canEdit = useCanEditModel(services.permissions);
  const [state, setState] = React.useState<ChunkState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (!canEdit) return undefined;
    let current = true;
    loadAdminChunk().then(
      (chunk) => current && setState({ kind: 'loaded', chunk }),
      () => current && setState({ kind: 'failed' })
    );
    return () => {
      current = false;
    };
  }, [canEdit, attempt]);
  if (canEdit === undefined) return <Spinner label={s.checkingAccess} />;
  if (!canEdit) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.notAllowed}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === 'loading') return <Spinner label={s.loading} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{s.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt(attempt + 1);
            }}
          >
            {s.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <state.chunk.AdminRouteView route={props.route} />;
}
