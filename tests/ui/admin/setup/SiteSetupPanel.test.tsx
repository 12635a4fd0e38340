import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { planProvisioning } from '../../../../src/core/provisioning/planProvisioning';
import { SCHEMA_VERSION } from '../../../../src/core/schema/lists';
import type { ProvisioningPlan } from '../../../../src/core/provisioning/ProvisioningAction';
import { EMPTY_SITE } from '../../../../src/core/provisioning/SiteSnapshot';
import type { ProvisioningProgress, ProvisioningResult, SiteProvisioner } from '../../../../src/data/ports/admin/SiteProvisioner';
import { nb } from '../../../../src/ui/admin/strings/nb';
import { nn } from '../../../../src/ui/admin/strings/nn';
import { SiteSetupPanel } from '../../../../src/ui/admin/setup/SiteSetupPanel';

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

/** A site that starts empty and is up to date once the plan has run, with progress reported step by step. */
function fakeProvisioner(canSetUp = true): SiteProvisioner & { applied: ProvisioningPlan[] } {
  let done = false;
  const applied: ProvisioningPlan[] = [];
  return {
    applied,
    canSetUpSite: jest.fn(async () => canSetUp),
    plan: jest.fn(async () => (done ? { schemaVersion: SCHEMA_VERSION, actions: [], warnings: [] } : planProvisioning(EMPTY_SITE))),
    apply: jest.fn(async (plan: ProvisioningPlan, _locale: string, onProgress?: (p: ProvisioningProgress) => void): Promise<ProvisioningResult> => {
      applied.push(plan);
      plan.actions.forEach((current, i) => onProgress?.({ done: i, total: plan.actions.length, current }));
      done = true;
      return { kind: 'done', applied: plan.actions.length };
    })
  };
}

describe('"Set up this site"', () => {
  it('shows what an empty site lacks, runs it, reports the result and then that the site is up to date', async () => {
    const provisioner = fakeProvisioner();
    const changed = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SiteSetupPanel provisioning={provisioner} strings={nb} locale="nb" onChanged={changed} />
      </FluentProvider>
    );
    const count = planProvisioning(EMPTY_SITE).actions.length;
    await screen.findByText(`${count} endringer trengs for skjemaversjon ${SCHEMA_VERSION}:`);
    expect(screen.getByText('Opprett listen «TB Rutiner»')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sett opp nettstedet' }));
    await screen.findByText(`Ferdig: ${count} endringer er gjort.`);
    await screen.findByText(`Nettstedet er oppdatert (skjemaversjon ${SCHEMA_VERSION}). Ingenting å gjøre.`);
    expect(provisioner.apply).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: SCHEMA_VERSION }), 'nb', expect.any(Function));
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('tells someone who cannot create lists, in Nynorsk, and offers nothing', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SiteSetupPanel provisioning={fakeProvisioner(false)} strings={nn} locale="nn" />
      </FluentProvider>
    );
    await screen.findByText('Oppsettet krev at du kan opprette lister på nettstaden (eigar av nettstaden).');
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });
});
