import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { ISiteGroupInfo } from '@pnp/sp/site-groups';
import type { Locale } from '../../core/i18n/Locale';
import { fieldSchemaXml } from '../../core/provisioning/fieldSchemaXml';
import { interimTitleOf, planProvisioning } from '../../core/provisioning/planProvisioning';
import type { ProvisioningAction, ProvisioningPlan } from '../../core/provisioning/ProvisioningAction';
import type { SiteField, SiteList, SiteListSecurity, SiteSecuritySnapshot, SiteSnapshot } from '../../core/provisioning/SiteSnapshot';
import { MODEL_EDITORS_GROUP, type PermissionPrincipal } from '../../core/schema/listPermissions';
import type { ListKey, ListSchema } from '../../core/schema/ListSchema';
import { TITLE_FIELD } from '../../core/schema/ListSchema';
import { LISTS, SCHEMA_VERSION } from '../../core/schema/lists';
import type { ProvisioningProgress, ProvisioningResult, SiteProvisioner } from '../ports/admin/SiteProvisioner';
import { writeFailureOf } from './writeFailureOf';

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
  ReadSecurity: number;
  WriteSecurity: number;
}

interface ListSecurityInfo {
  HasUniqueRoleAssignments: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
}

interface RoleAssignmentInfo {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Name: string }>;
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

  /**
   * Setting up creates a group and breaks the lists' permission inheritance besides creating lists: that takes the
   * site owner's Full Control (ManageWeb), not the ManageLists a team site's Members hold through Edit.
   */
  public canSetUpSite(): Promise<boolean> {
    return this.sp.web.currentUserHasPermissions(PermissionKind.ManageWeb);
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
    return { lists, security: await this.readSecurity(lists.filter((l) => ours.has(l.title.toLowerCase()))) };
  }

  /** The site's groups, its associated groups and, for the product's lists, their permission settings. */
  public async readSecurity(lists: SiteList[]): Promise<SiteSecuritySnapshot> {
    const groups: ISiteGroupInfo[] = await this.sp.web.siteGroups.select('Id', 'Title')();
    const associated: SiteSecuritySnapshot['associated'] = {};
    const [owners, members, visitors] = await Promise.all([
      this.associatedGroupId(this.sp.web.associatedOwnerGroup),
      this.associatedGroupId(this.sp.web.associatedMemberGroup),
      this.associatedGroupId(this.sp.web.associatedVisitorGroup)
    ]);
    if (owners !== undefined) associated.owners = owners;
    if (members !== undefined) associated.members = members;
    if (visitors !== undefined) associated.visitors = visitors;
    const security = await Promise.all(
      lists.map(async (list): Promise<SiteListSecurity> => {
        const handle = this.sp.web.lists.getById(list.id);
        const info: ListSecurityInfo = await handle.select('HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity')();
        const assignments: RoleAssignmentInfo[] = info.HasUniqueRoleAssignments ? await handle.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Name')() : [];
        return {
          listId: list.id,
          hasUniqueRoleAssignments: info.HasUniqueRoleAssignments,
          readSecurity: info.ReadSecurity,
          writeSecurity: info.WriteSecurity,
          assignments: assignments.map((a) => ({ principalId: a.PrincipalId, levels: a.RoleDefinitionBindings.map((b) => b.Name) }))
        };
      })
    );
    return { groups: groups.map((g) => ({ id: g.Id, title: g.Title })), associated, lists: security };
  }

  /** A site without an associated group answers the property with null or 404. */
  private async associatedGroupId(group: SPFI['web']['associatedOwnerGroup']): Promise<number | undefined> {
    try {
      const info: { Id?: number } | null = await group.select('Id')();
      return typeof info?.Id === 'number' ? info.Id : undefined;
    } catch {
      return undefined;
    }
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
    if (action.kind === 'createEditorsGroup') {
      await this.createEditorsGroup(action.group, action.description);
      return;
    }
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
      case 'disableContentApproval':
        await this.updateList(action.list, ids, { EnableModeration: false });
        return;
      case 'breakInheritance':
        // Without copying the site's assignments: the list gets exactly the declared grants (SharePoint also
        // gives the caller Full Control on the list, so an owner never locks themselves out).
        await this.listById(action.list, ids).breakRoleInheritance(false, true);
        return;
      case 'grantRole': {
        const principalId = await this.principalId(action.principal);
        const role: { Id: number } = await this.sp.web.roleDefinitions.getByName(action.level).select('Id')();
        await this.listById(action.list, ids).roleAssignments.add(principalId, role.Id);
        return;
      }
      case 'setItemSecurity':
        await this.updateList(action.list, ids, { ReadSecurity: action.readSecurity, WriteSecurity: action.writeSecurity });
        return;
    }
  }

  private async principalId(principal: PermissionPrincipal): Promise<number> {
    const group =
      principal === 'editors'
        ? this.sp.web.siteGroups.getByName(MODEL_EDITORS_GROUP)
        : principal === 'owners'
          ? this.sp.web.associatedOwnerGroup
          : principal === 'members'
            ? this.sp.web.associatedMemberGroup
            : this.sp.web.associatedVisitorGroup;
    const info: { Id: number } = await group.select('Id')();
    return info.Id;
  }

  /**
   * The model editors' group, owned by the site's owners group (so owners manage its membership, as for the
   * site's own groups). SharePoint makes the creator the owner of a new group; SetUserAsOwner hands it over.
   */
  private async createEditorsGroup(title: string, description: string): Promise<void> {
    const created = await this.sp.web.siteGroups.add({ Title: title, Description: description });
    const owners: { Id: number; Title: string } = await this.sp.web.associatedOwnerGroup.select('Id', 'Title')();
    if (created.OwnerTitle !== owners.Title) await this.sp.web.siteGroups.getById(created.Id).setUserAsOwner(owners.Id);
  }

  /** A MERGE of only the settings that change; the others keep their values. */
  private async updateList(key: ListKey, ids: Map<ListKey, string>, change: Partial<ListSettings>): Promise<void> {
    await this.listById(key, ids).update(change);
  }
}
