import * as React from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Locale } from '../../../core/i18n/Locale';
import type { ProvisioningPlan } from '../../../core/provisioning/ProvisioningAction';
import type { ProvisioningProgress, ProvisioningResult, SiteProvisioner } from '../../../data/ports/admin/SiteProvisioner';
import type { AdminStrings } from '../strings';
import { describeProvisioningAction } from './describeProvisioningAction';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, maxHeight: '20em', overflowY: 'auto' }
});

type SetupState =
  | { kind: 'checking' }
  | { kind: 'notAllowed' }
  | { kind: 'failed' }
  | { kind: 'planned'; plan: ProvisioningPlan }
  | { kind: 'running'; plan: ProvisioningPlan; progress: ProvisioningProgress }
  | { kind: 'finished'; plan: ProvisioningPlan; result: ProvisioningResult };

export interface SiteSetupPanelProps {
  provisioning: SiteProvisioner;
  strings: AdminStrings;
  locale: Locale;
  /** After the site changed: the app reloads what it read from the lists. */
  onChanged?(): void;
}

/**
 * "Set up this site" for a site owner: what the site lacks, then the changes one by one with progress. It
 * works on a site without any of the lists (so it needs nothing of the app's context), and only adds.
 */
export function SiteSetupPanel(props: SiteSetupPanelProps): React.ReactElement {
  const { provisioning, strings: s, locale, onChanged } = props;
  const styles = useStyles();
  const [state, setState] = React.useState<SetupState>({ kind: 'checking' });
  const [check, setCheck] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    (async (): Promise<SetupState> => {
      if (!(await provisioning.canSetUpSite())) return { kind: 'notAllowed' };
      return { kind: 'planned', plan: await provisioning.plan() };
    })().then(
      (next) => current && setState((previous) => (previous.kind === 'finished' && next.kind === 'planned' ? { ...previous, plan: next.plan } : next)),
      () => current && setState({ kind: 'failed' })
    );
    return () => {
      current = false;
    };
  }, [provisioning, check]);

  const run = async (plan: ProvisioningPlan): Promise<void> => {
    setState({ kind: 'running', plan, progress: { done: 0, total: plan.actions.length } });
    const result = await provisioning.apply(plan, locale === 'nn' ? 'nn' : 'nb', (progress) => setState({ kind: 'running', plan, progress }));
    setState({ kind: 'finished', plan, result });
    onChanged?.();
    // Check again, so the admin sees the site is now up to date (or what is left).
    setCheck((n) => n + 1);
  };

  if (state.kind === 'checking') return <Spinner label={s.checkingSite} />;
  if (state.kind === 'notAllowed') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.setupNotAllowed}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{s.failures.unavailable}</MessageBarBody>
      </MessageBar>
    );
  }
  const plan = state.plan;
  const describeReason = (result: Extract<ProvisioningResult, { kind: 'stopped' }>): string => s.failures[result.reason];
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite">
        {state.kind === 'running' && (
          <Field label={s.settingUp(state.progress.done, state.progress.total)} hint={state.progress.current ? describeProvisioningAction(state.progress.current, s) : undefined}>
            <ProgressBar value={state.progress.total === 0 ? 1 : state.progress.done / state.progress.total} />
          </Field>
        )}
        {state.kind === 'finished' && state.result.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{s.setupDone(state.result.applied)}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'finished' && state.result.kind === 'stopped' && (
          <MessageBar intent="error">
            <MessageBarBody>{s.setupStopped(describeProvisioningAction(state.result.action, s), describeReason(state.result))}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind !== 'running' &&
        (plan.actions.length === 0 ? (
          <Text as="p" data-testid="setup-up-to-date">
            {s.upToDate(plan.schemaVersion)}
          </Text>
        ) : (
          <>
            <details>
              <summary>{s.changesNeeded(plan.actions.length, plan.schemaVersion)}</summary>
              <ol className={styles.list}>
                {plan.actions.map((action, i) => (
                  <li key={i}>{describeProvisioningAction(action, s)}</li>
                ))}
              </ol>
            </details>
            <div>
              <Button appearance="primary" onClick={() => run(plan).catch(() => setState({ kind: 'failed' }))}>
                {s.setupButton}
              </Button>
            </div>
          </>
        ))}
      {plan.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.setupWarningsTitle}</MessageBarTitle>
            <ul>
              {plan.warnings.map((w, i) => (
                <li key={i}>
                  {w.list}
                  {w.field ? `.${w.field}` : ''} {w.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
