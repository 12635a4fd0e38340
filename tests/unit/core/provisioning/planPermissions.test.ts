import { planPermissions } from '../../../../src/core/provisioning/planPermissions';
import { planProvisioning } from '../../../../src/core/provisioning/planProvisioning';
import type { ProvisioningAction } from '../../../../src/core/provisioning/ProvisioningAction';
import type { SiteSecuritySnapshot, SiteSnapshot } from '../../../../src/core/provisioning/SiteSnapshot';
import { LIST_PERMISSIONS, MODEL_EDITORS_GROUP } from '../../../../src/core/schema/listPermissions';
import { LISTS } from '../../../../src/core/schema/lists';
import { provisionedSite } from './provisionedSite';

const OWNERS = 3;
const MEMBERS = 5;
const VISITORS = 4;
const EDITORS = 9;
const NAMES: Record<string, number> = { owners: OWNERS, members: MEMBERS, visitors: VISITORS, editors: EDITORS };

/** A team site as SharePoint creates it: three associated groups, every list inheriting the site's permissions. */
function freshSecurity(site: SiteSnapshot): SiteSecuritySnapshot {
  return {
    groups: [
      { id: OWNERS, title: 'Trygge Barn Owners' },
      { id: VISITORS, title: 'Trygge Barn Visitors' },
      { id: MEMBERS, title: 'Trygge Barn Members' }
    ],
    associated: { owners: OWNERS, members: MEMBERS, visitors: VISITORS },
    lists: site.lists.map((l) => ({ listId: l.id, hasUniqueRoleAssignments: false, readSecurity: 1, writeSecurity: 1, assignments: [] }))
  };
}

/** A site whose permissions are exactly as LIST_PERMISSIONS declares. */
function securedSite(): SiteSnapshot {
  const site = provisionedSite(LISTS);
  const security = freshSecurity(site);
  security.groups.push({ id: EDITORS, title: MODEL_EDITORS_GROUP });
  security.lists = site.lists.map((l) => {
    const schema = LISTS.find((s) => s.title === l.title)!;
    const target = LIST_PERMISSIONS.find((p) => p.list === schema.key)!;
    return {
      listId: l.id,
      hasUniqueRoleAssignments: true,
      readSecurity: target.readSecurity,
      writeSecurity: target.writeSecurity,
      // The caller's own Full Control from breakroleinheritance stays; it is not in the declaration.
      assignments: [...target.grants.map((g) => ({ principalId: NAMES[g.principal], levels: [g.level, 'Limited Access'] })), { principalId: 11, levels: ['Full Control'] }]
    };
  });
  return { ...site, security };
}

function kinds(actions: ProvisioningAction[]): string[] {
  return actions.map((a) => a.kind);
}

describe('planPermissions', () => {
  it('on a fresh site: creates the editors group, breaks inheritance on every list and grants exactly the declared levels', () => {
    const site = provisionedSite(LISTS);
    const { actions, warnings } = planPermissions({ ...site, security: freshSecurity(site) });
    expect(warnings).toEqual([]);
    expect(actions[0]).toEqual({ kind: 'createEditorsGroup', group: 'Trygge Barn – redaktører', description: expect.any(String) });
    expect(actions.filter((a) => a.kind === 'breakInheritance').map((a) => a.list)).toEqual(LISTS.map((l) => l.key));
    const routines = actions.filter((a) => a.kind === 'grantRole' && a.list === 'routines');
    // Exactly the declared grants, in the declared order (the declaration is security's: LIST_PERMISSIONS).
    expect(routines).toEqual(LIST_PERMISSIONS.find((p) => p.list === 'routines')!.grants.map((g) => ({ kind: 'grantRole', list: 'routines', principal: g.principal, level: g.level })));
    expect(routines.map((a) => a.kind === 'grantRole' && a.principal)).toEqual(['visitors', 'members', 'editors', 'owners']);
    const feedback = actions.filter((a) => 'list' in a && a.list === 'feedback' && a.kind !== 'breakInheritance');
    expect(feedback).toContainEqual({ kind: 'grantRole', list: 'feedback', principal: 'members', level: 'Contribute' });
    expect(feedback).toContainEqual({ kind: 'setItemSecurity', list: 'feedback', readSecurity: 2, writeSecurity: 2 });
    expect(actions).toContainEqual({ kind: 'setItemSecurity', list: 'evaluations', readSecurity: 2, writeSecurity: 2 });
    expect(actions.filter((a) => a.kind === 'setItemSecurity').map((a) => a.list).sort()).toEqual(['evaluations', 'feedback']);
  });

  it('plans nothing for a site already as declared (running provisioning again changes nothing)', () => {
    expect(planPermissions(securedSite())).toEqual({ actions: [], warnings: [] });
    expect(planProvisioning(securedSite()).actions).toEqual([]);
  });

  it('repairs a list whose inheritance was reset: breaks it again and grants the declared levels', () => {
    const site = securedSite();
    const routines = site.lists.find((l) => l.title === 'TB Rutiner')!;
    const security = site.security!.lists.find((l) => l.listId === routines.id)!;
    security.hasUniqueRoleAssignments = false;
    security.assignments = [];
    expect(kinds(planPermissions(site).actions)).toEqual(['breakInheritance', 'grantRole', 'grantRole', 'grantRole', 'grantRole']);
  });

  it('adds only the missing grant and the item-level security someone changed, and never removes a grant', () => {
    const site = securedSite();
    const feedbackId = site.lists.find((l) => l.title === 'TB Tilbakemeldinger')!.id;
    const security = site.security!.lists.find((l) => l.listId === feedbackId)!;
    security.assignments = security.assignments.filter((a) => a.principalId !== MEMBERS);
    security.assignments.push({ principalId: 42, levels: ['Edit'] });
    security.readSecurity = 1;
    expect(planPermissions(site).actions).toEqual([
      { kind: 'grantRole', list: 'feedback', principal: 'members', level: 'Contribute' },
      { kind: 'setItemSecurity', list: 'feedback', readSecurity: 2, writeSecurity: 2 }
    ]);
  });

  it('on a site that has no lists yet, plans permissions for the lists it is about to create, after them', () => {
    const plan = planProvisioning({ lists: [], security: { groups: [], associated: { owners: OWNERS, members: MEMBERS, visitors: VISITORS }, lists: [] } });
    const firstPermission = plan.actions.findIndex((a) => a.kind === 'createEditorsGroup');
    expect(firstPermission).toBeGreaterThan(plan.actions.map((a) => a.kind).lastIndexOf('addField'));
    expect(plan.actions.filter((a) => a.kind === 'breakInheritance')).toHaveLength(LISTS.length);
    // A new list reads and writes all items; only the two staff lists need item-level security.
    expect(plan.actions.filter((a) => a.kind === 'setItemSecurity').map((a) => a.list).sort()).toEqual(['evaluations', 'feedback']);
  });

  it('warns, instead of guessing, when the site has no associated members group', () => {
    const site = provisionedSite(LISTS);
    const security = freshSecurity(site);
    delete security.associated.members;
    const { actions, warnings } = planPermissions({ ...site, security });
    expect(actions.some((a) => a.kind === 'grantRole' && a.principal === 'members')).toBe(false);
    expect(warnings).toHaveLength(LISTS.length);
    expect(warnings[0].message).toMatch(/members/);
  });
});
