import type { Server } from 'node:http';
import * as path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import express from 'express';
import type { ModelDocument } from '../../src/core/model/ModelDocument';
import { loadSigningSecret } from './auth/signingSecret';
import { TokenService } from './auth/TokenService';
import type { FaultConfig } from './faults/FaultConfig';
import { normalizeFaultConfig, parseFaultEnv } from './faults/FaultConfig';
import { FaultInjector } from './faults/FaultInjector';
import { createGraphApi } from './graph/graphApi';
import { GRAPH_PATH } from './graph/GraphContext';
import { graphErrorResponse, graphErrors } from './graph/GraphError';
import { refreshDemoCalendarsIfStale } from './graph/seedCalendars';
import type { ApiResponse } from './http/ApiExchange';
import { serveApi } from './http/serveApi';
import { RequestLog } from './logging/RequestLog';
import { defaultDataDir } from './paths';
import type { SeedLocale, SeedReport } from './seed/seedWorkbench';
import { isSeeded, seededLocale, seedWorkbench } from './seed/seedWorkbench';
import { FormDigests } from './sharepoint/FormDigests';
import { negotiateShape } from './sharepoint/odataShape';
import { createSharePointApi } from './sharepoint/sharePointApi';
import { spErrorResponse } from './sharepoint/SpContext';
import { apiRootOf, SITES } from './sites';
import { spErrors } from './sharepoint/SpError';
import { openDatabase } from './storage/openDatabase';
import { workbenchRoutes } from './workbenchRoutes';

export type { FaultConfig } from './faults/FaultConfig';

export interface WorkbenchOptions {
  /** Database, signing secret and request log; default `.workbench-data/` at the repository root (or WORKBENCH_DATA_DIR). */
  dataDir?: string;
  /** Which starter model seeds an empty database: WORKBENCH_LOCALE, default nb. */
  seedLocale?: SeedLocale;
  /** Initial fault switch; default from WORKBENCH_FAULTS, else none. */
  faults?: Partial<FaultConfig>;
  /** Port for listen(); default 0 (any free port). */
  port?: number;
  /** Request log file; default `<dataDir>/requests.log`. */
  logFile?: string;
  /** Adds the page's routes; called before the API's 404 handler. */
  mount?: (app: express.Express) => void;
  /** Seeds from this document instead of the starter model file (tests use a tiny document). */
  seedDocument?: ModelDocument;
  /** false: start with an empty site (no lists), for provisioning tools; default true (or WORKBENCH_EMPTY_SITE=1). */
  seedLists?: boolean;
  /**
   * false: the tenant has no `TryggeBarnModelSite` tenant property (storage entity), as before a tenant admin sets
   * it; default true (or WORKBENCH_NO_MODEL_SITE=1). Applied when the database is seeded.
   */
  modelSiteProperty?: boolean;
}

export interface RunningWorkbench {
  url: string;
  close(): Promise<void>;
}

export interface Workbench {
  app: express.Express;
  listen(): Promise<RunningWorkbench>;
  db: DatabaseSync;
  /** Wipes all data and seeds again (lists, items, demo calendars). */
  reseed(locale?: SeedLocale): SeedReport;
  setFaults(faults: Partial<FaultConfig>): FaultConfig;
  readonly faults: FaultConfig;
  /** What the last seed did (undefined when the database was already seeded at start). */
  readonly seedReport: SeedReport | undefined;
  requestLogFile: string;
  /** Closes the database (call after the server is closed). */
  close(): void;
}

function localeFrom(value: string | undefined): SeedLocale | undefined {
  return value === 'nb' || value === 'nn' ? value : undefined;
}

/**
 * The workbench server: a SharePoint Online REST stand-in for several sites (sites.ts: `/_api/`,
 * `/sites/barnehage-team/_api/`, `/sites/tryggebarn/_api/`) and a Microsoft Graph
 * stand-in under /graph/v1.0/, backed by SQLite, with demo users, a fault switch and a request log.
 */
