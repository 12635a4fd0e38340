import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ItemIssue } from '../../../core/mapping/ItemIssue';
import { useAdminStrings } from '../strings';

/** Items the lists hold that the model had to skip (or references it dropped): what admins must fix in the lists. */
export function ModelIssues(props: { issues: readonly ItemIssue[] }): React.ReactElement {
  const s = useAdminStrings();
  if (props.issues.length === 0) return <></>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.issuesTitle(props.issues.length)}</MessageBarTitle>
        {s.issuesIntro}
        <ul>
          {props.issues.map((issue, i) => (
            <li key={i}>{s.issueLine(issue.list, String(issue.item), issue.field, issue.message)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
