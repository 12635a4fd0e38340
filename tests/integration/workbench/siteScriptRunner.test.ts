import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countActions, type SiteScript } from '../../../src/core/provisioning/siteScript';
import { LISTS } from '../../../src/core/schema/lists';
import { validateModelImport } from '../../../src/core/transfer/validateModelImport';
import { SharePointSiteProvisioner } from '../../../src/data/sharepoint/SharePointSiteProvisioner';
import { startAdminWorkbench, type AdminWorkbench, type DemoUser } from '../admin/adminWorkbench';
import { tinyModelDocument } from '../../unit/core/tinyModel';

const EXECUTE = 'Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ExecuteTemplateScript';
const dir = join(__dirname, '..', '..', '..', 'sharepoint', 'provisioning');

interface Outcome {
  ErrorCode: number;
  Outcome: string;
  OutcomeText: string | null;
  Target: string | null;
  TargetId: string | null;
  Title: string;
}

function parts(locale: 'nb' | 'nn'): SiteScript[] {
  const names = readdirSync(dir)
    .filter((f) => f.startsWith(`trygge-barn.sitescript.${locale}.part`))
    .sort((a, b) => Number(/part(\d+)/.exec(a)?.[1]) - Number(/part(\d+)/.exec(b)?.[1]));
  return names.map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as SiteScript);
}

/** The site owner (Full Control, Manage Web); "admin" is a model editor, not an owner. */
const OWNER = 'owner' as DemoUser;

let wb: AdminWorkbench;
beforeAll(async () => {
  wb = await startAdminWorkbench({ empty: true });
});
afterAll(async () => {
  await wb?.stop();
});

