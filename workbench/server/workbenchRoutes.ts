import express from 'express';
import { isDemoUserKey } from './auth/demoUsers';
import type { TokenService } from './auth/TokenService';
import { SESSION_COOKIE, TOKEN_LIFETIME_SECONDS } from './auth/TokenService';
import type { FaultConfig } from './faults/FaultConfig';
import { normalizeFaultConfig } from './faults/FaultConfig';

export interface WorkbenchRouteDeps {
  tokens: TokenService;
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
  router.get('/token/:user', (req, res) => {
    const user = req.params.user;
    if (!isDemoUserKey(user)) {
      res.status(404).json({ error: { code: 'UnknownUser', message: `There is no demo user "${user}". Use staff, lead or admin.` } });
      return;
    }
    res.set('Cache-Control', 'no-store').json(deps.tokens.issue(user));
  });
  // A cookie session as SharePoint pages have: SharePoint REST accepts it (writes then need X-RequestDigest).
  router.post('/signin/:user', (req, res) => {
    const user = req.params.user;
    if (!isDemoUserKey(user)) {
      res.status(404).json({ error: { code: 'UnknownUser', message: `There is no demo user "${user}". Use staff, lead or admin.` } });
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
