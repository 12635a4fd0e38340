import type { DemoPerson, DemoUserKey } from '../graph/demoPeople';

/** The signed-in demo user a request acts for, as both APIs see them. */
export interface Principal {
  key: DemoUserKey;
  person: DemoPerson;
  /** The user's id in the site's user information list (AuthorId/EditorId of items they write). */
  siteUserId: number;
  roles: string[];
  /** How the request proved who it is: cookie-authenticated SharePoint writes also need a form digest. */
  via: 'bearer' | 'cookie';
  /** Delegated scopes of the token (`scp`); a cookie session is the page's own and is not limited by them. */
  scopes: string[];
  /** Which client the token was issued to: our app registration, or SPFx's shared principal. */
  client: 'app' | 'spfx';
}
