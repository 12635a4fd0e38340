import type { FieldSchema } from '../schema/FieldSchema';
import type { ListSchema } from '../schema/ListSchema';
import { LISTS, SCHEMA_VERSION } from '../schema/lists';
import { TITLE_FIELD } from '../schema/ListSchema';
import { sharePointFieldType } from './fieldSchemaXml';
import type { ProvisioningAction, ProvisioningPlan, ProvisioningWarning } from './ProvisioningAction';
import type { SiteList, SiteSnapshot } from './SiteSnapshot';
import { planPermissions } from './planPermissions';

/** SharePoint's own display name of the built-in Title column before anyone renames it. */
const DEFAULT_TITLE_DISPLAY_NAME = 'Title';

/**
 * The title a list is first created under: its URL's last segment ("TBRutiner"), so SharePoint derives the
 * URL the schema declares (a title with a space would give "Lists/TB Rutiner"). The list is renamed after.
 */
export function interimTitleOf(list: ListSchema): string {
  return list.url.split('/').pop() as string;
}

/** A type that already holds what the schema asks for: a URL column is accepted where the schema creates text. */
function typeFits(field: FieldSchema, actual: string): boolean {
  return actual === sharePointFieldType(field) || (field.type === 'URL' && actual === 'URL');
}

function planFields(list: ListSchema, site: SiteList | undefined, actions: ProvisioningAction[], warnings: ProvisioningWarning[]): void {
  const existing = new Map((site?.fields ?? []).map((f) => [f.internalName, f]));
  const title = existing.get(TITLE_FIELD);
  if (!site || !title || title.title === DEFAULT_TITLE_DISPLAY_NAME) actions.push({ kind: 'configureTitleField', list: list.key });
  for (const field of list.fields) {
    if (field.name === TITLE_FIELD) continue;
    const found = existing.get(field.name);
    if (!found) {
      // A new field is created indexed when the schema says so (the XML carries Indexed="TRUE").
      actions.push({ kind: 'addField', list: list.key, field: field.name, since: field.since ?? 1 });
      continue;
    }
    if (!typeFits(field, found.typeAsString)) {
      warnings.push({
        list: list.title,
        field: field.name,
        message: `is a ${found.typeAsString} column; the schema declares ${sharePointFieldType(field)}. It is left as it is, because changing a column's type can lose its data.`
      });
      continue;
    }
    if (field.indexed && !found.indexed) actions.push({ kind: 'indexField', list: list.key, field: field.name });
  }
}

/**
 * Compares a site with the list schemas (and, when the snapshot has them, its permissions with
 * LIST_PERMISSIONS) and says what to do so the site has every list, field and permission the product needs. Pure: it reads a snapshot and returns actions, so it is tested without SharePoint, and a site that is
 * already up to date gives an empty plan (running provisioning again changes nothing). It never plans to
 * delete or retype anything; what it cannot fix safely becomes a warning for the admin.
 */
export function planProvisioning(site: SiteSnapshot, lists: readonly ListSchema[] = LISTS, schemaVersion: number = SCHEMA_VERSION): ProvisioningPlan {
  const byTitle = new Map(site.lists.map((l) => [l.title.toLowerCase(), l]));
  const listActions: ProvisioningAction[] = [];
  const fieldActions: ProvisioningAction[] = [];
  const warnings: ProvisioningWarning[] = [];
  for (const list of lists) {
    let found = byTitle.get(list.title.toLowerCase());
    if (!found) {
      const interim = byTitle.get(interimTitleOf(list).toLowerCase());
      if (interim) listActions.push({ kind: 'renameList', list: list.key, from: interim.title, title: list.title });
      else listActions.push({ kind: 'createList', list: list.key, title: list.title, interimTitle: interimTitleOf(list) });
      found = interim;
    }
    planFields(list, found, fieldActions, warnings);
    // Versioning is only ever switched on: switching it off would discard an admin's history.
    if (list.versioning && !found?.enableVersioning) fieldActions.push({ kind: 'enableVersioning', list: list.key });
    // Content approval is never switched on, whatever the schema's contentApproval says, and is switched off
    // where an older version switched it on: see ProvisioningAction's disableContentApproval.
    if (found?.enableModeration) fieldActions.push({ kind: 'disableContentApproval', list: list.key });
  }
  const permissions = site.security ? planPermissions(site, lists) : { actions: [], warnings: [] };
  return { schemaVersion, actions: [...listActions, ...fieldActions, ...permissions.actions], warnings: [...warnings, ...permissions.warnings] };
}
