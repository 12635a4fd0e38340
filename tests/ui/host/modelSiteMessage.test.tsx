import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import type { ProductServices } from '../../../src/data/ports/ProductServices';
import type { HostEnvironment } from '../../../src/ui/host/HostEnvironment';
import { TryggeBarnApp } from '../../../src/ui/shell/TryggeBarnApp';

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

const host = (extra: Partial<HostEnvironment>): HostEnvironment => ({
  kind: 'teams',
  siteUrl: '',
  culture: 'nb-NO',
  user: { displayName: 'Demo', email: 'demo@kommune.example', loginName: 'i:0#.f|membership|demo@kommune.example' },
  theme: 'light',
  pageUrl: 'https://kommune.sharepoint.com/_layouts/15/teamshostedapp.aspx',
  ...extra
});

/** Services whose model cannot be read (a model site without lists), with a given ManageWeb answer. */
function failingServices(canManage: boolean): { services: ProductServices; adminLoaded: jest.Mock } {
  const adminLoaded = jest.fn(() => new Promise<never>(() => undefined));
  const services = {
    modelStore: { modelStamp: jest.fn(async () => Promise.reject(new Error('404'))), loadModel: jest.fn(async () => Promise.reject(new Error('404'))) },
    modelCache: { read: async () => undefined, write: async () => undefined, clear: async () => undefined },
    permissions: { canEditModel: async () => false },
    siteAccess: { canManageModelSite: jest.fn(async () => canManage) },
    admin: { load: adminLoaded }
  } as unknown as ProductServices;
  return { services, adminLoaded };
}

describe('the model site in the app', () => {
  it('without a model site says what the admin must set, both ways, with the tenant property key', () => {
    render(<TryggeBarnApp host={host({ modelSite: { kind: 'notConfigured' } })} />);
    const text = screen.getByTestId('tb-model-site-message').textContent ?? '';
    expect(text).toContain('Ingen modellside er valgt');
    expect(text).toContain('«TryggeBarnModelSite»');
    expect(text).toContain('«Modellside (adresse)»');
  });

  it('explains a refused setting in the UI language', () => {
    render(
      <TryggeBarnApp
        host={host({ culture: 'nn-NO', modelSite: { kind: 'invalid', source: 'tenant', value: 'https://annan.sharepoint.com/sites/tb', problem: 'otherHost' } })}
        services={failingServices(true).services}
      />
    );
    const text = screen.getByTestId('tb-model-site-message').textContent ?? '';
    expect(text).toContain('Modellsida kan ikkje brukast');
    expect(text).toContain('same SharePoint-leigetakar');
  });

  it('offers no set-up to someone who cannot manage the model site, and says who can', async () => {
    const { services, adminLoaded } = failingServices(false);
    render(<TryggeBarnApp host={host({ siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn', modelSite: { kind: 'configured', siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn', source: 'tenant' } })} services={services} />);
    await screen.findByText(/bare en eier av den siden/);
    expect(services.siteAccess.canManageModelSite).toHaveBeenCalled();
    expect(adminLoaded).not.toHaveBeenCalled();
  });

  it('loads the set-up offer for a model site owner', async () => {
    const { services, adminLoaded } = failingServices(true);
    render(<TryggeBarnApp host={host({ siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn', modelSite: { kind: 'configured', siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn', source: 'webPart' } })} services={services} />);
    await waitFor(() => expect(adminLoaded).toHaveBeenCalled());
    expect(screen.queryByText(/bare en eier av den siden/)).toBeNull();
  });
});
