import { planProvisioning } from '../../../../src/core/provisioning/planProvisioning';
import { EMPTY_SITE } from '../../../../src/core/provisioning/SiteSnapshot';
import type { ListSchema } from '../../../../src/core/schema/ListSchema';
import { LISTS, SCHEMA_VERSION } from '../../../../src/core/schema/lists';
import { provisionedSite } from './provisionedSite';

describe('planProvisioning', () => {
  it('creates every list, every field and every setting on an empty site, lists first', () => {
    const plan = planProvisioning(EMPTY_SITE);
    const creates = plan.actions.filter((a) => a.kind === 'createList');
    expect(creates.map((a) => a.list)).toEqual(LISTS.map((l) => l.key));
    const fieldCount = LISTS.reduce((n, l) => n + l.fields.filter((f) => f.name !== 'Title').length, 0);
    expect(plan.actions.filter((a) => a.kind === 'addField')).toHaveLength(fieldCount);
    expect(plan.actions.filter((a) => a.kind === 'configureTitleField')).toHaveLength(LISTS.length);
    expect(plan.actions.filter((a) => a.kind === 'enableVersioning')).toHaveLength(LISTS.filter((l) => l.versioning).length);
    // Content approval is never switched on, whatever the schema's flag says (staff would not see unapproved routines).
    expect(plan.actions.filter((a) => a.kind === 'disableContentApproval')).toEqual([]);
    // A new field is created with its index (Indexed="TRUE" in its XML), so no separate index action.
    expect(plan.actions.filter((a) => a.kind === 'indexField')).toHaveLength(0);
    const lastCreate = plan.actions.map((a) => a.kind).lastIndexOf('createList');
    const firstField = plan.actions.findIndex((a) => a.kind !== 'createList');
    expect(lastCreate).toBeLessThan(firstField);
    expect(plan.warnings).toEqual([]);
    expect(plan.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('creates a list under its URL name, so the URL the schema declares has no space', () => {
    const plan = planProvisioning(EMPTY_SITE);
    expect(plan.actions).toContainEqual({ kind: 'createList', list: 'routines', title: 'TB Rutiner', interimTitle: 'TBRutiner' });
  });

  it('plans nothing for a site that is already as the schema declares', () => {
    const plan = planProvisioning(provisionedSite(LISTS));
    expect(plan.actions).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('adds exactly the field a newer schema version brings, and nothing else', () => {
    const v1 = provisionedSite(LISTS);
    const v2: ListSchema[] = LISTS.map((l) =>
      l.key === 'tools' ? { ...l, fields: [...l.fields, { name: 'Audience', title: { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Audience' }, type: 'Text', since: 2 }] } : l
    );
    const plan = planProvisioning(v1, v2, 2);
    expect(plan.actions).toEqual([{ kind: 'addField', list: 'tools', field: 'Audience', since: 2 }]);
    expect(plan.schemaVersion).toBe(2);
  });

  it('indexes an existing column the schema wants indexed, without touching its data', () => {
    const site = provisionedSite(LISTS);
    const routines = site.lists.find((l) => l.title === 'TB Rutiner');
    const status = routines?.fields.find((f) => f.internalName === 'RoutineStatus');
    if (!status) throw new Error('fixture');
    status.indexed = false;
    expect(planProvisioning(site).actions).toEqual([{ kind: 'indexField', list: 'routines', field: 'RoutineStatus' }]);
  });

  it('switches versioning on where it is off and never off; switches content approval off where an older version switched it on', () => {
    const site = provisionedSite(LISTS);
    for (const list of site.lists) list.enableVersioning = !list.enableVersioning;
    const routines = site.lists.find((l) => l.title === 'TB Rutiner');
    if (!routines) throw new Error('fixture');
    routines.enableModeration = true;
    const actions = planProvisioning(site).actions;
    expect(actions.filter((a) => a.kind === 'enableVersioning').map((a) => a.list)).toEqual(LISTS.filter((l) => l.versioning).map((l) => l.key));
    expect(actions.filter((a) => a.kind === 'disableContentApproval')).toEqual([{ kind: 'disableContentApproval', list: 'routines' }]);
    expect(actions.every((a) => ['enableVersioning', 'disableContentApproval'].includes(a.kind))).toBe(true);
  });

  it('warns about a column of another type instead of changing it', () => {
    const site = provisionedSite(LISTS);
    const field = site.lists.find((l) => l.title === 'TB Rutiner')?.fields.find((f) => f.internalName === 'Owner');
    if (!field) throw new Error('fixture');
    field.typeAsString = 'Note';
    const plan = planProvisioning(site);
    expect(plan.actions).toEqual([]);
    expect(plan.warnings).toEqual([expect.objectContaining({ list: 'TB Rutiner', field: 'Owner' })]);
  });

  it('finishes a list an earlier run created but did not get to rename', () => {
    const site = provisionedSite(LISTS);
    const tools = site.lists.find((l) => l.title === 'TB Verktoy');
    if (!tools) throw new Error('fixture');
    tools.title = 'TBVerktoy';
    tools.fields = tools.fields.filter((f) => f.internalName === 'ID' || f.internalName === 'Title').map((f) => ({ ...f, title: f.internalName }));
    const plan = planProvisioning(site);
    expect(plan.actions[0]).toEqual({ kind: 'renameList', list: 'tools', from: 'TBVerktoy', title: 'TB Verktoy' });
    expect(plan.actions.filter((a) => a.kind === 'createList')).toEqual([]);
    expect(plan.actions.filter((a) => a.kind === 'addField').every((a) => a.list === 'tools')).toBe(true);
    expect(plan.actions).toContainEqual({ kind: 'configureTitleField', list: 'tools' });
  });
});
