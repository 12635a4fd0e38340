import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/security';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import { assembleModel, type RawLists } from '../../core/mapping/assembleModel';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { timeZoneOfSite, type SharePointTimeZone } from '../../core/mapping/siteTimeZone';
import { MODEL_SITE_TENANT_PROPERTY } from '../../core/hosting/modelSiteUrl';
import { LISTS, listSchema, SCHEMA_VERSION } from '../../core/schema/lists';
import type { ListSchema } from '../../core/schema/ListSchema';
import type { LoadedModel, ModelLoadOptions, ModelOpenAnswer, ModelOpenRequest, ModelOpenStore, ModelStore, TenantPropertyRead } from '../ports/ModelStore';
import { isMissingColumnError, selectFields } from './selectFields';

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

const MODEL_LISTS = LISTS.filter((l) => l.partOfModel);
const MODEL_TITLES = new Set(MODEL_LISTS.map((l) => l.title));

/**
 * The model lists' version stamp from `web/lists`. SharePoint gives the dates to the second, so an edit in the
 * same second as this read would leave the stamp as it is: while the newest change is that recent the stamp
 * is made unique, no cache trusts it, and the next open reloads.
 */
export function stampOfLists(lists: readonly ListStamp[], now = Date.now()): string {
  const modelLists = lists.filter((l) => MODEL_TITLES.has(l.Title));
  const parts = modelLists.map((l) => `${l.Title}|${l.ItemCount}|${l.LastItemModifiedDate}|${l.LastItemDeletedDate ?? ''}`).sort();
  const newest = Math.max(0, ...modelLists.flatMap((l) => [Date.parse(l.LastItemModifiedDate), Date.parse(l.LastItemDeletedDate ?? '')]).filter((t) => !Number.isNaN(t)));
  const unsettled = now - newest < STAMP_SETTLE_MS ? `#unsettled:${now}:${Math.random()}` : '';
  return `${parts.join(';')}${unsettled}`;
}

/**
 * Reads every model list in ONE `$batch` request (the cold open), and pages on with `$skiptoken` only for a
 * list that filled its first page. `open` puts everything an open needs into that one batch: the lists'
 * stamps, the user's effective permissions on the web and on «TB Rutiner», the site's time zone and — when the
 * model site may be the page's own web — the tenant property that names the model site.
 */
export class SharePointModelStore implements ModelStore, ModelOpenStore {
  /** The with-drafts model read by the last open, handed once to the editors' views (no second request). */
  private primedDrafts: LoadedModel | undefined;
  /**
   * Lists found without the columns a newer schema added (a site not yet upgraded after an app update), with the
   * newest schema version whose columns they have: read with those, so staff keep the model (and, on a site at
   * schema 2, its Nynorsk texts) until an owner runs the set-up again.
   */
  private readonly notUpgraded = new Map<string, number>();

  public constructor(private readonly sp: SPFI) {}

