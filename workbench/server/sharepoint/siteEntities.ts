import type { Principal } from '../auth/Principal';
import type { ListRecord } from './ListRepository';
import { ODataEntity } from './odataShape';
import { stableGuid } from '../graph/demoPeople';
import type { SiteDefinition } from '../sites';
import { MODEL_SITE_PATH } from '../sites';

function siteIds(site: SiteDefinition): { siteId: string; webId: string } {
  // The model site keeps the ids it always had.
  const name = site.path === MODEL_SITE_PATH ? 'tryggebarn' : site.path;
  return { siteId: stableGuid(`site:${name}`), webId: stableGuid(`web:${name}`) };
}

/** `/` for the root site, `/sites/x/` otherwise: what a list URL is appended to. */
function serverRelativePrefix(sitePath: string): string {
  return sitePath === '/' ? '/' : `${sitePath}/`;
}

/** A site's web; its language follows the seed locale (1044 Bokmål, 2068 Nynorsk). */
export function webEntity(siteUrl: string, locale: 'nb' | 'nn', lastItemModified: string, site: SiteDefinition): ODataEntity {
  const { siteId, webId } = siteIds(site);
  return new ODataEntity(
    { type: 'SP.Web', id: `${siteUrl}/_api/Web`, uri: `${siteUrl}/_api/Web`, editLink: 'Web' },
    {
      AllowRssFeeds: true,
      Created: '2024-01-01T08:00:00Z',
      Description: site.description,
      EnableMinimalDownload: false,
      Id: webId,
      IsMultilingual: true,
      Language: locale === 'nn' ? 2068 : 1044,
      LastItemModifiedDate: lastItemModified,
      LastItemUserModifiedDate: lastItemModified,
      ServerRelativeUrl: site.path,
      SiteId: siteId,
      Title: site.title,
      Url: siteUrl,
      WebTemplate: site.webTemplate
    }
  );
}

export function currentUserEntity(siteUrl: string, principal: Principal, isSiteAdmin: boolean): ODataEntity {
  const person = principal.person;
  const path = `Web/GetUserById(${principal.siteUserId})`;
  return new ODataEntity(
    { type: 'SP.User', id: `${siteUrl}/_api/${path}`, uri: `${siteUrl}/_api/${path}`, editLink: path },
    {
      Id: principal.siteUserId,
      IsHiddenInUI: false,
      LoginName: `i:0#.f|membership|${person.userPrincipalName}`,
      Title: person.displayName,
      PrincipalType: 1,
      Email: person.mail,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: isSiteAdmin,
      UserId: { NameId: person.id.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: person.userPrincipalName
    }
  );
}

/** A list as `web/lists` reports it. */
export function listEntity(list: ListRecord, itemCount: number, siteUrl: string, hasUniqueRoleAssignments = false): ODataEntity {
  const path = `Web/Lists(guid'${list.id}')`;
  return new ODataEntity(
    { type: 'SP.List', id: `${siteUrl}/_api/${path}`, uri: `${siteUrl}/_api/${path}`, etag: `"${list.version}"`, editLink: path },
    {
      AllowContentTypes: true,
      BaseTemplate: list.baseTemplate,
      BaseType: 0,
      ContentTypesEnabled: false,
      Created: list.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      Description: list.description,
      Direction: 'none',
      DocumentTemplateUrl: null,
      DraftVersionVisibility: 0,
      EnableAttachments: true,
      EnableFolderCreation: false,
      EnableMinorVersions: false,
      EnableModeration: list.enableModeration,
      EnableVersioning: list.enableVersioning,
      EntityTypeName: list.entityTypeName,
      ForceCheckout: false,
      HasExternalDataSource: false,
      HasUniqueRoleAssignments: hasUniqueRoleAssignments,
      Hidden: false,
      Id: list.id,
      ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
      IrmEnabled: false,
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: itemCount,
      LastItemDeletedDate: list.lastItemDeleted,
      LastItemModifiedDate: list.lastItemModified,
      LastItemUserModifiedDate: list.lastItemModified,
      ListItemEntityTypeFullName: `SP.Data.${list.entityTypeName}Item`,
      MajorVersionLimit: list.enableVersioning ? 500 : 0,
      NoCrawl: false,
      ParentWebUrl: list.site,
      ReadSecurity: list.readSecurity,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
      WriteSecurity: list.writeSecurity
    }
  );
}

/** A list's root folder, which provisioning tools read to learn the list's URL. */
export function rootFolderEntity(list: ListRecord, siteUrl: string): ODataEntity {
  const path = `Web/Lists(guid'${list.id}')/RootFolder`;
  const name = list.url.split('/').pop() ?? list.url;
  return new ODataEntity(
    { type: 'SP.Folder', id: `${siteUrl}/_api/${path}`, uri: `${siteUrl}/_api/${path}`, editLink: path },
    { Exists: true, ItemCount: 0, Name: name, ServerRelativeUrl: `${serverRelativePrefix(list.site)}${list.url}`, UniqueId: list.id, WelcomePage: '' }
  );
}
