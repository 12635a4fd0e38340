import type { Locale } from '../i18n/Locale';
import { listSchema, LISTS, SCHEMA_VERSION } from '../schema/lists';
import { fieldSchemaXml } from './fieldSchemaXml';

/** A SharePoint site script (the JSON `Add-SPOSiteScript` / `CreateSiteScript` take). */
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
  | { verb: 'addSPLookupFieldXml'; schemaXml: string; targetListUrl: string; addToDefaultView?: boolean };

/** SharePoint's template type for a generic custom list. */
const GENERIC_LIST = 100;

/**
 * The site script that creates every Trygge Barn list with its fields, generated from the one schema
 * declaration. Re-applying it updates lists in place (fields carry stable IDs) rather than duplicating.
 * Versioning and content approval cannot be set from a site script; the provisioning command sets them.
 */
export function buildSiteScript(locale: Locale): SiteScript {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json',
    actions: LISTS.map((list) => ({
      verb: 'createSPList',
      listName: list.title,
      templateType: GENERIC_LIST,
      subactions: [
        { verb: 'setDescription', description: list.description[locale] },
        ...list.fields
          .filter((field) => field.name !== 'Title')
          .map((field): SiteScriptListSubaction => {
            const schemaXml = fieldSchemaXml(list, field, locale);
            if (field.type === 'Lookup' || field.type === 'LookupMulti') {
              return { verb: 'addSPLookupFieldXml', schemaXml, targetListUrl: listSchema(field.lookupList as never).url, addToDefaultView: true };
            }
            return { verb: 'addSPFieldXml', schemaXml, addToDefaultView: true };
          })
      ]
    })),
    bindata: {},
    version: SCHEMA_VERSION
  };
}
