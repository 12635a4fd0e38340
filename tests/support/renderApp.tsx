import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { HostEnvironment } from '../../src/ui/host/HostEnvironment';
import { TryggeBarnApp } from '../../src/ui/shell/TryggeBarnApp';
import type { FakeProductServices } from './fakeProductServices';

export const MODEL_SITE = 'https://contoso.sharepoint.com/sites/tryggebarn';

/** A SharePoint page on the model site, in the given culture. */
export function sharePointHost(culture = 'nb-NO'): HostEnvironment {
  return {
    kind: 'sharepoint',
    siteUrl: MODEL_SITE,
    culture,
    user: { displayName: 'Kari Lærer', email: 'kari@testvik.example', loginName: 'i:0#.f|membership|kari@testvik.example' },
    theme: 'light',
    pageUrl: `${MODEL_SITE}/SitePages/Trygge-barn.aspx`,
    modelSite: { kind: 'configured', siteUrl: MODEL_SITE, source: 'webPart' }
  };
}

/**
 * The whole app as a page renders it — shell, routing, error boundary, lazy chunks — over in-memory services,
 * opened at `hash` (as a link to the page would). Tests then find things by role, label and visible text.
 */
export function openApp(services: FakeProductServices, options: { hash?: string; culture?: string } = {}): RenderResult {
  window.location.hash = options.hash ?? '';
  return render(<TryggeBarnApp host={sharePointHost(options.culture)} services={services.product} />);
}
