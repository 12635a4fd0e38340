import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM }
});

/** Where a form that sends something is: being filled in, on its way, done, or failed (and can be sent again). */
export type SendState = 'editing' | 'sending' | 'sent' | 'failed';

export interface SendFormFooterProps {
  state: SendState;
  sendLabel: string;
  sendingLabel: string;
  failedText: string;
}

/** The end of a form that sends something: the failure message (read out at once) and the send button. */
export function SendFormFooter(props: SendFormFooterProps): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      {props.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <span role="alert">{props.failedText}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.state === 'sending'}>
          {props.sendLabel}
        </Button>
        {props.state === 'sending' && <Spinner size="tiny" label={props.sendingLabel} />}
      </div>
    </>
  );
}
