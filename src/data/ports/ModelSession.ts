import type { ModelSiteChoice } from '../../core/hosting/modelSiteUrl';
import type { LoadedModel, ModelAccess } from './ModelStore';

/** What opening the model for a page reports, state by state; `S` is whatever the caller builds per model site (the product's services). */
export type SessionState<S> =
  /** No usable model site: the app says what the admin must set. */
  | { kind: 'noSite'; choice: Exclude<ModelSiteChoice, { kind: 'configured' }>; tenantUnreadable: boolean }
  | {
      kind: 'open';
      choice: ModelSiteChoice & { kind: 'configured' };
      services: S;
      loaded: LoadedModel;
      source: 'cache' | 'network';
      access?: ModelAccess;
      /** The search index cached with this model (MiniSearch JSON), if one was saved; read after the first paint. */
      loadSearchIndex?(): Promise<string | undefined>;
      /** Keeps a search index built for this model beside it in the device cache. */
      saveSearchIndex?(json: string): Promise<void>;
    }
  /** The model site is set but its model could not be read (no lists yet, no access, offline). */
  | { kind: 'failed'; choice: ModelSiteChoice & { kind: 'configured' }; services: S; error: unknown };
