import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { mergeWrittenStandards } from '../../../src/core/language/mergeWrittenStandards';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { ProductServices } from '../../../src/data/ports/ProductServices';
import type { LoadedModel } from '../../../src/data/ports/ModelStore';
import type { HostEnvironment } from '../../../src/ui/host/HostEnvironment';
import { TryggeBarnApp } from '../../../src/ui/shell/TryggeBarnApp';

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

const starter = (locale: 'nb' | 'nn'): ModelDocument =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;

/** A Bokmål site as the workbench seeds it: the Bokmål starter model with the Nynorsk texts in its …Nn columns. */
function bokmålSite(): LoadedModel {
  const { model } = assembleModel(documentToLists(mergeWrittenStandards(starter('nb'), starter('nn')).document).lists);
  return { model, issues: [], loadedAt: '2026-03-01T10:00:00.000Z' } as unknown as LoadedModel;
}

function services(loaded: LoadedModel): ProductServices {
  return {
    modelStore: { modelStamp: jest.fn(async () => 'stamp'), loadModel: jest.fn(async () => loaded) },
    modelCache: { read: async () => undefined, write: async () => undefined, clear: async () => undefined },
    permissions: { canEditModel: async () => false },
    siteAccess: { canManageModelSite: async () => false }
  } as unknown as ProductServices;
}

const host = (culture: string): HostEnvironment => ({
  kind: 'sharepoint',
  siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn',
  culture,
  user: { displayName: 'Demo', email: 'demo@kommune.example', loginName: 'i:0#.f|membership|demo@kommune.example' },
  theme: 'light',
  pageUrl: 'https://kommune.sharepoint.com/sites/tryggebarn/SitePages/Trygge-barn.aspx',
  modelSite: { kind: 'configured', siteUrl: 'https://kommune.sharepoint.com/sites/tryggebarn', source: 'webPart' }
});

const KEY = 'bti-niva-0-uro';

describe('the content in the UI language (issue #13)', () => {
  beforeEach(() => {
    window.location.hash = `#/routine/${KEY}`;
  });

  it.each([
    ['nn-NO', 'nn'],
    ['nb-NO', 'nb'],
    ['en-US', 'nb']
  ] as const)('%s shows the routine in %s', async (culture, written) => {
    const routine = starter(written).routines.find((r) => r.key === KEY);
    render(<TryggeBarnApp host={host(culture)} services={services(bokmålSite())} startView={`routine/${KEY}`} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(routine?.title);
    const article = heading.closest('article') as HTMLElement;
    const steps = within(article).getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/^[^:]*:\s*/, ''));
    expect(steps).toEqual(routine?.steps.map((s) => s.what));
  });
});
