import * as React from 'react';
import { newSubmissionId } from '../../../data/ports/submissionId';
import { WriteOutcomeUnknownError } from '../../../data/ports/WriteOutcomeUnknownError';
import type { SendState } from './SendFormFooter';

/** Waits before the form checks again whether a lost send was stored (ms); the last one repeats. */
export const RECHECK_DELAYS_MS: readonly number[] = [2000, 4000, 8000, 15000, 30000];

export interface Submission {
  state: SendState;
  /** The checks so far could not reach SharePoint; the form keeps trying. */
  stillChecking: boolean;
  /**
   * Sends what the form holds. `content` is the form's text and choices as one string: the same content keeps
   * the same submission id, so pressing send again after "not sent" or during "checking" never stores twice;
   * changed content gets a new id.
   */
  submit(content: string): void;
  /** Checks at once instead of waiting for the next scheduled check. */
  checkNow(): void;
  /** After "sent": the form is empty again, and its next send is a new submission. */
  reset(): void;
  /** The person edited the form after a failure: back to editing. */
  edited(): void;
}

/**
 * The three-way outcome of sending a form: "sent" when SharePoint has it; "not sent" only when it was checked
 * that nothing was stored (WriteNotStoredError, or a failure before anything was sent); "checking" when the
 * answer was lost and a read-back could not settle it — then the form sends again with the same submission id
 * (which finds the item if it is there, and stores it once if not) until it knows.
 */
export function useSubmission(send: (submissionId: string) => Promise<void>, delays: readonly number[] = RECHECK_DELAYS_MS): Submission {
  const [state, setState] = React.useState<SendState>('editing');
  const [stillChecking, setStillChecking] = React.useState(false);
  // The send of the content being sent, fixed when it was sent: a check sends exactly that, never later edits.
  const current = React.useRef<{ content: string; id: string; send: () => Promise<void> } | undefined>(undefined);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const checks = React.useRef(0);
  const mounted = React.useRef(true);
  const sendRef = React.useRef(send);
  sendRef.current = send;

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const attempt = React.useCallback(
    (id: string): void => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = undefined;
      const sending = current.current;
      if (!sending || sending.id !== id) return;
      sending
        .send()
        .then(() => {
          if (!mounted.current || current.current?.id !== id) return;
          setStillChecking(false);
          setState('sent');
        })
        .catch((error: unknown) => {
          if (!mounted.current || current.current?.id !== id) return;
          if (error instanceof WriteOutcomeUnknownError) {
            const n = checks.current++;
            setState('checking');
            setStillChecking(n >= delays.length - 1);
            timer.current = setTimeout(() => attempt(id), delays[Math.min(n, delays.length - 1)]);
            return;
          }
          // WriteNotStoredError (checked), or a failure before anything was sent.
          setStillChecking(false);
          setState('failed');
        });
    },
    [delays]
  );

  return {
    state,
    stillChecking,
    submit: (content) => {
      if (state === 'sending' || state === 'checking') return;
      const send = sendRef.current;
      const id = current.current?.content === content ? current.current.id : newSubmissionId();
      current.current = { content, id, send: () => send(id) };
      checks.current = 0;
      setState('sending');
      attempt(id);
    },
    checkNow: () => {
      if (state === 'checking' && current.current) attempt(current.current.id);
    },
    reset: () => {
      current.current = undefined;
      setStillChecking(false);
      setState('editing');
    },
    edited: () => {
      if (state === 'failed') setState('editing');
    }
  };
}
