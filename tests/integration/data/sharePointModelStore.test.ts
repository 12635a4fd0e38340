import { createSharePointClient } from '../../../src/data/sharepoint/createSharePointClient';
import { SharePointModelStore } from '../../../src/data/sharepoint/SharePointModelStore';
import { startWorkbench, spHeaders, byTitle, type TestWorkbench } from '../workbench/testWorkbench';

let wb: TestWorkbench;
const realFetch = globalThis.fetch;
let requests: string[] = [];

beforeAll(async () => {
  // The full starter model, as `npm start` seeds it.
  wb = await startWorkbench({ seedDocument: undefined, seedLocale: 'nb' });
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input).replace(wb.url, '')}`);
    return realFetch(input, init);
  }) as typeof fetch;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await wb.close();
});

beforeEach(() => {
  requests = [];
  wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
});

function storeFor(user: 'staff' | 'lead' | 'admin'): SharePointModelStore {
  return new SharePointModelStore(createSharePointClient(wb.site, async () => wb.tokens[user]));
}

describe('SharePointModelStore against the workbench', () => {
  it('opens the whole model in ONE request ($batch) and hides drafts from staff', async () => {
    const { model, issues } = await storeFor('staff').loadModel({ includeDrafts: false });
    expect(requests).toEqual([expect.stringMatching(/^POST \/sites\/tryggebarn\/_api\/\$batch/)]);
    expect(issues).toEqual([]);
    expect(model.routines.length).toBe(33);
    expect(model.routines.every((r) => r.status === 'published')).toBe(true);
    expect(model.services.length).toBeGreaterThanOrEqual(12);
    expect(model.dimensions.map((d) => d.key)).toEqual(expect.arrayContaining(['phase', 'system', 'bti', 'tier']));
  });

  it('gives admins the drafts too', async () => {
    const { model } = await storeFor('admin').loadModel({ includeDrafts: true });
    expect(model.routines.filter((r) => r.status === 'draft').length).toBe(2);
  });

  it('changes the model stamp when an admin edits an item, with one cheap request per check', async () => {
    const store = storeFor('staff');
    // The lists were just seeded; SharePoint's dates have one-second resolution, so the stamp only settles
    // (compares equal when nothing changed) once the newest change is a couple of seconds old.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const before = await store.modelStamp({ includeDrafts: false });
    expect(requests).toHaveLength(1);
    expect(await store.modelStamp({ includeDrafts: false })).toBe(before);
    const edit = await realFetch(`${wb.api}/${byTitle('TB Tjenester')}/items(1)`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.admin, 'application/json;odata=nometadata', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      body: JSON.stringify({ Hours: 'Man–fre 08–15' })
    });
    expect(edit.status).toBe(204);
    expect(await store.modelStamp({ includeDrafts: false })).not.toBe(before);
  });

  it('never lets a stamp read right after a change match a later one, whatever the second', async () => {
    const store = storeFor('staff');
    const edit = await realFetch(`${wb.api}/${byTitle('TB Tjenester')}/items(2)`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.admin, 'application/json;odata=nometadata', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      body: JSON.stringify({ Hours: 'Man–tor 08–15' })
    });
    expect(edit.status).toBe(204);
    expect(await store.modelStamp({ includeDrafts: false })).not.toBe(await store.modelStamp({ includeDrafts: false }));
  });

  it('still opens the model when 30% of requests are throttled with Retry-After', async () => {
    wb.workbench.setFaults({ rate: 0.3, statuses: [429, 503], retryAfter: 1, seed: 7 });
    const { model } = await storeFor('staff').loadModel({ includeDrafts: false });
    expect(model.routines.length).toBe(33);
    expect(requests.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a staff write with 403, as SharePoint does', async () => {
    const sp = createSharePointClient(wb.site, async () => wb.tokens.staff);
    await expect(sp.web.lists.getByTitle('TB Rutiner').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});
