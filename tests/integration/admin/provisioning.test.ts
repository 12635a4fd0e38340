import type { ListSchema } from '../../../src/core/schema/ListSchema';
import { LISTS } from '../../../src/core/schema/lists';
import { SharePointSiteProvisioner } from '../../../src/data/sharepoint/SharePointSiteProvisioner';
import { listPath, startAdminWorkbench, type AdminWorkbench, type DemoUser } from './adminWorkbench';
import { LIST_PERMISSIONS, MODEL_EDITORS_GROUP } from '../../../src/core/schema/listPermissions';
import { tinyModelDocument } from '../../unit/core/tinyModel';
import { validateModelImport } from '../../../src/core/transfer/validateModelImport';

interface FieldInfo {
  InternalName: string;
  TypeAsString: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  LookupList?: string;
}

/** The site owner: Manage Lists and Manage Permissions. */
const OWNER: DemoUser = 'owner';

let wb: AdminWorkbench;
beforeAll(async () => {
  wb = await startAdminWorkbench({ empty: true });
});
afterAll(async () => {
  await wb?.stop();
});

async function listsOnSite(): Promise<Array<{ Id: string; Title: string; EnableVersioning: boolean; EnableModeration: boolean }>> {
  const sp = await wb.client(OWNER);
  return sp.web.lists.select('Id', 'Title', 'EnableVersioning', 'EnableModeration')();
}

async function fieldsOf(title: string): Promise<FieldInfo[]> {
  const sp = await wb.client(OWNER);
  return sp.web.lists.getByTitle(title).fields.select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'LookupList')();
}

