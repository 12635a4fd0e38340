import type { DemoUserKey } from '../graph/demoPeople';
import { demoUserPerson } from '../graph/demoPeople';
import { demoAccount } from './demoUsers';
import { DEMO_TENANT_ID, signToken, TOKEN_AUDIENCE, TOKEN_ISSUER, verifyToken } from './jwt';
import type { Principal } from './Principal';

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

  public issue(key: DemoUserKey, nowSeconds = Math.floor(Date.now() / 1000)): TokenResponse {
    const person = demoUserPerson(key);
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
        roles: demoAccount(key).roles
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
    const key = (['staff', 'lead', 'admin'] as const).find((k) => demoUserPerson(k).id === claims.oid);
    if (!key) return { problem: 'invalid' };
    const account = demoAccount(key);
    return { principal: { key, person: demoUserPerson(key), siteUserId: account.siteUserId, roles: claims.roles, via } };
  }
}