export function createWorkbenchServer(options: WorkbenchOptions = {}): Workbench {
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const db = openDatabase(dataDir);
  const secret = loadSigningSecret(dataDir);
  const tokens = new TokenService(secret);
  const digests = new FormDigests(secret);
  const faults = new FaultInjector(options.faults ? normalizeFaultConfig(options.faults) : parseFaultEnv(process.env.WORKBENCH_FAULTS));
  const log = new RequestLog(options.logFile ?? path.join(dataDir, 'requests.log'));
  const defaultLocale = options.seedLocale ?? localeFrom(process.env.WORKBENCH_LOCALE) ?? 'nb';

  let seedReport: SeedReport | undefined;
  const seedLists = options.seedLists ?? process.env.WORKBENCH_EMPTY_SITE !== '1';
  const modelSiteProperty = options.modelSiteProperty ?? process.env.WORKBENCH_NO_MODEL_SITE !== '1';
  if (!isSeeded(db)) seedReport = seedWorkbench(db, defaultLocale, { document: options.seedDocument, wipe: true, lists: seedLists, modelSiteProperty });
  else refreshDemoCalendarsIfStale(db);
  let locale = seededLocale(db);

  const app = express();
  app.disable('x-powered-by');
  // SharePoint's ETags are item versions; Express's automatic body ETags would contradict them.
  app.set('etag', false);

  app.use(
    '/workbench',
    workbenchRoutes({ tokens, db, getFaults: () => faults.current, setFaults: (config) => faults.configure(config) })
  );

  const rawBody = express.raw({ type: () => true, limit: '25mb' });
  // One SharePoint REST root per site: `/_api` (tenant root), `/sites/<name>/_api`.
  for (const site of SITES) {
    const spRoot = apiRootOf(site.path);
    app.use(
      spRoot,
      rawBody,
      serveApi({
        root: spRoot,
        dispatch: createSharePointApi({ db, digests, locale: () => locale, log, site }),
        tokens,
        faults,
        log,
        allowCookie: true,
        faultResponse: (request, status, retryAfter) => spErrorResponse(negotiateShape(request.headers.accept), spErrors.throttled(status, retryAfter))
      })
    );
  }
  app.use(
    GRAPH_PATH,
    rawBody,
    serveApi({
      root: GRAPH_PATH,
      dispatch: createGraphApi({ db, faults, log }),
      tokens,
      faults,
      log,
      allowCookie: false,
      faultResponse: (request, status, retryAfter) => graphErrorResponse(graphErrors.throttled(status, retryAfter), request.headers['client-request-id'])
    })
  );

  options.mount?.(app);

  app.use((req, res) => {
    const send = (response: ApiResponse): void => {
      res.status(response.status).set(response.headers).send(response.body);
    };
    const lower = req.path.toLowerCase();
    if (SITES.some((site) => lower.startsWith(`${apiRootOf(site.path)}/`) || (site.path !== '/' && lower.startsWith(`${site.path}/`)))) {
      send(spErrorResponse(negotiateShape(req.get('accept')), spErrors.resourceNotFound(req.path)));
    }
    else if (req.path.toLowerCase().startsWith('/graph/')) send(graphErrorResponse(graphErrors.segmentNotFound(req.path)));
    else res.status(404).type('text/plain').send('Not found');
  });
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    // Only reached by programming errors; never echo request data back.
    console.error('Workbench error:', error);
    if (!res.headersSent) res.status(500).json({ error: { code: 'WorkbenchError', message: 'The workbench failed to handle the request.' } });
  });

  return {
    app,
    db,
    requestLogFile: log.path,
    get faults(): FaultConfig {
      return faults.current;
    },
    get seedReport(): SeedReport | undefined {
      return seedReport;
    },
    listen(): Promise<RunningWorkbench> {
      return new Promise((resolve, reject) => {
        const server: Server = app.listen(options.port ?? 0, '127.0.0.1');
        // Longer than clients' idle timeout (undici: 4 s), so a client never reuses a socket the server is closing.
        server.keepAliveTimeout = 65000;
        server.headersTimeout = 66000;
        server.once('error', reject);
        server.once('listening', () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : options.port;
          resolve({
            url: `http://127.0.0.1:${port}`,
            close: () =>
              new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
              })
          });
        });
      });
    },
    reseed(nextLocale?: SeedLocale): SeedReport {
      seedReport = seedWorkbench(db, nextLocale ?? locale, { document: options.seedDocument, wipe: true, lists: seedLists, modelSiteProperty });
      locale = seededLocale(db);
      return seedReport;
    },
    setFaults(config: Partial<FaultConfig>): FaultConfig {
      faults.configure(normalizeFaultConfig(config, faults.current));
      return faults.current;
    },
    close(): void {
      if (db.isOpen) db.close();
    }
  };
}
