import * as React from 'react';
import { decideSend, gatedText } from '../../core/feedback/personalDataGate';
import { modelAllowWords } from '../../core/feedback/modelAllowWords';
import type { Finding } from '../../core/privacy';
import { useApp } from '../app/AppContext';

export interface PersonalDataGate {
  /** What the last check found; undefined when there is nothing to warn about. */
  findings: Finding[] | undefined;
  /** True when the texts may be sent now; otherwise the findings are set and the warning shows. */
  check(fields: readonly string[]): boolean;
  /** The person confirmed these exact texts after the warning. */
  confirm(fields: readonly string[]): void;
  /** The text changed: hide the warning until the next check. */
  reset(): void;
}

/**
 * The privacy check in front of every "send" of free text: the same detector (checkPersonalData) and threshold
 * as `npm run privacy:check` and the booking form. The model is the allow-list: its services, arenas, tools,
 * routines, contacts and places are never taken for a child.
 *
 * The detector is imported statically on purpose: the check must answer at the moment "send" is pressed. It is
 * still outside the entry bundle, because every form that uses this hook lives in a lazily loaded chunk
 * (evaluation, admin, booking), and webpack puts the shared detector and its name list in a chunk of their own.
 */
export function usePersonalDataGate(): PersonalDataGate {
  const { model } = useApp();
  const allowWords = React.useMemo(() => modelAllowWords(model), [model]);
  const [findings, setFindings] = React.useState<Finding[] | undefined>(undefined);
  const confirmed = React.useRef<string | undefined>(undefined);
  return React.useMemo(
    () => ({
      findings,
      check: (fields) => {
        const decision = decideSend(fields, confirmed.current, { allowWords });
        setFindings(decision.kind === 'warn' ? decision.findings : undefined);
        return decision.kind === 'send';
      },
      confirm: (fields) => {
        confirmed.current = gatedText(fields);
        setFindings(undefined);
      },
      reset: () => setFindings(undefined)
    }),
    [findings, allowWords]
  );
}
