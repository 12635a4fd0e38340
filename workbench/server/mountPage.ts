import express from 'express';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTenantConfig, REDIRECT_BRIDGE_PATH, type TenantConfig } from './tenantConfig';
import { MODEL_SITE_PATH } from './sites';

const ROOT = join(__dirname, '..', '..');

/**
 * The workbench page: it loads the SAME bundle `gulp bundle --ship` writes into the .sppkg (from dist/),
 * with an AMD loader, React's UMD builds and stand-ins for the SPFx runtime, so what is tested is what ships.
 */
const VENDOR_FILES: Record<string, string> = {
  'require.js': 'node_modules/requirejs/require.js',
  'react.js': 'node_modules/react/umd/react.production.min.js',
  'react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  'graph-js-sdk.js': 'node_modules/@microsoft/microsoft-graph-client/lib/graph-js-sdk.js',
  'axe.min.js': 'node_modules/axe-core/axe.min.js',
  'msal-browser.js': 'node_modules/@azure/msal-browser/lib/msal-browser.min.js',
  'msal-redirect-bridge.js': 'node_modules/@azure/msal-browser/lib/redirect-bridge/msal-redirect-bridge.min.js'
};

/**
 * No 'unsafe-eval' and no inline script: everything the page runs is a file it names. Fluent UI writes its
 * styles into <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
export function pageCsp(tenant?: TenantConfig): string {
  // In tenant mode the page also talks to the tenant (SharePoint, Entra ID sign-in, Graph); MSAL renews tokens
  // in a hidden iframe on the sign-in host.
  const remote = tenant ? ` ${tenant.connectOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${remote}`,
    `frame-src 'self'${tenant ? ' https://login.microsoftonline.com' : ''}`,
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join('; ');
}


/** The product's web part; the page can load another component of the same build by its alias (`?webpart=`). */
export const PRODUCT_WEB_PART_ALIAS = 'TryggeBarnWebPart';

/**
 * Finds the web part manifest `gulp bundle --ship` wrote for `alias`, so the page knows the bundle's file name.
 * dist/ also holds the bench's paint baseline (a second component of the same build).
 */
export function findShippedManifest(distDir = join(ROOT, 'dist'), alias = PRODUCT_WEB_PART_ALIAS): string | undefined {
  if (!existsSync(distDir)) return undefined;
  const manifest = readdirSync(distDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .find((f) => (JSON.parse(readFileSync(join(distDir, f), 'utf8')) as { alias?: string }).alias === alias);
  return manifest ? join(distDir, manifest) : undefined;
}

export function mountPage(app: express.Express): void {
  const tenant = readTenantConfig(process.env, Number(process.env.PORT ?? 4321));
  const sendHtml = (res: express.Response, file: string): void => {
    res.setHeader('Content-Security-Policy', pageCsp(tenant.kind === 'on' ? tenant.config : undefined));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.send(readFileSync(join(ROOT, 'workbench', 'page', file), 'utf8'));
  };
  app.get('/', (_req, res) => sendHtml(res, 'index.html'));
  // Where a booked event's webLink points: the organizer's view of the event (the stand-in for Outlook).
  // MSAL v5's redirect bridge: sign-in responses land here and are handed to the page (or, after a full-page
  // redirect, the bridge navigates back to it). No Cross-Origin-Opener-Policy on it, as MSAL requires.
  app.get(REDIRECT_BRIDGE_PATH, (_req, res) => sendHtml(res, 'redirect-bridge.html'));
  app.get('/workbench/calendar/:id', (_req, res) => sendHtml(res, 'calendar.html'));
  // The page asks for this when opened with ?tenant=1; without tenant settings it explains what is missing.
  app.get('/workbench/tenant-config.json', (_req, res) => {
    if (tenant.kind === 'on') res.json(tenant.config);
    else res.status(404).json({ problems: tenant.kind === 'invalid' ? tenant.problems : ['Tenant mode is off: set WORKBENCH_TENANT_CLIENT_ID, WORKBENCH_TENANT_ID and WORKBENCH_TENANT_SITE_URL (see README).'] });
  });
  app.get('/workbench/manifest.json', (req, res) => {
    const alias = typeof req.query.webpart === 'string' && /^\w+$/.test(req.query.webpart) ? req.query.webpart : PRODUCT_WEB_PART_ALIAS;
    const manifest = findShippedManifest(undefined, alias);
    if (!manifest) {
      res.status(503).json({ error: `No bundle with the web part ${alias} yet: run \`npm run build:ship\` (npm start does it for you).` });
      return;
    }
    res.type('application/json').send(readFileSync(manifest, 'utf8'));
  });
  // The starter model's tools point at files in the model site's "Verktoy" library (/sites/tryggebarn/Verktoy/…).
  // The workbench has no document library: each known file name answers with a demo page that says what it stands
  // for (workbench/page/demo-docs/index.json lists them); any other name is SharePoint's 404.
  const demoDocs = JSON.parse(readFileSync(join(ROOT, 'workbench', 'page', 'demo-docs', 'index.json'), 'utf8')) as Record<string, string>;
  app.get(`${MODEL_SITE_PATH}/Verktoy/:file`, (req, res, next) => {
    const page = Object.prototype.hasOwnProperty.call(demoDocs, req.params.file) ? demoDocs[req.params.file] : undefined;
    if (!page) {
      next();
      return;
    }
    sendHtml(res, join('demo-docs', page));
  });
  app.use('/workbench/bundle', express.static(join(ROOT, 'dist'), { fallthrough: false }));
  app.use('/workbench/page', express.static(join(ROOT, 'workbench', 'page'), { fallthrough: false }));
  app.use('/teams', express.static(join(ROOT, 'teams'), { fallthrough: false }));
  for (const [name, file] of Object.entries(VENDOR_FILES)) {
    app.get(`/workbench/vendor/${name}`, (_req, res) => res.sendFile(join(ROOT, file)));
  }
}
