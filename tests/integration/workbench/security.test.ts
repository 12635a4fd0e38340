import { byTitle, getJson, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type DemoUser, type TestWorkbench } from './testWorkbench';
import { LIST_PERMISSIONS, MODEL_EDITORS_GROUP } from '../../../src/core/schema/listPermissions';
import { LISTS } from '../../../src/core/schema/lists';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

const ROUTINES = 'TB Rutiner';
const FEEDBACK = 'TB Tilbakemeldinger';
const ACCESS_DENIED = { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: expect.stringMatching(/^Access denied/) } } };

function send(method: string, url: string, user: DemoUser, body?: unknown, extra: Record<string, string> = {}): Promise<Response> {
  const headers = spHeaders(wb.tokens[user], NOMETADATA, method === 'POST' ? extra : { 'X-HTTP-Method': method, 'IF-MATCH': '*', ...extra });
  return fetch(url, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** PermissionKind n is bit n-1 of the 64-bit mask (High = upper 32 bits). */
function hasKind(mask: { High: string; Low: string }, kind: number): boolean {
  const value = (BigInt(mask.High) << 32n) | BigInt(mask.Low);
  return (value & (1n << BigInt(kind - 1))) !== 0n;
}
const EDIT_LIST_ITEMS = 3;
const MANAGE_WEB = 31;

describe('permission levels and masks', () => {
  it('answers SharePoint’s role definitions with the masks Microsoft documents', async () => {
    const defs = await getJson<{ value: { Name: string; Id: number; RoleTypeKind: number; BasePermissions: { High: string; Low: string } }[] }>(`${wb.api}/web/roledefinitions`, spHeaders(wb.tokens.staff));
    const byName = Object.fromEntries(defs.value.map((d) => [d.Name, d]));
    // "Users, groups, and roles REST API reference": Full Control and Contribute; Read as SharePoint reports it.
    expect(byName['Full Control']).toMatchObject({ Id: 1073741829, RoleTypeKind: 5, BasePermissions: { High: '2147483647', Low: '4294967295' } });
    expect(byName.Contribute).toMatchObject({ Id: 1073741827, RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011028719' } });
    expect(byName.Read).toMatchObject({ Id: 1073741826, RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } });
    // Edit = Contribute + ManageLists (bit 12); Design = Edit + ApproveItems, CancelCheckout, pages, themes, style sheets.
    expect(byName.Edit).toMatchObject({ RoleTypeKind: 6, BasePermissions: { High: '432', Low: String(1011028719 + 2048) } });
    expect(byName.Design).toMatchObject({ RoleTypeKind: 4, BasePermissions: { High: '432', Low: '1012866047' } });
    expect(hasKind(byName.Contribute.BasePermissions, 12)).toBe(false);
    expect(hasKind(byName.Edit.BasePermissions, 12)).toBe(true);
    const edit = await getJson(`${wb.api}/web/roledefinitions/getbyname('Edit')`, spHeaders(wb.tokens.staff));
    expect(edit).toMatchObject({ Id: 1073741830, Name: 'Edit' });
    expect(await getJson(`${wb.api}/web/roledefinitions/getbytype(2)`, spHeaders(wb.tokens.staff))).toMatchObject({ Name: 'Read' });
  });
});

describe('groups and users of the model site', () => {
  it('has the three associated groups and the editors group, with their members', async () => {
    const groups = await getJson<{ value: { Title: string; Id: number; OwnerTitle: string }[] }>(`${wb.api}/web/sitegroups`, spHeaders(wb.tokens.staff));
    expect(groups.value.map((g) => g.Title)).toEqual(['Trygge Barn Owners', 'Trygge Barn Visitors', 'Trygge Barn Members', MODEL_EDITORS_GROUP]);
    expect(groups.value.map((g) => g.Id).slice(0, 3)).toEqual([3, 4, 5]);
    const members = await getJson<{ value: { Title: string }[] }>(`${wb.api}/web/associatedmembergroup/users`, spHeaders(wb.tokens.staff));
    expect(members.value.map((u) => u.Title)).toEqual(['Jonas Haugland', 'Marit Berge', 'Arne Fjeld']);
    const visitors = await getJson<{ value: { Id: number }[] }>(`${wb.api}/web/associatedvisitorgroup/users`, spHeaders(wb.tokens.staff));
    expect(visitors.value.map((u) => u.Id)).toEqual([11, 14]);
    const editors = await getJson<{ value: { Id: number }[] }>(`${wb.api}/web/sitegroups/getbyname('${encodeURIComponent(MODEL_EDITORS_GROUP)}')/users`, spHeaders(wb.tokens.staff));
    expect(editors.value.map((u) => u.Id)).toEqual([13]);
    const owner = await getJson<{ Title: string }>(`${wb.api}/web/associatedownergroup`, spHeaders(wb.tokens.staff));
    expect(owner.Title).toBe('Trygge Barn Owners');
  });

  it('currentuser/groups lists the signed-in user’s groups', async () => {
    const admin = await getJson<{ value: { Title: string }[] }>(`${wb.api}/web/currentuser/groups`, spHeaders(wb.tokens.admin));
    expect(admin.value.map((g) => g.Title)).toEqual(['Trygge Barn Members', MODEL_EDITORS_GROUP]);
  });

  it('only a user with ManagePermissions/CreateGroups manages groups; the owner creates one and adds a person with ensureuser', async () => {
    const body = { Title: 'Trygge Barn – lesere', Description: 'Test' };
    expect((await send('POST', `${wb.api}/web/sitegroups`, 'admin', body)).status).toBe(403);
    const created = await send('POST', `${wb.api}/web/sitegroups`, 'owner', body);
    expect(created.status).toBe(201);
    const group = (await created.json()) as { Id: number; Title: string; OwnerTitle: string };
    expect(group).toMatchObject({ Title: 'Trygge Barn – lesere', OwnerTitle: 'Trygge Barn Owners' });
    expect(group.Id).toBeGreaterThanOrEqual(17);
    const ensured = await send('POST', `${wb.api}/web/ensureuser`, 'owner', { logonName: 'kari.nilsen@demo-kommune.example' });
    expect(ensured.status).toBe(200);
    const user = (await ensured.json()) as { Id: number; LoginName: string };
    expect(user.LoginName).toBe('i:0#.f|membership|kari.nilsen@demo-kommune.example');
    expect((await send('POST', `${wb.api}/web/sitegroups(${group.Id})/users`, 'member', { LoginName: user.LoginName })).status).toBe(403);
    expect((await send('POST', `${wb.api}/web/sitegroups(${group.Id})/users`, 'owner', { LoginName: user.LoginName })).status).toBe(201);
    const users = await getJson<{ value: { Id: number }[] }>(`${wb.api}/web/sitegroups/getbyid(${group.Id})/users`, spHeaders(wb.tokens.owner));
    expect(users.value.map((u) => u.Id)).toEqual([user.Id]);
  });
});

describe('the provisioned model site: the truth table', () => {
  it('every model list has unique permissions exactly as src/core/schema/listPermissions.ts declares', async () => {
    for (const target of LIST_PERMISSIONS) {
      const title = (LISTS.find((l) => l.key === target.list) as (typeof LISTS)[number]).title;
      const list = await getJson<{ HasUniqueRoleAssignments: boolean; ReadSecurity: number; WriteSecurity: number }>(
        `${wb.api}/${byTitle(title)}?$select=HasUniqueRoleAssignments,ReadSecurity,WriteSecurity`,
        spHeaders(wb.tokens.owner)
      );
      expect([title, list]).toEqual([title, { HasUniqueRoleAssignments: true, ReadSecurity: target.readSecurity, WriteSecurity: target.writeSecurity }]);
      const assignments = await getJson<{ value: { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[] }>(
        `${wb.api}/${byTitle(title)}/roleassignments?$expand=Member,RoleDefinitionBindings`,
        spHeaders(wb.tokens.owner)
      );
      const got = assignments.value.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name).join()]).sort();
      const names = { owners: 'Trygge Barn Owners', members: 'Trygge Barn Members', visitors: 'Trygge Barn Visitors', editors: MODEL_EDITORS_GROUP };
      expect(got).toEqual(target.grants.map((g) => [names[g.principal], g.level]).sort());
    }
  });

  it('staff, staff2, member and lead cannot edit a routine (403); admin and owner can', async () => {
    const url = `${wb.api}/${byTitle(ROUTINES)}/items(1)`;
    for (const user of ['staff', 'staff2', 'member', 'lead'] as const) {
      const response = await send('MERGE', url, user, { Title: `${user} was here` });
      expect([user, response.status]).toEqual([user, 403]);
      expect(await response.json()).toEqual(ACCESS_DENIED);
    }
    for (const user of ['admin', 'owner'] as const) {
      expect([user, (await send('MERGE', url, user, { Title: 'Når du er bekymret' })).status]).toEqual([user, 204]);
    }
  });

  it('member gets EditListItems=false on «TB Rutiner»; admin true; owner has ManageWeb, admin does not', async () => {
    const member = await getJson<{ High: string; Low: string }>(`${wb.api}/${byTitle(ROUTINES)}/EffectiveBasePermissions`, spHeaders(wb.tokens.member));
    expect(hasKind(member, EDIT_LIST_ITEMS)).toBe(false);
    const admin = await getJson<{ High: string; Low: string }>(`${wb.api}/${byTitle(ROUTINES)}/EffectiveBasePermissions`, spHeaders(wb.tokens.admin));
    expect(hasKind(admin, EDIT_LIST_ITEMS)).toBe(true);
    const ownerWeb = await getJson<{ High: string; Low: string }>(`${wb.api}/web/EffectiveBasePermissions`, spHeaders(wb.tokens.owner));
    const adminWeb = await getJson<{ High: string; Low: string }>(`${wb.api}/web/EffectiveBasePermissions`, spHeaders(wb.tokens.admin));
    expect(hasKind(ownerWeb, MANAGE_WEB)).toBe(true);
    expect(hasKind(adminWeb, MANAGE_WEB)).toBe(false);
    // A Member has Edit on the site itself: ManageLists there, not on the model lists.
    expect(hasKind(adminWeb, 12)).toBe(true);
  });

  it('feedback: staff adds and reads only their own; staff2 cannot read or edit it; admin reads all and edits', async () => {
    const items = `${wb.api}/${byTitle(FEEDBACK)}/items`;
    const created = await send('POST', items, 'staff', { Title: 'Fra staff', Body: 'Tekst', FeedbackStatus: 'new' });
    expect(created.status).toBe(201);
    const { Id } = (await created.json()) as { Id: number };
    const mine = await getJson<{ value: { Id: number; AuthorId: number }[] }>(`${items}?$select=Id,AuthorId`, spHeaders(wb.tokens.staff));
    expect(mine.value.map((i) => i.Id)).toContain(Id);
    expect(mine.value.every((i) => i.AuthorId === 11)).toBe(true);
    const theirs = await getJson<{ value: { Id: number }[] }>(`${items}?$select=Id`, spHeaders(wb.tokens.staff2));
    expect(theirs.value.map((i) => i.Id)).not.toContain(Id);
    // By id: the item does not exist for them, as SharePoint answers.
    expect((await fetch(`${items}(${Id})`, { headers: spHeaders(wb.tokens.staff2) })).status).toBe(404);
    expect((await send('MERGE', `${items}(${Id})`, 'staff2', { Title: 'x' })).status).toBe(404);
    // The editors group has Design here: CancelCheckout overrides item-level permissions.
    const all = await getJson<{ value: { Id: number; AuthorId: number }[] }>(`${items}?$select=Id,AuthorId`, spHeaders(wb.tokens.admin));
    expect(all.value.map((i) => i.Id)).toContain(Id);
    expect((await send('MERGE', `${items}(${Id})`, 'admin', { FeedbackStatus: 'done' })).status).toBe(204);
    // The author may still edit their own item (WriteSecurity 2).
    expect((await send('MERGE', `${items}(${Id})`, 'staff', { Title: 'Fra staff, rettet' })).status).toBe(204);
  });

  it('WriteSecurity 2 refuses editing others’ items with 403 when the user can see them (ReadSecurity 1)', async () => {
    const list = `${wb.api}/${byTitle(FEEDBACK)}`;
    expect((await send('MERGE', list, 'owner', { ReadSecurity: 1 })).status).toBe(204);
    try {
      const created = (await (await send('POST', `${list}/items`, 'staff', { Title: 'Synlig', Body: 'x', FeedbackStatus: 'new' })).json()) as { Id: number };
      expect((await fetch(`${list}/items(${created.Id})`, { headers: spHeaders(wb.tokens.staff2) })).status).toBe(200);
      const refused = await send('MERGE', `${list}/items(${created.Id})`, 'staff2', { Title: 'Endret av en annen' });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual(ACCESS_DENIED);
    } finally {
      await send('MERGE', list, 'owner', { ReadSecurity: 2 });
    }
  });

  it('ReadSecurity/WriteSecurity are read and set by MERGE on the list, with ManageLists only', async () => {
    const list = `${wb.api}/${byTitle(FEEDBACK)}`;
    expect((await send('MERGE', list, 'staff', { WriteSecurity: 4 })).status).toBe(403);
    expect((await send('MERGE', list, 'owner', { WriteSecurity: 3 })).status).toBe(400);
    expect((await send('MERGE', list, 'owner', { WriteSecurity: 4 })).status).toBe(204);
    try {
      expect((await send('POST', `${list}/items`, 'staff', { Title: 'Nei', Body: 'x', FeedbackStatus: 'new' })).status).toBe(403);
      expect((await getJson<{ WriteSecurity: number }>(`${list}?$select=WriteSecurity`, spHeaders(wb.tokens.staff))).WriteSecurity).toBe(4);
    } finally {
      await send('MERGE', list, 'owner', { WriteSecurity: 2 });
    }
  });
});

describe('role assignments and inheritance', () => {
  it('breakroleinheritance / addroleassignment / resetroleinheritance on an item, owner only', async () => {
    const item = `${wb.api}/${byTitle(ROUTINES)}/items(2)`;
    expect((await send('POST', `${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'admin')).status).toBe(403);
    expect((await send('POST', `${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'owner')).status).toBe(200);
    try {
      const unique = await getJson<{ value: boolean }>(`${item}/hasuniqueroleassignments`, spHeaders(wb.tokens.owner));
      expect(unique.value).toBe(true);
      // Nothing copied: only the owner (site admin) sees it; staff get 404 and do not find it in queries.
      expect((await fetch(item, { headers: spHeaders(wb.tokens.staff) })).status).toBe(404);
      const listed = await getJson<{ value: { Id: number }[] }>(`${wb.api}/${byTitle(ROUTINES)}/items?$select=Id`, spHeaders(wb.tokens.staff));
      expect(listed.value.map((i) => i.Id)).not.toContain(2);
      // Grant staff (user 11) Contribute on just this item: they read and edit it, not its siblings.
      expect((await send('POST', `${item}/roleassignments/addroleassignment(principalid=11,roledefid=1073741827)`, 'owner')).status).toBe(200);
      expect((await fetch(item, { headers: spHeaders(wb.tokens.staff) })).status).toBe(200);
      expect((await send('MERGE', item, 'staff', { Urgent: true })).status).toBe(204);
      const ra = await getJson<{ value: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] }>(`${item}/roleassignments?$expand=RoleDefinitionBindings`, spHeaders(wb.tokens.owner));
      expect(ra.value).toEqual([{ PrincipalId: 11, RoleDefinitionBindings: [expect.objectContaining({ Name: 'Contribute' })] }]);
      expect((await fetch(`${item}/roleassignments`, { headers: spHeaders(wb.tokens.admin) })).status).toBe(403);
    } finally {
      expect((await send('POST', `${item}/resetroleinheritance`, 'owner')).status).toBe(200);
    }
    expect((await send('MERGE', item, 'staff', { Urgent: false })).status).toBe(403);
    expect((await getJson<{ value: boolean }>(`${item}/hasuniqueroleassignments`, spHeaders(wb.tokens.owner))).value).toBe(false);
  });

  it('getusereffectivepermissions: a user may ask about themselves; about others needs EnumeratePermissions', async () => {
    const login = encodeURIComponent("'i:0#.f|membership|marit.berge@demo-kommune.example'");
    const url = `${wb.api}/${byTitle(ROUTINES)}/getusereffectivepermissions(@u)?@u=${login}`;
    const self = await getJson<{ High: string; Low: string }>(url, spHeaders(wb.tokens.admin));
    expect(hasKind(self, EDIT_LIST_ITEMS)).toBe(true);
    expect((await fetch(url, { headers: spHeaders(wb.tokens.staff) })).status).toBe(403);
    const byOwner = await getJson<{ High: string; Low: string }>(url, spHeaders(wb.tokens.owner));
    expect(byOwner).toEqual(self);
  });

  it('a Visitor cannot break inheritance or create lists (403 in SharePoint’s error shape, verbose too)', async () => {
    const response = await fetch(`${wb.api}/web/lists`, { method: 'POST', headers: spHeaders(wb.tokens.staff, VERBOSE), body: JSON.stringify({ Title: 'Nei' }) });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: expect.stringMatching(/^Access denied/) } } });
    expect((await send('POST', `${wb.api}/${byTitle(FEEDBACK)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`, 'staff')).status).toBe(403);
  });
});
