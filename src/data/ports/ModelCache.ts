import type { ModelSiteSource } from '../../core/hosting/modelSiteUrl';
import type { LoadedModel, ModelAccess } from './ModelStore';

/** The model site an open resolved, kept so a warm open needs no request (the tenant property read is one). */
export interface CachedSite {
  url: string;
  source: ModelSiteSource;
  /** ISO time the setting was last read. */
  resolvedAt: string;
}

/** A model as cached on the device, with the version stamp it was read at. */
export interface CachedModel {
  loaded: LoadedModel;
  stamp: string;
  /** Where the model came from (sessions keyed by the page, not by the model site). */
  site?: CachedSite;
  /** The user's effective permissions on the model site when it was read. */
  access?: ModelAccess;
  /** The search index built for this model (MiniSearch JSON), so a warm open never rebuilds it. */
  searchIndex?: string;
}

/** Where the model is kept between visits. Holds model content only — never feedback, search terms or guide answers. */
export interface ModelCache {
  read(): Promise<CachedModel | undefined>;
  write(model: CachedModel): Promise<void>;
  clear(): Promise<void>;
  /** A cache that keeps the search index apart (read after the first paint): the index of the model read at `loadedAt`. */
  readSearchIndex?(loadedAt: string): Promise<string | undefined>;
}
