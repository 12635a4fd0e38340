import type { ListKey } from '../schema/ListSchema';
import { DEFAULT_SITE_TIME_ZONE } from './siteTimeZone';

/**
 * Translates between SharePoint lookup ids and the product's stable keys. Lookups are stored as ids in
 * SharePoint; the domain model and exports refer by key, so a model survives being moved to another site.
 * It also carries the one other site-specific thing reading and writing items needs: the site's time zone
 * (IANA), which DateOnly values are stored in (see siteTimeZone.ts).
 */
export class LookupIndex {
  private readonly keysById = new Map<ListKey, Map<number, string>>();
  private readonly idsByKey = new Map<ListKey, Map<string, number>>();

  public constructor(public readonly timeZone: string = DEFAULT_SITE_TIME_ZONE) {}

  public add(list: ListKey, id: number, key: string): void {
    this.mapFor(this.keysById, list).set(id, key);
    this.mapFor(this.idsByKey, list).set(key, id);
  }

  public keyOf(list: ListKey, id: number): string | undefined {
    return this.keysById.get(list)?.get(id);
  }

  public idOf(list: ListKey, key: string): number | undefined {
    return this.idsByKey.get(list)?.get(key);
  }

  private mapFor<K, V>(maps: Map<ListKey, Map<K, V>>, list: ListKey): Map<K, V> {
    let map = maps.get(list);
    if (!map) {
      map = new Map<K, V>();
      maps.set(list, map);
    }
    return map;
  }
}
