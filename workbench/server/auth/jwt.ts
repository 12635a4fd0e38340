import { createHmac, timingSafeEqual } from 'node:crypto';

/** Claims of a workbench access token. */
export interface TokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string;
  name: string;
  upn: string;
  oid: string;
  roles: string[];
  /** Delegated scopes, space-separated, as Entra ID writes them (`"AllSites.Write User.ReadBasic.All"`). */
  scp: string;
  /** The client the token was issued to, and its display name (v1.0 access tokens: `appid`, `app_displayname`). */
  appid: string;
  app_displayname: string;
}

export const TOKEN_AUDIENCE = 'trygge-barn-workbench';
export const TOKEN_ISSUER = 'http://localhost/trygge-barn-workbench';
/** A fictional tenant id, so tokens and Teams join links look the part. */
export const DEMO_TENANT_ID = '8a6f1c2e-4b7d-4e0a-9c1f-7d3b2a5e6f10';

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Signs claims as a compact JWT with HS256 (node:crypto only). */
export function signToken(claims: TokenClaims, secret: Buffer): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Verifies signature, audience and lifetime; returns the claims or undefined for any bad token. */
export function verifyToken(token: string, secret: Buffer, nowSeconds = Math.floor(Date.now() / 1000)): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts;
  let headerJson: { alg?: string };
  let claims: TokenClaims;
  try {
    headerJson = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (headerJson.alg !== 'HS256') return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (claims.aud !== TOKEN_AUDIENCE || typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return undefined;
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 60) return undefined;
  if (typeof claims.scp !== 'string') return undefined;
  return claims;
}
