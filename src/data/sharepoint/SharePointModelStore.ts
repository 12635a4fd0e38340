import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/regional-settings/web';
import { assembleModel, type RawLists } from '../../core/mapping/assembleModel';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { timeZoneOfSite, type SharePointTimeZone } from '../../core/mapping/siteTimeZone';
import { LISTS } from '../../core/schema/lists';
import type { ListSchema } from '../../core/schema/ListSchema';
import type { LoadedModel, ModelLoadOptions, ModelStore } from '../ModelStore';
import { selectFields } from './selectFields';

interface ListStamp {
  Title: string;
  ItemCount: number;
  LastItemModifiedDate: string;
  LastItemDeletedDate?: string;
}

/** How long after a change its second-resolution timestamp could still hide a further change. */
const STAMP_SETTLE_MS = 2000;

/** SharePoint's largest page; also the list view threshold. */
const PAGE_SIZE = 5000;

/**
 * Reads every model list in ONE `$batch` request (the cold open), and pages on with `$skiptoken` only for a
 * list that filled its first page.
 */
export class SharePointModelStore implements ModelStore {
  public constructor(private readonly sp: SPFI) {}

  public async loadModel(options: ModelLoadOptions): Promise<LoadedModel> {
    const modelLists = LISTS.filter((l) => l.partOfModel);
    const [batchedSp, execute] = this.sp.batched();
    const firstPages = modelLists.map((list) => this.query(batchedSp, list, options)());
    // The site's time zone rides in the same $batch: DateOnly values are stored as its local midnight.
    const zoneRequest: Promise<SharePointTimeZone | undefined> = batchedSp.web.regionalSettings.timeZone().catch(() => undefined);
    await execute();
    const pages = await Promise.all(firstPages);
    const siteTimeZone = timeZoneOfSite(await zoneRequest);
    const raw: RawLists = {};
    await Promise.all(
      modelLists.map(async (list, i) => {
        raw[list.key] = pages[i].length < PAGE_SIZE ? pages[i] : await this.readAll(list, options);
      })
    );
    const { model, issues } = assembleModel(raw, siteTimeZone);
    return { model, issues, loadedAt: new Date().toISOString(), siteTimeZone };
  }

  public async modelStamp(options: ModelLoadOptions): Promise<string> {
    const titles = new Set(LISTS.filter((l) => l.partOfModel).map((l) => l.title));
    const lists: ListStamp[] = await this.sp.web.lists.select('Title', 'ItemCount', 'LastItemModifiedDate', 'LastItemDeletedDate')();
    const modelLists = lists.filter((l) => titles.has(l.Title));
    const parts = modelLists.map((l) => `${l.Title}|${l.ItemCount}|${l.LastItemModifiedDate}|${l.LastItemDeletedDate ?? ''}`).sort();
    // SharePoint gives these dates to the second, so an edit in the same second as this read would leave the
    // stamp as it is. While the newest change is that recent, the stamp is made unique: no cache trusts it,
    // and the next open reloads.
    const newest = Math.max(0, ...modelLists.flatMap((l) => [Date.parse(l.LastItemModifiedDate), Date.parse(l.LastItemDeletedDate ?? '')]).filter((t) => !Number.isNaN(t)));
    const unsettled = Date.now() - newest < STAMP_SETTLE_MS ? `#unsettled:${Date.now()}:${Math.random()}` : '';
    return `${options.includeDrafts ? 'drafts' : 'published'}#${parts.join(';')}${unsettled}`;
  }

  private query(sp: SPFI, list: ListSchema, options: ModelLoadOptions): IItems {
    let items = sp.web.lists.getByTitle(list.title).items.select(...selectFields(list)).top(PAGE_SIZE);
    // RoutineStatus is indexed, so this filter stays legal however large the list grows.
    if (list.key === 'routines' && !options.includeDrafts) items = items.filter("RoutineStatus eq 'published'");
    return items;
  }

  private async readAll(list: ListSchema, options: ModelLoadOptions): Promise<RawListItem[]> {
    const all: RawListItem[] = [];
    for await (const page of this.query(this.sp, list, options)) all.push(...(page as RawListItem[]));
    return all;
  }
}
