import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import { useCanEditModel } from '../../app/useCanEditModel';
import { useServices } from '../../shell/ServicesContext';
import { useEvaluationStrings } from '../strings';

/**
 * Shows its children only to those who can edit the model (the project group). Anyone else who opens the link
 * gets a plain explanation instead of a failure. SharePoint still checks every read and write.
 */
export function RequireModelEditor(props: { children: React.ReactNode }): React.ReactElement {
  const { strings } = useApp();
  const ev = useEvaluationStrings();
  const { permissions } = useServices();
  const canEdit = useCanEditModel(permissions);
  if (canEdit === undefined) return <Spinner label={strings.evaluation.common.loading} />;
  if (!canEdit) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{ev.common.notAllowed}</MessageBarBody>
      </MessageBar>
    );
  }
  return <>{props.children}</>;
}