async function run(script: unknown, user: DemoUser = OWNER, accept?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await wb.rest(user, 'POST', EXECUTE, { script: JSON.stringify(script) }, accept ? { Accept: accept } : {});
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function listTitles(): Promise<string[]> {
  const response = await wb.rest(OWNER, 'GET', 'web/lists?$select=Title');
  return ((await response.json()) as { value: { Title: string }[] }).value.map((l) => l.Title);
}

describe('ExecuteTemplateScript in the workbench (site scripts as SharePoint runs them)', () => {
  it('is refused to staff, who cannot manage the site', async () => {
    const { status } = await run({ actions: [{ verb: 'createSPList', listName: 'Staff list', templateType: 100 }] }, 'staff');
    expect(status).toBe(403);
    expect(await listTitles()).toEqual([]);
  });

  it('refuses the whole script in one synchronous run (more than 30 actions and subactions) and changes nothing', async () => {
    const whole = JSON.parse(readFileSync(join(dir, 'trygge-barn.sitescript.nb.json'), 'utf8')) as SiteScript;
    expect(countActions(whole)).toBeGreaterThan(30);
    const { status, body } = await run(whole);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/at most 30/);
    expect(await listTitles()).toEqual([]);
  });

  it('refuses a verb Microsoft does not document ("unable to handle action") and changes nothing', async () => {
    const { status, body } = await run({ actions: [{ verb: 'createSPList', listName: 'X', templateType: 100, subactions: [{ verb: 'setFieldTitle', title: 'Tittel' }] }] });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/Unable to handle action 'setFieldTitle'/);
    expect(await listTitles()).toEqual([]);
  });

  it('names a list URL after listName with its spaces, so a lookup by the space-less URL fails as on SharePoint', async () => {
    const lookup = (target: Record<string, string>, name: string): unknown => ({
      verb: 'addSPLookupFieldXml',
      schemaXml: `<Field ID="{0d6a2c4e-1b7f-4c1e-9a51-5c3f2e7d${name === 'ByUrl' ? '0001' : name === 'BySpacelessUrl' ? '0002' : '0003'}}" Type="Lookup" Name="${name}" StaticName="${name}" DisplayName="${name}" ShowField="Title" />`,
      ...target
    });
    const { status, body } = await run({
      actions: [
        { verb: 'createSPList', listName: 'Demo Tjenester', templateType: 100 },
        {
          verb: 'createSPList',
          listName: 'Demo Rutiner',
          templateType: 100,
          subactions: [
            lookup({ targetListUrl: 'Lists/DemoTjenester' }, 'BySpacelessUrl'),
            lookup({ targetListUrl: 'Lists/Demo Tjenester' }, 'ByUrl'),
            lookup({ targetListName: 'Demo Tjenester' }, 'ByName')
          ]
        }
      ]
    });
    expect(status).toBe(200);
    const outcomes = body.value as Outcome[];
    expect(outcomes.map((o) => o.Outcome)).toEqual(['0', '0', '1', '0', '0']);
    expect(outcomes[0].Target).toBe(`${wb.siteUrl}/Lists/Demo Tjenester`);
    expect(outcomes[2].OutcomeText).toMatch(/Lists\/DemoTjenester/);
    const byUrl = await wb.rest(OWNER, 'GET', `web/getList('${encodeURIComponent('/sites/tryggebarn/Lists/Demo Tjenester')}')?$select=Title`);
    expect(((await byUrl.json()) as { Title: string }).Title).toBe('Demo Tjenester');
  });

  it('applies the committed parts (nb) in order: every list and field, lookups to the right lists; the product opens the model', async () => {
    const before = new Set(await listTitles());
    for (const part of parts('nb')) {
      expect(countActions(part)).toBeLessThanOrEqual(30);
      const { status, body } = await run(part);
      expect(status).toBe(200);
      const failed = (body.value as Outcome[]).filter((o) => o.Outcome === '1');
      expect(failed).toEqual([]);
    }
    const titles = (await listTitles()).filter((t) => !before.has(t));
    expect(titles.sort()).toEqual(LISTS.map((l) => l.title).sort());

    const lists = ((await (await wb.rest(OWNER, 'GET', 'web/lists?$select=Id,Title')).json()) as { value: { Id: string; Title: string }[] }).value;
    const idOf = new Map(lists.map((l) => [l.Title, l.Id]));
    for (const schema of LISTS) {
      const response = await wb.rest(OWNER, 'GET', `web/lists/getByTitle('${encodeURIComponent(schema.title)}')/fields?$select=InternalName,TypeAsString,Indexed,LookupList`);
      const fields = ((await response.json()) as { value: { InternalName: string; TypeAsString: string; Indexed: boolean; LookupList?: string }[] }).value;
      for (const field of schema.fields.filter((f) => f.name !== 'Title')) {
        const found = fields.find((f) => f.InternalName === field.name);
        expect({ field: `${schema.title}.${field.name}`, exists: !!found, indexed: found?.Indexed }).toEqual({
          field: `${schema.title}.${field.name}`,
          exists: true,
          indexed: field.indexed === true && field.type !== 'LookupMulti'
        });
        if (field.lookupList) {
          const target = LISTS.find((l) => l.key === field.lookupList)!;
          expect(found?.LookupList?.replace(/[{}]/g, '')).toBe(idOf.get(target.title));
        }
      }
    }

    // What only the product's provisioner does on such a site: no list or column is missing.
    const plan = await new SharePointSiteProvisioner(await wb.client(OWNER)).plan();
    expect(plan.actions.filter((a) => a.kind === 'createList' || a.kind === 'addField')).toEqual([]);

    const admin = await wb.admin(OWNER);
    const validated = validateModelImport(JSON.stringify(tinyModelDocument()));
    if (!validated.document) throw new Error(JSON.stringify(validated.problems));
    expect((await admin.transfer.applyImport(await admin.transfer.prepareImport(validated.document))).kind).toBe('applied');
    const loaded = await (await wb.store(OWNER)).loadModel({ includeDrafts: true });
    expect(loaded.issues).toEqual([]);
    expect(loaded.model.routines.map((r) => r.key)).toEqual(['niva-0', 'vold']);
  });

  it('updates instead of duplicating when a part is applied again (verbose answer shape)', async () => {
    const countFields = async (): Promise<number> => {
      const response = await wb.rest(OWNER, 'GET', `web/lists/getByTitle('TB%20Rutiner')/fields?$select=Id`);
      return ((await response.json()) as { value: unknown[] }).value.length;
    };
    const fieldsBefore = await countFields();
    const titlesBefore = await listTitles();
    const part = parts('nb').find((p) => p.actions.some((a) => a.listName === 'TB Rutiner'))!;
    const { status, body } = await run(part, OWNER, 'application/json;odata=verbose');
    expect(status).toBe(200);
    const results = ((body.d as Record<string, unknown>).ExecuteTemplateScript as { results: Outcome[] }).results;
    expect(results).toHaveLength(countActions(part));
    expect(results.filter((o) => o.Title.startsWith('Add field')).every((o) => o.Outcome === '2')).toBe(true);
    expect(await listTitles()).toEqual(titlesBefore);
    expect(await countFields()).toBe(fieldsBefore);
    const loaded = await (await wb.store(OWNER)).loadModel({ includeDrafts: true });
    expect(loaded.model.routines.map((r) => r.key)).toEqual(['niva-0', 'vold']);
  });
});
