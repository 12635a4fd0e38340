import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RawListItem } from '../../../src/core/mapping/RawListItem';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { LISTS } from '../../../src/core/schema/lists';
import { createAdminServices } from '../../../src/data/compose/createAdminServices';
import type { AdminServices } from '../../../src/data/ports/admin/AdminServices';
import { createSharePointClient } from '../../../src/data/sharepoint/createSharePointClient';
import { SharePointModelStore } from '../../../src/data/sharepoint/SharePointModelStore';
import { createWorkbenchServer, type RunningWorkbench, type Workbench } from '../../../workbench/server/createWorkbenchServer';
import { tinyModelDocument } from '../../unit/core/tinyModel';

export type DemoUser = 'staff' | 'staff2' | 'member' | 'lead' | 'admin' | 'owner';

export interface AdminWorkbench {
  workbench: Workbench;
  url: string;
  siteUrl: string;
  /** The product's own PnPjs client, with the workbench's token for a demo user. */
  client(user: DemoUser): Promise<SPFI>;
  admin(user?: DemoUser): Promise<AdminServices>;
  store(user?: DemoUser): Promise<SharePointModelStore>;
  /** A raw REST call, as another admin's browser or a list edit would make it. */
  rest(user: DemoUser, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Every item of every list the site has of the schema, as stored: for "nothing changed" comparisons. */
  snapshot(): Promise<Record<string, RawListItem[]>>;
  stop(): Promise<void>;
}

/**
 * A real workbench in this process on a free port with a temporary data directory: seeded with the tiny test
 * model, or (`empty`) with no lists at all, as a brand-new site is.
 */
export async function startAdminWorkbench(options: { empty?: boolean; document?: ModelDocument } = {}): Promise<AdminWorkbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-admin-'));
  const workbench = createWorkbenchServer({
    dataDir,
    port: 0,
    seedDocument: options.document ?? tinyModelDocument(),
    seedLists: !options.empty,
    faults: { rate: 0, dropRate: 0, slowRate: 0 },
    logFile: join(dataDir, 'requests.log')
  });
  const running: RunningWorkbench = await workbench.listen();
  const siteUrl = `${running.url}/sites/tryggebarn`;
  const tokens = new Map<DemoUser, string>();
  const token = async (user: DemoUser): Promise<string> => {
    if (!tokens.has(user)) {
      const response = await fetch(`${running.url}/workbench/token/${user}`);
      tokens.set(user, ((await response.json()) as { access_token: string }).access_token);
    }
    return tokens.get(user) as string;
  };
  const client = async (user: DemoUser): Promise<SPFI> => {
    const t = await token(user);
    return createSharePointClient(siteUrl, async () => t);
  };
  return {
    workbench,
    url: running.url,
    siteUrl,
    client,
    admin: async (user = 'admin') => createAdminServices(await client(user), siteUrl),
    store: async (user = 'admin') => new SharePointModelStore(await client(user)),
    rest: async (user, method, path, body, headers = {}) =>
      fetch(`${siteUrl}/_api/${path}`, {
        method,
        headers: { Authorization: `Bearer ${await token(user)}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body)
      }),
    snapshot: async () => {
      const sp = await client('admin');
      const titles = new Set((await sp.web.lists.select('Title')()).map((l: { Title: string }) => l.Title));
      const result: Record<string, RawListItem[]> = {};
      for (const list of LISTS.filter((l) => titles.has(l.title))) result[list.title] = await sp.web.lists.getByTitle(list.title).items.top(5000)();
      return result;
    },
    stop: async () => {
      await running.close();
      workbench.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** `getByTitle('…')` as a REST path. */
export function listPath(title: string): string {
  return `web/lists/getByTitle('${encodeURIComponent(title.replace(/'/g, "''"))}')`;
}
