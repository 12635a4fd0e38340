import { createSharePointClient } from '../../../src/data/sharepoint/createSharePointClient';
import { SharePointModelStore } from '../../../src/data/sharepoint/SharePointModelStore';
import { listSchema } from '../../../src/core/schema/lists';
import { startWorkbench, spHeaders, byTitle, type TestWorkbench } from '../workbench/testWorkbench';

/**
 * After an app update whose schema added columns (the Nynorsk texts, schema 2), a site not yet upgraded lacks them
 * and SharePoint answers 400 "The field or property '…' does not exist" to a `$select` that names them. Staff must
 * keep the model until an owner runs the set-up: the store reads such a list with the first schema's columns.
 */
let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench({ seedDocument: undefined, seedLocale: 'nb' });
  const routines = listSchema('routines');
  for (const field of routines.fields.filter((f) => (f.since ?? 1) > 1)) {
    const response = await fetch(`${wb.api}/${byTitle(routines.title)}/fields/getbyinternalnameortitle('${field.name}')`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.owner, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })
    });
    expect([field.name, response.status]).toEqual([field.name, 200]);
  }
});

afterAll(async () => {
  await wb.close();
});

describe('a site whose lists predate the current schema', () => {
  it('SharePoint refuses the current $select on it (so the test site really is outdated)', async () => {
    const response = await fetch(`${wb.api}/${byTitle('TB Rutiner')}/items?$select=Id,TitleNn&$top=1`, { headers: spHeaders(wb.tokens.staff) });
    expect(response.status).toBe(400);
  });

  it('still opens the whole model for staff, without the newer columns', async () => {
    const store = new SharePointModelStore(createSharePointClient(wb.site, async () => wb.tokens.staff));
    const answer = await store.open({ model: 'published', access: true, tenantProperty: false });
    expect(answer.modelError).toBeUndefined();
    expect(answer.loaded?.model.routines.length).toBeGreaterThan(30);
    expect(answer.loaded?.model.routines.every((r) => r.nn === undefined)).toBe(true);
    const again = await store.loadModel({ includeDrafts: false });
    expect(again.model.routines.length).toBe(answer.loaded?.model.routines.length);
  });
});

describe('a site at schema 2 (Nynorsk columns, no own-service flag yet)', () => {
  let older: TestWorkbench;

  beforeAll(async () => {
    older = await startWorkbench({ seedDocument: undefined, seedLocale: 'nb' });
    const routines = listSchema('routines');
    for (const field of routines.fields.filter((f) => (f.since ?? 1) > 2)) {
      const response = await fetch(`${older.api}/${byTitle(routines.title)}/fields/getbyinternalnameortitle('${field.name}')`, {
        method: 'POST',
        headers: spHeaders(older.tokens.owner, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })
      });
      expect([field.name, response.status]).toEqual([field.name, 200]);
    }
  });

  afterAll(async () => {
    await older.close();
  });

  it('keeps the Nynorsk texts: the store steps down one schema version, not to the first', async () => {
    const store = new SharePointModelStore(createSharePointClient(older.site, async () => older.tokens.staff));
    const answer = await store.open({ model: 'published', access: true, tenantProperty: false });
    expect(answer.modelError).toBeUndefined();
    const routines = answer.loaded?.model.routines ?? [];
    expect(routines.some((r) => r.nn?.title !== undefined)).toBe(true);
    expect(routines.every((r) => r.ownServiceResponsible === undefined)).toBe(true);
  });
});