describe('provisioning an empty site with the product’s PnPjs client', () => {
  it('creates every list with its fields, indexes, unique keys, lookups and versioning, content approval off', async () => {
    expect(await listsOnSite()).toEqual([]);
    const provisioner = new SharePointSiteProvisioner(await wb.client(OWNER));
    expect(await provisioner.canSetUpSite()).toBe(true);
    const plan = await provisioner.plan();
    expect(plan.actions.filter((a) => a.kind === 'createList')).toHaveLength(LISTS.length);
    const progress: number[] = [];
    const result = await provisioner.apply(plan, 'nb', (p) => progress.push(p.done));
    expect(result).toEqual({ kind: 'done', applied: plan.actions.length });
    expect(progress[progress.length - 1]).toBe(plan.actions.length);

    const lists = await listsOnSite();
    expect(lists.map((l) => l.Title).sort()).toEqual(LISTS.map((l) => l.title).sort());
    const idByTitle = new Map(lists.map((l) => [l.Title, l.Id]));
    for (const schema of LISTS) {
      const site = lists.find((l) => l.Title === schema.title);
      expect({ list: schema.title, versioning: site?.EnableVersioning, approval: site?.EnableModeration }).toEqual({
        list: schema.title,
        versioning: schema.versioning,
        // Lead's decision: staff must see a published routine without an approver (docs/admin.md).
        approval: false
      });
      const fields = await fieldsOf(schema.title);
      for (const field of schema.fields.filter((f) => f.name !== 'Title')) {
        const found = fields.find((f) => f.InternalName === field.name);
        expect({ field: `${schema.title}.${field.name}`, indexed: found?.Indexed, unique: found?.EnforceUniqueValues }).toEqual({
          field: `${schema.title}.${field.name}`,
          indexed: field.indexed === true && field.type !== 'LookupMulti',
          unique: field.unique === true
        });
        if (field.lookupList) {
          const target = LISTS.find((l) => l.key === field.lookupList) as ListSchema;
          expect(found?.LookupList?.replace(/[{}]/g, '')).toBe(idByTitle.get(target.title));
        }
      }
    }
    // The URL the schema declares, although the title has a space.
    const byUrl = await wb.rest(OWNER, 'GET', "web/getList('/sites/tryggebarn/Lists/TBRutiner')?$select=Title");
    expect(((await byUrl.json()) as { Title: string }).Title).toBe('TB Rutiner');
  });

  it('changes nothing when run again: no duplicate lists or fields', async () => {
    const before = await listsOnSite();
    const fieldsBefore = await fieldsOf('TB Rutiner');
    const provisioner = new SharePointSiteProvisioner(await wb.client(OWNER));
    const plan = await provisioner.plan();
    expect(plan.actions).toEqual([]);
    expect(await provisioner.apply(plan, 'nb')).toEqual({ kind: 'done', applied: 0 });
    expect(await listsOnSite()).toEqual(before);
    expect(await fieldsOf('TB Rutiner')).toEqual(fieldsBefore);
  });

  it('sets the declared permissions: editors group owned by the owners, unique permissions with exactly the declared grants, own-items security', async () => {
    const json = async <T>(path: string): Promise<T> => (await (await wb.rest(OWNER, 'GET', path)).json()) as T;
    const groups = (await json<{ value: { Id: number; Title: string; OwnerTitle: string }[] }>('web/sitegroups?$select=Id,Title,OwnerTitle')).value;
    const owners = await json<{ Id: number; Title: string }>('web/associatedownergroup?$select=Id,Title');
    const members = await json<{ Id: number }>('web/associatedmembergroup?$select=Id');
    const visitors = await json<{ Id: number }>('web/associatedvisitorgroup?$select=Id');
    const editors = groups.find((g) => g.Title === MODEL_EDITORS_GROUP);
    expect(editors).toMatchObject({ OwnerTitle: owners.Title });
    const idOf: Record<string, number> = { owners: owners.Id, members: members.Id, visitors: visitors.Id, editors: editors!.Id };
    for (const target of LIST_PERMISSIONS) {
      const title = LISTS.find((l) => l.key === target.list)!.title;
      const path = listPath(title);
      const list = await json<{ HasUniqueRoleAssignments: boolean; ReadSecurity: number; WriteSecurity: number }>(`${path}?$select=HasUniqueRoleAssignments,ReadSecurity,WriteSecurity`);
      expect({ title, ...list }).toEqual({ title, HasUniqueRoleAssignments: true, ReadSecurity: target.readSecurity, WriteSecurity: target.writeSecurity });
      const assignments = (await json<{ value: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] }>(`${path}/roleassignments?$expand=RoleDefinitionBindings`)).value;
      for (const grant of target.grants) {
        const held = assignments.find((a) => a.PrincipalId === idOf[grant.principal])?.RoleDefinitionBindings.map((b) => b.Name) ?? [];
        expect({ title, principal: grant.principal, has: held.includes(grant.level) }).toEqual({ title, principal: grant.principal, has: true });
      }
      // Members have Edit on the site; on a model list they only read.
      const memberLevels = assignments.find((a) => a.PrincipalId === members.Id)?.RoleDefinitionBindings.map((b) => b.Name);
      if (target.readSecurity === 1) expect(memberLevels).toEqual(['Read']);
    }
    // Running again plans nothing, permissions included.
    expect((await new SharePointSiteProvisioner(await wb.client(OWNER)).plan()).actions).toEqual([]);
  });

  it('repairs a list whose inheritance someone reset, and switches content approval off where it was on', async () => {
    const routines = listPath('TB Rutiner');
    expect((await wb.rest(OWNER, 'POST', `${routines}/resetroleinheritance`)).status).toBeLessThan(300);
    expect((await wb.rest(OWNER, 'POST', routines, { EnableModeration: true }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
    const provisioner = new SharePointSiteProvisioner(await wb.client(OWNER));
    const plan = await provisioner.plan();
    expect(plan.actions.map((a) => a.kind).sort()).toEqual(['breakInheritance', 'disableContentApproval', 'grantRole', 'grantRole', 'grantRole', 'grantRole']);
    expect(await provisioner.apply(plan, 'nb')).toEqual({ kind: 'done', applied: plan.actions.length });
    expect((await provisioner.plan()).actions).toEqual([]);
  });

  it('lets the model be imported into the new lists and read back whole', async () => {
    const admin = await wb.admin(OWNER);
    const validated = validateModelImport(JSON.stringify(tinyModelDocument()));
    if (!validated.document) throw new Error(JSON.stringify(validated.problems));
    const outcome = await admin.transfer.applyImport(await admin.transfer.prepareImport(validated.document));
    expect(outcome.kind).toBe('applied');
    const loaded = await (await wb.store(OWNER)).loadModel({ includeDrafts: true });
    expect(loaded.issues).toEqual([]);
    expect(loaded.model.routines.map((r) => r.key)).toEqual(['niva-0', 'vold']);
  });

  it('adds the field of a newer schema version to the existing list and keeps its data', async () => {
    const before = await wb.snapshot();
    const v2: ListSchema[] = LISTS.map((l) =>
      l.key === 'tools' ? { ...l, fields: [...l.fields, { name: 'Audience', title: { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Audience' }, type: 'Text', indexed: true, since: 2 }] } : l
    );
    const provisioner = new SharePointSiteProvisioner(await wb.client(OWNER), v2, 2);
    const plan = await provisioner.plan();
    expect(plan.actions).toEqual([{ kind: 'addField', list: 'tools', field: 'Audience', since: 2 }]);
    expect(await provisioner.apply(plan, 'nb')).toEqual({ kind: 'done', applied: 1 });
    expect((await fieldsOf('TB Verktoy')).find((f) => f.InternalName === 'Audience')).toMatchObject({ TypeAsString: 'Text', Indexed: true });
    expect((await provisioner.plan()).actions).toEqual([]);
    const after = await wb.snapshot();
    const strip = (items: Array<Record<string, unknown>>): unknown[] => items.map(({ Audience: _audience, ...rest }) => rest);
    for (const title of Object.keys(before)) expect({ title, items: strip(after[title]) }).toEqual({ title, items: strip(before[title]) });
    // The model reads as before: the new column is simply empty.
    const loaded = await (await wb.store(OWNER)).loadModel({ includeDrafts: true });
    expect(loaded.model.tools.map((t) => t.key)).toEqual(['uro']);
  });

  it('is refused to staff: they cannot set up the site, and SharePoint says no if they try', async () => {
    const provisioner = new SharePointSiteProvisioner(await wb.client('staff'));
    expect(await provisioner.canSetUpSite()).toBe(false);
    // A team site's Members hold Edit (ManageLists) but not the owner's ManageWeb: no set-up offer for them either.
    expect(await new SharePointSiteProvisioner(await wb.client('member')).canSetUpSite()).toBe(false);
    const result = await provisioner.apply({ schemaVersion: 1, actions: [{ kind: 'createList', list: 'tools', title: 'Staff list', interimTitle: 'StaffList' }], warnings: [] }, 'nb');
    expect(result).toMatchObject({ kind: 'stopped', applied: 0, reason: 'denied' });
    expect((await listsOnSite()).some((l) => l.Title === 'StaffList')).toBe(false);
  });
});
