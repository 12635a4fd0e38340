import type { DemoUserKey } from '../graph/demoPeople';
import { demoUserPerson } from '../graph/demoPeople';
import { DEMO_USER_KEYS, demoAccount } from './demoUsers';
import { DEMO_TENANT_ID, signToken, TOKEN_AUDIENCE, TOKEN_ISSUER, verifyToken } from './jwt';
import type { Principal } from './Principal';
import type { TokenClient } from './scopes';
import { APP_CLIENT, clientOf, parseScopes, SPFX_CLIENT } from './scopes';

export const TOKEN_LIFETIME_SECONDS = 3600;
/** The cookie a page can use instead of a bearer header; SharePoint writes then need a form digest, as in SPFx. */
export const SESSION_COOKIE = 'tb_workbench_token';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Who a request is, or why it is nobody. */
export type Authentication = { principal: Principal } | { problem: 'missing' | 'invalid' };

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Issues and checks the demo users' access tokens. */
export class TokenService {
  public constructor(private readonly secret: Buffer) {}

  /**
   * A delegated access token for a demo user, issued to our app registration (`client: 'app'`, the default)
   * or to SPFx's shared principal (`'spfx'`), each with the scopes that client holds.
   */
  public issue(key: DemoUserKey, nowSeconds = Math.floor(Date.now() / 1000), client: TokenClient = 'app'): TokenResponse {
    const person = demoUserPerson(key);
    const app = clientOf(client);
    const token = signToken(
      {
        aud: TOKEN_AUDIENCE,
        iss: TOKEN_ISSUER,
        iat: nowSeconds,
        nbf: nowSeconds,
        exp: nowSeconds + TOKEN_LIFETIME_SECONDS,
        tid: DEMO_TENANT_ID,
        name: person.displayName,
        upn: person.userPrincipalName,
        oid: person.id,
        roles: demoAccount(key).roles,
        scp: app.scopes.join(' '),
        appid: app.id,
        app_displayname: app.displayName
      },
      this.secret
    );
    return { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** Reads `Authorization: Bearer …`, or (only when `allowCookie`) the session cookie. */
  public authenticate(headers: Record<string, string | undefined>, allowCookie: boolean): Authentication {
    const authorization = headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      return match ? this.principalOf(match[1], 'bearer') : { problem: 'invalid' };
    }
    const cookie = allowCookie ? cookieValue(headers.cookie, SESSION_COOKIE) : undefined;
    if (cookie !== undefined) return this.principalOf(cookie, 'cookie');
    return { problem: 'missing' };
  }

  private principalOf(token: string, via: Principal['via']): Authentication {
    const claims = verifyToken(token, this.secret);
    if (!claims) return { problem: 'invalid' };
    const key = DEMO_USER_KEYS.find((k) => demoUserPerson(k).id === claims.oid);
    if (!key) return { problem: 'invalid' };
    const account = demoAccount(key);
    const client = claims.appid === SPFX_CLIENT.id ? 'spfx' : 'app';
    if (client === 'app' && claims.appid !== APP_CLIENT.id) return { problem: 'invalid' };
    return { principal: { key, person: demoUserPerson(key), siteUserId: account.siteUserId, roles: claims.roles, via, scopes: parseScopes(claims.scp), client } };
  }
}
