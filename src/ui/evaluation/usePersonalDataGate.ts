import * as React from 'react';
import { modelAllowWords } from '../../core/feedback/modelAllowWords';
import type { Finding } from '../../core/privacy';
import { useApp } from '../app/AppContext';

type GateModule = typeof import('../../core/feedback/personalDataGate');

let loaded: GateModule | undefined;
let loading: Promise<GateModule> | undefined;

/** The detector and its name list in their own chunk, fetched when a form that checks text first mounts. */
function loadGate(): Promise<GateModule> {
  if (!loading) {
    loading = import(/* webpackChunkName: 'privacy' */ '../../core/feedback/personalDataGate').then((mod) => {
      loaded = mod;
      return mod;
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

export interface PersonalDataGate {
  /** What the last check found; undefined when there is nothing to warn about. */
  findings: Finding[] | undefined;
  /**
   * True when the texts may be sent now; otherwise the findings are set and the warning shows. In the first
   * moment after the form opened, before the detector has arrived, it answers false and checks as soon as it
   * has: nothing is sent unchecked.
   */
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
 */
export function usePersonalDataGate(): PersonalDataGate {
  const { model } = useApp();
  const allowWords = React.useMemo(() => modelAllowWords(model), [model]);
  const [findings, setFindings] = React.useState<Finding[] | undefined>(undefined);
  const confirmed = React.useRef<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    loadGate().catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, []);
  return React.useMemo(() => {
    const decide = (gate: GateModule, fields: readonly string[]): boolean => {
      const decision = gate.decideSend(fields, confirmed.current, { allowWords });
      setFindings(decision.kind === 'warn' ? decision.findings : undefined);
      return decision.kind === 'send';
    };
    return {
      findings,
      check: (fields) => {
        if (loaded) return decide(loaded, fields);
        loadGate()
          .then((gate) => {
            if (mounted.current) decide(gate, fields);
          })
          .catch(() => undefined);
        return false;
      },
      confirm: (fields) => {
        // Only reachable after a warning, so the detector is there; the join is gatedText's.
        confirmed.current = loaded ? loaded.gatedText(fields) : fields.join('\n');
        setFindings(undefined);
      },
      reset: () => setFindings(undefined)
    };
  }, [findings, allowWords]);
}
