import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import type { Locale } from '../../core/i18n/Locale';
import { fieldSchemaXml } from '../../core/provisioning/fieldSchemaXml';
import { interimTitleOf, planProvisioning } from '../../core/provisioning/planProvisioning';
import type { ProvisioningAction, ProvisioningPlan } from '../../core/provisioning/ProvisioningAction';
import type { SiteField, SiteList, SiteSnapshot } from '../../core/provisioning/SiteSnapshot';
import type { ListKey, ListSchema } from '../../core/schema/ListSchema';
import { TITLE_FIELD } from '../../core/schema/ListSchema';
import { LISTS, SCHEMA_VERSION } from '../../core/schema/lists';
import type { ProvisioningProgress, ProvisioningResult, SiteProvisioner } from '../admin/SiteProvisioner';
import { writeFailureOf } from '../admin/WriteFailure';

/** SharePoint's template for a generic custom list. */
const GENERIC_LIST = 100;

/**
 * Keep the schema's internal name (without the hint SharePoint names a column after its display name) and
 * show the column in the list's default view, where admins edit.
 */
const FIELD_OPTIONS = AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddFieldToDefaultView;

interface ListInfo {
  Id: string;
  Title: string;
  EnableVersioning: boolean;
  EnableModeration: boolean;
}

/** The list settings provisioning changes. */
interface ListSettings {
  Title: string;
  Description: string;
  EnableVersioning: boolean;
  EnableModeration: boolean;
}

interface FieldInfo {
  InternalName: string;
  TypeAsString: string;
  Indexed: boolean;
  Title: string;
}

/**
 * Provisioning with PnPjs against any site URL: reads what the site has, lets planProvisioning decide, and
 * runs the plan one action at a time. Every action only adds or switches on, so a run that stops halfway is
 * finished by running again.
 */
export class SharePointSiteProvisioner implements SiteProvisioner {
  public constructor(
    private readonly sp: SPFI,
    private readonly lists: readonly ListSchema[] = LISTS,
    private readonly schemaVersion: number = SCHEMA_VERSION
  ) {}

  public canSetUpSite(): Promise<boolean> {
    return this.sp.web.currentUserHasPermissions(PermissionKind.ManageLists);
  }

  public async plan(): Promise<ProvisioningPlan> {
    return planProvisioning(await this.readSite(), this.lists, this.schemaVersion);
  }

  /** The site's lists, and the fields of the ones the product owns (under their title or interim title). */
  public async readSite(): Promise<SiteSnapshot> {
    const all: ListInfo[] = await this.sp.web.lists.select('Id', 'Title', 'EnableVersioning', 'EnableModeration')();
    const ours = new Set(this.lists.flatMap((l) => [l.title.toLowerCase(), interimTitleOf(l).toLowerCase()]));
    const lists = await Promise.all(
      all.map(async (list): Promise<SiteList> => {
        const fields: FieldInfo[] = ours.has(list.Title.toLowerCase())
          ? await this.sp.web.lists.getById(list.Id).fields.select('InternalName', 'TypeAsString', 'Indexed', 'Title')()
          : [];
        return {
          id: list.Id,
          title: list.Title,
          enableVersioning: list.EnableVersioning,
          enableModeration: list.EnableModeration,
          fields: fields.map((f): SiteField => ({ internalName: f.InternalName, typeAsString: f.TypeAsString, indexed: f.Indexed, title: f.Title }))
        };
      })
    );
    return { lists };
  }

  public async apply(plan: ProvisioningPlan, locale: Locale, onProgress?: (progress: ProvisioningProgress) => void): Promise<ProvisioningResult> {
    const listIds = await this.currentListIds();
    const total = plan.actions.length;
    for (let done = 0; done < total; done++) {
      const action = plan.actions[done];
      onProgress?.({ done, total, current: action });
      try {
        await this.run(action, locale, listIds);
      } catch (error) {
        return { kind: 'stopped', applied: done, action, reason: writeFailureOf(error), message: (error as Error).message ?? String(error) };
      }
    }
    onProgress?.({ done: total, total });
    return { kind: 'done', applied: total };
  }

  /** The id of each schema list the site has, under its title or interim title: lookups name their target by id. */
  private async currentListIds(): Promise<Map<ListKey, string>> {
    const all: ListInfo[] = await this.sp.web.lists.select('Id', 'Title')();
    const ids = new Map<ListKey, string>();
    for (const schema of this.lists) {
      const found = all.find((l) => l.Title.toLowerCase() === schema.title.toLowerCase()) ?? all.find((l) => l.Title.toLowerCase() === interimTitleOf(schema).toLowerCase());
      if (found) ids.set(schema.key, found.Id);
    }
    return ids;
  }

  private schemaOf(key: ListKey): ListSchema {
    const schema = this.lists.find((l) => l.key === key);
    if (!schema) throw new Error(`No schema for list "${key}"`);
    return schema;
  }

  private listById(key: ListKey, ids: Map<ListKey, string>): ReturnType<SPFI['web']['lists']['getById']> {
    const id = ids.get(key);
    if (!id) throw new Error(`The list "${this.schemaOf(key).title}" does not exist on the site`);
    return this.sp.web.lists.getById(id);
  }

  private async run(action: ProvisioningAction, locale: Locale, ids: Map<ListKey, string>): Promise<void> {
    const schema = this.schemaOf(action.list);
    switch (action.kind) {
      case 'createList': {
        const created = await this.sp.web.lists.add(action.interimTitle, schema.description[locale], GENERIC_LIST, false);
        ids.set(action.list, created.Id);
        await this.updateList(action.list, ids, { Title: action.title });
        return;
      }
      case 'renameList':
        await this.updateList(action.list, ids, { Title: action.title });
        return;
      case 'configureTitleField': {
        const title = schema.fields.find((f) => f.name === TITLE_FIELD);
        if (title) await this.listById(action.list, ids).fields.getByInternalNameOrTitle(TITLE_FIELD).update({ Title: title.title[locale] }, 'SP.FieldText');
        return;
      }
      case 'addField': {
        const field = schema.fields.find((f) => f.name === action.field);
        if (!field) throw new Error(`No field "${action.field}" in the schema of ${schema.title}`);
        const lookupListId = field.lookupList ? ids.get(field.lookupList as ListKey) : undefined;
        if (field.lookupList && !lookupListId) throw new Error(`${schema.title}.${field.name} looks up a list the site does not have`);
        await this.listById(action.list, ids).fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(schema, field, locale, lookupListId), Options: FIELD_OPTIONS });
        return;
      }
      case 'indexField':
        await this.listById(action.list, ids).fields.getByInternalNameOrTitle(action.field).update({ Indexed: true }, 'SP.Field');
        return;
      case 'enableVersioning':
        await this.updateList(action.list, ids, { EnableVersioning: true });
        return;
      case 'enableContentApproval':
        await this.updateList(action.list, ids, { EnableModeration: true });
        return;
    }
  }

  /** A MERGE of only the settings that change; the others keep their values. */
  private async updateList(key: ListKey, ids: Map<ListKey, string>, change: Partial<ListSettings>): Promise<void> {
    await this.listById(key, ids).update(change);
  }
}
