import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { assembleModel } from '../../src/core/mapping/assembleModel';
import { documentToLists } from '../../src/core/mapping/documentToLists';
import type { TryggeBarnModel } from '../../src/core/model/TryggeBarnModel';
import type { EvaluationStore } from '../../src/data/ports/EvaluationStore';
import type { FeedbackStore } from '../../src/data/ports/FeedbackStore';
import type { RoutineHistoryStore } from '../../src/data/ports/RoutineHistoryStore';
import { AppContext, type AppContextValue } from '../../src/ui/app/AppContext';
import { EvaluationServicesContext, type EvaluationServices } from '../../src/ui/evaluation/EvaluationServicesContext';
import { STRINGS } from '../../src/ui/strings';
import { tinyModelDocument } from '../unit/core/tinyModel';
import { withFeatureStrings } from './withFeatureStrings';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks; layout does not matter here.
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

/** The tiny model as the app would hold it after reading the lists (with SharePoint ids). */
export function tinyModel(): TryggeBarnModel {
  return assembleModel(documentToLists(tinyModelDocument()).lists).model;
}

export interface FakeServices extends EvaluationServices {
  feedback: jest.Mocked<FeedbackStore>;
  evaluations: jest.Mocked<EvaluationStore>;
  routineHistory: jest.Mocked<RoutineHistoryStore>;
}

export function fakeServices(canEdit: boolean): FakeServices {
  return {
    permissions: { canEditModel: jest.fn(async () => canEdit) },
    feedback: {
      submit: jest.fn<Promise<void>, Parameters<FeedbackStore['submit']>>(async () => undefined),
      readAll: jest.fn<ReturnType<FeedbackStore['readAll']>, Parameters<FeedbackStore['readAll']>>(async () => ({ feedback: [], issues: [] })),
      triage: jest.fn<Promise<void>, Parameters<FeedbackStore['triage']>>(async () => undefined)
    },
    evaluations: {
      submit: jest.fn<Promise<void>, Parameters<EvaluationStore['submit']>>(async () => undefined),
      aggregate: jest.fn<ReturnType<EvaluationStore['aggregate']>, Parameters<EvaluationStore['aggregate']>>(async () => ({ cells: [], counted: 0, skipped: 0, issues: [] }))
    },
    routineHistory: { read: jest.fn<ReturnType<RoutineHistoryStore['read']>, []>(async () => ({ routines: [], issues: [] })) }
  };
}

export function renderWithApp(ui: React.ReactElement, options: { services: EvaluationServices; model?: TryggeBarnModel; locale?: 'nb' | 'nn' | 'en' }): RenderResult {
  const locale = options.locale ?? 'nb';
  const value: AppContextValue = {
    model: options.model ?? tinyModel(),
    strings: STRINGS[locale],
    locale,
    host: {
      kind: 'sharepoint',
      siteUrl: 'https://contoso.sharepoint.com/sites/tryggebarn',
      culture: 'nb-NO',
      user: { displayName: 'Kari Lærer', email: 'kari@testvik.no', loginName: 'i:0#.f|membership|kari@testvik.no' },
      theme: 'light',
      pageUrl: 'https://contoso.sharepoint.com/sites/tryggebarn/SitePages/Home.aspx'
    },
    navigate: jest.fn(),
    myService: undefined,
    setMyService: jest.fn()
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={value}>
        <EvaluationServicesContext.Provider value={options.services}>{withFeatureStrings(locale, ui)}</EvaluationServicesContext.Provider>
      </AppContext.Provider>
    </FluentProvider>
  );
}