  public async open(request: ModelOpenRequest): Promise<ModelOpenAnswer> {
    const [batched, execute] = this.sp.batched();
    const settle = <T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> =>
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error })
      );
    const tenant = request.tenantProperty ? settle(batched.web.getStorageEntity(MODEL_SITE_TENANT_PROPERTY) as Promise<StorageEntity | undefined>) : undefined;
    const webPermissions = request.access ? settle(batched.web.getCurrentUserEffectivePermissions()) : undefined;
    const routinePermissions = request.access ? settle(batched.web.lists.getByTitle(listSchema('routines').title).getCurrentUserEffectivePermissions()) : undefined;
    const stamps = settle(batched.web.lists.select('Title', 'ItemCount', 'LastItemModifiedDate', 'LastItemDeletedDate')() as Promise<ListStamp[]>);
    const drafts = request.model === 'withDrafts';
    const firstPages = request.model === 'none' ? [] : MODEL_LISTS.map((list) => settle(this.query(batched, list, { includeDrafts: drafts })() as Promise<RawListItem[]>));
    // The site's time zone rides in the same $batch: DateOnly values are stored as its local midnight.
    const zone = request.model === 'none' ? undefined : settle(batched.web.regionalSettings.timeZone() as Promise<SharePointTimeZone>);
    await execute();

    const answer: ModelOpenAnswer = {};
    if (tenant) answer.tenantProperty = tenantRead(await tenant);
    if (webPermissions && routinePermissions) {
      const web = await webPermissions;
      const routines = await routinePermissions;
      answer.access = {
        canManageModelSite: web.ok && this.sp.web.hasPermissions(web.value as IBasePermissions, PermissionKind.ManageWeb),
        canEditModel: routines.ok && this.sp.web.hasPermissions(routines.value as IBasePermissions, PermissionKind.EditListItems)
      };
    }
    const stampResult = await stamps;
    if (stampResult.ok) answer.stamp = stampOfLists(stampResult.value);
    if (request.model === 'none') return answer;

    const pages = await Promise.all(firstPages);
    await Promise.all(
      pages.map(async (page, i) => {
        if (page.ok || !isMissingColumnError(page.error)) return;
        pages[i] = await settle(this.readOlderSchema(MODEL_LISTS[i], { includeDrafts: drafts }));
      })
    );
    const failed = pages.find((p) => !p.ok);
    if (failed && !failed.ok) {
      answer.modelError = failed.error;
      return answer;
    }
    const zoneResult = zone ? await zone : undefined;
    const siteTimeZone = timeZoneOfSite(zoneResult?.ok ? zoneResult.value : undefined);
    try {
      const raw: RawLists = {};
      await Promise.all(
        MODEL_LISTS.map(async (list, i) => {
          const page = pages[i];
          const items = page.ok ? page.value : [];
          raw[list.key] = items.length < PAGE_SIZE ? items : await this.readAll(list, { includeDrafts: drafts });
        })
      );
      const loadedAt = new Date().toISOString();
      if (drafts) {
        const all = assembleModel(raw, siteTimeZone);
        answer.withDrafts = { model: all.model, issues: all.issues, loadedAt, siteTimeZone };
        this.primedDrafts = answer.withDrafts;
        const published = assembleModel({ ...raw, routines: (raw.routines ?? []).filter((r) => r.RoutineStatus === 'published') }, siteTimeZone);
        answer.loaded = { model: published.model, issues: published.issues, loadedAt, siteTimeZone };
      } else {
        const { model, issues } = assembleModel(raw, siteTimeZone);
        answer.loaded = { model, issues, loadedAt, siteTimeZone };
      }
    } catch (error) {
      answer.modelError = error;
    }
    return answer;
  }

  public async listsStamp(): Promise<string> {
    return stampOfLists(await this.sp.web.lists.select('Title', 'ItemCount', 'LastItemModifiedDate', 'LastItemDeletedDate')());
  }

  public async loadModel(options: ModelLoadOptions): Promise<LoadedModel> {
    if (options.includeDrafts && this.primedDrafts) {
      // The editors' first look at drafts uses what the open already read.
      const primed = this.primedDrafts;
      this.primedDrafts = undefined;
      return primed;
    }
    const [batchedSp, execute] = this.sp.batched();
    const firstPages = MODEL_LISTS.map((list) =>
      this.query(batchedSp, list, options)().catch(async (error: unknown): Promise<RawListItem[]> => {
        if (!isMissingColumnError(error)) throw error;
        return this.readOlderSchema(list, options);
      })
    );
    const zoneRequest: Promise<SharePointTimeZone | undefined> = batchedSp.web.regionalSettings.timeZone().catch(() => undefined);
    await execute();
    const pages = await Promise.all(firstPages);
    const siteTimeZone = timeZoneOfSite(await zoneRequest);
    const raw: RawLists = {};
    await Promise.all(
      MODEL_LISTS.map(async (list, i) => {
        raw[list.key] = pages[i].length < PAGE_SIZE ? pages[i] : await this.readAll(list, options);
      })
    );
    const { model, issues } = assembleModel(raw, siteTimeZone);
    return { model, issues, loadedAt: new Date().toISOString(), siteTimeZone };
  }

  public async modelStamp(options: ModelLoadOptions): Promise<string> {
    return `${options.includeDrafts ? 'drafts' : 'published'}#${await this.listsStamp()}`;
  }

  private query(sp: SPFI, list: ListSchema, options: ModelLoadOptions): IItems {
    const fields = selectFields(list, this.notUpgraded.get(list.key));
    let items = sp.web.lists.getByTitle(list.title).items.select(...fields).top(PAGE_SIZE);
    // RoutineStatus is indexed, so this filter stays legal however large the list grows.
    if (list.key === 'routines' && !options.includeDrafts) items = items.filter("RoutineStatus eq 'published'");
    return items;
  }

  /** The first page of a list that lacks a newer schema's columns: with each older version's columns in turn. */
  private async readOlderSchema(list: ListSchema, options: ModelLoadOptions): Promise<RawListItem[]> {
    for (let version = SCHEMA_VERSION - 1; ; version--) {
      this.notUpgraded.set(list.key, version);
      try {
        return (await this.query(this.sp, list, options)()) as RawListItem[];
      } catch (error) {
        if (version <= 1 || !isMissingColumnError(error)) throw error;
      }
    }
  }

  private async readAll(list: ListSchema, options: ModelLoadOptions): Promise<RawListItem[]> {
    const all: RawListItem[] = [];
    for await (const page of this.query(this.sp, list, options)) all.push(...(page as RawListItem[]));
    return all;
  }
}

/** `GetStorageEntity`'s answer: `{ Value, Comment, Description }`; an unset key answers with no Value (null). */
interface StorageEntity {
  Value?: string | undefined;
}

/** What the tenant property read gave. */
function tenantRead(result: { ok: true; value: StorageEntity | undefined } | { ok: false; error: unknown }): TenantPropertyRead {
  if (!result.ok) return { kind: 'unreadable' };
  const value = result.value?.Value?.trim();
  return value ? { kind: 'set', value } : { kind: 'unset' };
}

