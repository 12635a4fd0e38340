import type { Queryable } from '@pnp/queryable';

/** Returns an access token for a resource (the SharePoint origin), as SPFx's AadTokenProvider or MSAL does. */
export type TokenSource = (resource: string) => Promise<string>;

/**
 * PnPjs behavior that signs each request with a bearer token for the request's origin. The same code path
 * serves a tenant (token from SPFx's AadTokenProvider) and the workbench (token from its stand-in), so the
 * data layer never asks where it runs.
 */
export function BearerToken(getToken: TokenSource): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.auth.replace(async function (url: URL, init: RequestInit) {
      const token = await getToken(`${url.protocol}//${url.host}`);
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}
