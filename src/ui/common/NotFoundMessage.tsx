import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** What a link to something that is gone (removed, renamed, or not published) shows. */
export function NotFoundMessage(props: { text: string }): React.ReactElement {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}
