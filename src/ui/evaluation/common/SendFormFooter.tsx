import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM }
});

/**
 * Where a form that sends something is: being filled in, on its way, done, checked and not stored (can be sent
 * again), or "checking" — the answer was lost and the form is finding out whether it was stored.
 */
export type SendState = 'editing' | 'sending' | 'checking' | 'sent' | 'failed';

export interface SendFormFooterProps {
  state: SendState;
  sendLabel: string;
  sendingLabel: string;
  /** Said only when it was checked that nothing was stored. */
  failedText: string;
  checkingText?: string;
  stillCheckingText?: string;
  stillChecking?: boolean;
  checkNowLabel?: string;
  onCheckNow?: () => void;
}

/** The end of a form that sends something: the outcome (read out at once) and the send button. */
export function SendFormFooter(props: SendFormFooterProps): React.ReactElement {
  const styles = useStyles();
  const busy = props.state === 'sending' || props.state === 'checking';
  return (
    <>
      {props.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <span role="alert">{props.failedText}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {props.state === 'checking' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <span role="status" data-testid="send-checking">
              {props.stillChecking ? props.stillCheckingText : props.checkingText}
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {props.sendLabel}
        </Button>
        {busy && <Spinner size="tiny" label={props.sendingLabel} />}
        {props.state === 'checking' && props.stillChecking && props.onCheckNow && <Button onClick={props.onCheckNow}>{props.checkNowLabel}</Button>}
      </div>
    </>
  );
}
