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
import type { ProductServices } from '../../src/data/ports/ProductServices';
import { ServicesProvider } from '../../src/ui/shell/ServicesContext';
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

/** The services a test gives: the ones its view uses. */
export type GivenServices = Partial<ProductServices>;

const SERVICE_NAMES: ReadonlyArray<keyof ProductServices> = ['modelStore', 'modelCache', 'calendar', 'permissions', 'siteAccess', 'feedback', 'evaluations', 'routineHistory', 'admin'];

/**
 * The given services as the app's ProductServices, for <ServicesProvider>: a service the test did not give throws
 * when the view reaches for it (with its name), rather than passing as undefined.
 */
export function productServices(given: GivenServices): ProductServices {
  return new Proxy(given, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && (SERVICE_NAMES as readonly string[]).includes(key)) {
        throw new Error(`The view used services.${key}, which the test did not give`);
      }
      return Reflect.get(target, key, receiver);
    }
  }) as ProductServices;
}

/** `ui` with the given services around it, as the app shell provides them. */
export function withServices(given: GivenServices, ui: React.ReactNode): React.ReactElement {
  return <ServicesProvider services={productServices(given)}>{ui}</ServicesProvider>;
}

/** The services of "evaluate and improve" (permissions, feedback, evaluations, routine history) as jest mocks. */
export interface FakeServices extends Pick<ProductServices, 'permissions' | 'feedback' | 'evaluations' | 'routineHistory'> {
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

export function renderWithApp(ui: React.ReactElement, options: { services: GivenServices; model?: TryggeBarnModel; locale?: 'nb' | 'nn' | 'en' }): RenderResult {
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
        {withServices(options.services, withFeatureStrings(locale, ui))}
      </AppContext.Provider>
    </FluentProvider>
  );
}
