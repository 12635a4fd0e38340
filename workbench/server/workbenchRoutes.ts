import type { DatabaseSync } from 'node:sqlite';
import express from 'express';
import { DEMO_USER_KEYS, isDemoUserKey } from './auth/demoUsers';
import { removeStorageEntity, setStorageEntity } from './sharepoint/storageEntities';
import type { TokenService } from './auth/TokenService';
import { SESSION_COOKIE, TOKEN_LIFETIME_SECONDS } from './auth/TokenService';
import type { FaultConfig } from './faults/FaultConfig';
import { normalizeFaultConfig } from './faults/FaultConfig';

export interface WorkbenchRouteDeps {
  tokens: TokenService;
  /** For the tenant-property switch; absent in callers that do not need it. */
  db?: DatabaseSync;
  getFaults: () => FaultConfig;
  setFaults: (config: FaultConfig) => void;
}

/**
 * The workbench's own endpoints under /workbench: health, demo tokens, sign-in cookie and the fault switch.
 * They are never subject to faults and never written to the request log.
 */
export function workbenchRoutes(deps: WorkbenchRouteDeps): express.Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // `?client=spfx`: a token of SPFx's shared "SharePoint Online Client Extensibility Web Application Principal"
  // (Graph scopes only); otherwise a token of our own app registration (AllSites.Write and the Graph scopes).
  router.get('/token/:user', (req, res) => {
    const user = req.params.user;
    if (!isDemoUserKey(user)) {
      res.status(404).json({ error: { code: 'UnknownUser', message: `There is no demo user "${user}". Use ${DEMO_USER_KEYS.join(', ')}.` } });
      return;
    }
    const client = req.query.client === 'spfx' ? 'spfx' : 'app';
    res.set('Cache-Control', 'no-store').json(deps.tokens.issue(user, undefined, client));
  });
  // A cookie session as SharePoint pages have: SharePoint REST accepts it (writes then need X-RequestDigest).
  router.post('/signin/:user', (req, res) => {
    const user = req.params.user;
    if (!isDemoUserKey(user)) {
      res.status(404).json({ error: { code: 'UnknownUser', message: `There is no demo user "${user}". Use ${DEMO_USER_KEYS.join(', ')}.` } });
      return;
    }
    const token = deps.tokens.issue(user);
    res
      .cookie(SESSION_COOKIE, token.access_token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: TOKEN_LIFETIME_SECONDS * 1000 })
      .set('Cache-Control', 'no-store')
      .json(token);
  });
  router.post('/signout', (_req, res) => {
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });
  // Tenant properties (what Set-SPOStorageEntity does on the app catalog): PUT { value, description?, comment? }.
  router.put('/tenant-properties/:key', express.json(), (req, res) => {
    const body = (req.body ?? {}) as { value?: unknown; description?: unknown; comment?: unknown };
    if (!deps.db || typeof body.value !== 'string') {
      res.status(400).json({ error: { code: 'InvalidTenantProperty', message: 'Send JSON { "value": "<text>" }.' } });
      return;
    }
    setStorageEntity(deps.db, req.params.key, {
      value: body.value,
      description: typeof body.description === 'string' ? body.description : null,
      comment: typeof body.comment === 'string' ? body.comment : null
    });
    res.status(204).end();
  });
  router.delete('/tenant-properties/:key', (req, res) => {
    if (deps.db) removeStorageEntity(deps.db, req.params.key);
    res.status(204).end();
  });
  router.get('/faults', (_req, res) => {
    res.json(deps.getFaults());
  });
  router.post('/faults', express.json(), (req, res) => {
    try {
      const config = normalizeFaultConfig((req.body ?? {}) as Record<string, unknown>, deps.getFaults());
      deps.setFaults(config);
      res.json(config);
    } catch (e) {
      res.status(400).json({ error: { code: 'InvalidFaultConfig', message: (e as Error).message } });
    }
  });
  return router;
}
