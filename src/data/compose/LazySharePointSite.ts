import { loadOnce } from '../../core/async/loadOnce';
import type { ModelAccess } from '../ports/ModelStore';
import type { SharePointSiteServices } from './sharePointServices';

/**
 * One model site's SharePoint services, built the first time a port of that site is called (one load shared by
 * all its ports; a failed load is forgotten, so the next call tries again). Permission answers handed over
 * before then (`prime`, from the device cache or the opening `$batch`) are kept and applied in order before the
 * services are handed to anyone, so no query after a `prime` asks SharePoint what it already said.
 */
export class LazySharePointSite {
  private readonly load: () => Promise<SharePointSiteServices>;
  private loaded: SharePointSiteServices | undefined;
  private readonly pendingAccess: ModelAccess[] = [];

  public constructor(build: () => Promise<SharePointSiteServices>) {
    this.load = loadOnce(async () => {
      const services = await build();
      for (const access of this.pendingAccess.splice(0)) services.permissions.prime(access);
      this.loaded = services;
      return services;
    });
  }

  public services(): Promise<SharePointSiteServices> {
    return this.load();
  }

  /** Synchronous, as ModelPermissions.prime is: applied now if loaded, otherwise kept for the load. */
  public prime(access: ModelAccess): void {
    if (this.loaded) this.loaded.permissions.prime(access);
    else this.pendingAccess.push(access);
  }
}
