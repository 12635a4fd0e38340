import type { Locale } from '../i18n/Locale';
import type { ListKey, ListSchema } from '../schema/ListSchema';
import { LISTS, SCHEMA_VERSION } from '../schema/lists';
import { fieldSchemaXml } from './fieldSchemaXml';

/** A SharePoint site script (the JSON `Add-SPOSiteScript` / `CreateSiteScript` / `ExecuteTemplateScript` take). */
export interface SiteScript {
  $schema: string;
  actions: SiteScriptAction[];
  bindata: Record<string, never>;
  version: number;
}

export type SiteScriptAction = {
  verb: 'createSPList';
  listName: string;
  templateType: number;
  subactions: SiteScriptListSubaction[];
};

export type SiteScriptListSubaction =
  | { verb: 'setDescription'; description: string }
  | { verb: 'addSPFieldXml'; schemaXml: string; addToDefaultView?: boolean }
  /**
   * A lookup names its target by `targetListName` (the list's title), not `targetListUrl`: createSPList keeps
   * the spaces of listName in the list's URL ("Lists/TB Tjenester"), so the URL the product's own provisioner
   * gives a list ("Lists/TBTjenester") does not exist on a site the script made.
   */
  | { verb: 'addSPLookupFieldXml'; schemaXml: string; targetListName: string; addToDefaultView?: boolean };

export const SITE_SCRIPT_SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json';

/**
 * "Invoke-SPOSiteDesign is limited to 30 actions and subactions" (Add-SPOSiteDesignTask, Microsoft Learn); the
 * same cap holds for every synchronous run, ExecuteTemplateScript (Invoke-PnPSiteScript) included.
 */
export const SYNC_ACTION_LIMIT = 30;
/**
 * "300 actions (or 100,000 characters) when the scripts are applied asynchronously (either through the UI or
 * using the Add-SPOSiteDesignTask command)" (SharePoint site template and site script overview).
 */
export const TASK_ACTION_LIMIT = 300;
export const TASK_CHARACTER_LIMIT = 100000;

/** SharePoint's template type for a generic custom list. */
const GENERIC_LIST = 100;

/** Actions plus subactions: what SharePoint counts against its limits. */
export function countActions(script: Pick<SiteScript, 'actions'>): number {
  return script.actions.reduce((n, action) => n + 1 + action.subactions.length, 0);
}

/** The site-relative URL createSPList gives a list: `Lists/<listName>`, spaces kept. */
export function siteScriptListUrl(listName: string): string {
  return `Lists/${listName}`;
}

/**
 * The lists in an order where every list comes after the lists its lookups point to (stable otherwise), so a
 * script, or a series of scripts, can create lookups as it goes.
 */
export function lookupOrder(lists: readonly ListSchema[] = LISTS): ListSchema[] {
  const byKey = new Map(lists.map((l) => [l.key, l]));
  const placed = new Set<ListKey>();
  const visiting = new Set<ListKey>();
  const ordered: ListSchema[] = [];
  const visit = (list: ListSchema): void => {
    if (placed.has(list.key)) return;
    if (visiting.has(list.key)) throw new Error(`Lookups between lists form a cycle at "${list.title}"`);
    visiting.add(list.key);
    for (const field of list.fields) {
      const target = field.lookupList ? byKey.get(field.lookupList as ListKey) : undefined;
      if (target && target.key !== list.key) visit(target);
    }
    visiting.delete(list.key);
    placed.add(list.key);
    ordered.push(list);
  };
  lists.forEach(visit);
  return ordered;
}

function listAction(list: ListSchema, lists: readonly ListSchema[], locale: Locale): SiteScriptAction {
  return {
    verb: 'createSPList',
    listName: list.title,
    templateType: GENERIC_LIST,
    subactions: [
      { verb: 'setDescription', description: list.description[locale] },
      ...list.fields
        // No documented verb renames the built-in Title column; the product's provisioner names it.
        .filter((field) => field.name !== 'Title')
        .map((field): SiteScriptListSubaction => {
          const schemaXml = fieldSchemaXml(list, field, locale);
          if (field.type === 'Lookup' || field.type === 'LookupMulti') {
            const target = lists.find((l) => l.key === field.lookupList);
            if (!target) throw new Error(`${list.title}.${field.name} looks up an unknown list "${String(field.lookupList)}"`);
            return { verb: 'addSPLookupFieldXml', schemaXml, targetListName: target.title, addToDefaultView: true };
          }
          return { verb: 'addSPFieldXml', schemaXml, addToDefaultView: true };
        })
    ]
  };
}

function script(actions: SiteScriptAction[]): SiteScript {
  return { $schema: SITE_SCRIPT_SCHEMA_URL, actions, bindata: {}, version: SCHEMA_VERSION };
}

/**
 * The whole site script that creates every Trygge Barn list with its fields, generated from the one schema
 * declaration, in lookup order. Re-applying it updates lists in place (fields carry stable IDs) rather than
 * duplicating. It is within the limits of Add-SPOSiteDesignTask (300 actions, 100,000 characters), not of a
 * synchronous run: see splitSiteScript. Versioning, permissions and the Title column's display name are set by
 * the product's provisioner; content approval is left off on purpose (docs/admin.md).
 */
export function buildSiteScript(locale: Locale, lists: readonly ListSchema[] = LISTS): SiteScript {
  return script(lookupOrder(lists).map((list) => listAction(list, lists, locale)));
}

/**
 * Cuts a script into parts of at most `limit` actions and subactions each, for synchronous runs
 * (Invoke-SPOSiteDesign, ExecuteTemplateScript). Parts keep the script's order, so lists others look up are
 * created in an earlier part; a list too long for one part is continued by a second createSPList of the same
 * listName in the next part, which SharePoint treats as an update of the list.
 */
export function splitSiteScript(whole: SiteScript, limit: number = SYNC_ACTION_LIMIT): SiteScript[] {
  if (limit < 2) throw new Error('A part needs room for a list and one subaction');
  const parts: SiteScriptAction[][] = [];
  let current: SiteScriptAction[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) parts.push(current);
    current = [];
    used = 0;
  };
  for (const action of whole.actions) {
    // A list that fits in a part is never cut; a longer one fills whole parts, limit - 1 subactions at a time.
    const pieces: SiteScriptListSubaction[][] = [];
    for (let i = 0; i === 0 || i < action.subactions.length; i += limit - 1) pieces.push(action.subactions.slice(i, i + limit - 1));
    for (const piece of pieces) {
      if (used + 1 + piece.length > limit) flush();
      current.push({ ...action, subactions: piece });
      used += 1 + piece.length;
    }
  }
  flush();
  return parts.map(script);
}
