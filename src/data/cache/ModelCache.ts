import type { LoadedModel } from '../ModelStore';

/** A model as cached on the device, with the version stamp it was read at. */
export interface CachedModel {
  loaded: LoadedModel;
  stamp: string;
}

/** Where the model is kept between visits. Holds model content only — never feedback, search terms or guide answers. */
export interface ModelCache {
  read(): Promise<CachedModel | undefined>;
  write(model: CachedModel): Promise<void>;
  clear(): Promise<void>;
}
