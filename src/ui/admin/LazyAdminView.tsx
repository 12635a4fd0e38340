import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import type { Route } from '../app/routes';
import { useCanEditModel } from '../app/useCanEditModel';
import { useServices } from '../shell/ServicesContext';
import { LazyFeature } from '../shell/LazyFeature';
import { evaluationStrings } from '../evaluation/strings';
import { loadAdminChunk } from './loadAdminChunk';
import { adminStrings } from './strings';

/**
 * An admin route. Who sees it is decided by SharePoint's effective permissions (can the user edit the routines
 * list?), never by a role in a token; staff who open the address get a plain "not for you", and SharePoint
 * would refuse their writes anyway. The admin views and their strings (with the evaluation strings, for the
 * personal-data warning of the routine editor) load only for those who may edit.
 */
export function LazyAdminView(props: { route: Route }): React.ReactElement {
  const { strings } = useApp();
  const s = strings.admin;
  const services = useServices();
  const canEdit = useCanEditModel(services.permissions);
  if (canEdit === undefined) return <Spinner label={s.checkingAccess} />;
  if (!canEdit) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.notAllowed}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <LazyFeature
      load={loadAdminChunk}
      strings={[adminStrings, evaluationStrings]}
      labels={s}
      render={(chunk) => <chunk.AdminRouteView route={props.route} />}
    />
  );
}
