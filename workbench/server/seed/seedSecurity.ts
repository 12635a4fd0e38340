import type { DatabaseSync } from 'node:sqlite';
import type { ListKey } from '../../../src/core/schema/ListSchema';
import type { PermissionPrincipal } from '../../../src/core/schema/listPermissions';
import { LIST_PERMISSIONS, MODEL_EDITORS_GROUP, MODEL_EDITORS_GROUP_DESCRIPTION } from '../../../src/core/schema/listPermissions';
import { DEMO_USER_KEYS, demoAccount, FIRST_FREE_PRINCIPAL_ID } from '../auth/demoUsers';
import type { DemoUserKey } from '../graph/demoPeople';
import { demoUserPerson } from '../graph/demoPeople';
import { roleByName } from '../sharepoint/security/basePermissions';
import type { PrincipalRecord } from '../sharepoint/security/SiteSecurity';
import { EVERYONE_EXCEPT_EXTERNAL_LOGIN, EVERYONE_EXCEPT_EXTERNAL_TITLE, membershipLogin, SiteSecurity } from '../sharepoint/security/SiteSecurity';
import type { ListRecord } from '../sharepoint/ListRepository';
import { ListRepository } from '../sharepoint/ListRepository';
import { MODEL_SITE_PATH, ROOT_SITE_PATH, SITES, TEAM_SITE_PATH } from '../sites';
import { writeMeta } from '../storage/openDatabase';

/**
 * Who is in which group of which site. Each site has SharePoint's three associated groups "<Title> Owners"
 * (Full Control), "<Title> Members" (Edit) and "<Title> Visitors" (Read) ("Understanding permission levels in
 * SharePoint", https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
 */
interface SiteMembership {
  owners: DemoUserKey[];
  members: DemoUserKey[];
  visitors: DemoUserKey[];
  /** Every user of the tenant reads the site: "Everyone except external users" is a Visitor. */
  everyoneReads: boolean;
  /** Site collection administrators (IsSiteAdmin). */
  admins: DemoUserKey[];
}

export const SITE_MEMBERSHIP: Record<string, SiteMembership> = {
  [ROOT_SITE_PATH]: { owners: ['owner'], members: [], visitors: [], everyoneReads: true, admins: ['owner'] },
  [TEAM_SITE_PATH]: { owners: ['owner'], members: ['staff', 'member', 'lead'], visitors: [], everyoneReads: false, admins: ['owner'] },
  [MODEL_SITE_PATH]: { owners: ['owner'], members: ['member', 'lead', 'admin'], visitors: ['staff', 'staff2'], everyoneReads: false, admins: ['owner'] }
};

/** The model site's editors group members. */
export const MODEL_EDITORS: DemoUserKey[] = ['admin'];

/** SharePoint's usual ids of a site's associated groups. */
const GROUP_IDS = { owner: 3, visitor: 4, member: 5 } as const;

function roleId(name: string): number {
  const role = roleByName(name);
  if (!role) throw new Error(`No role ${name}`);
  return role.id;
}

/** Creates every site with its users, groups and the site's role assignments (run inside the seed's transaction). */
export function seedSites(db: DatabaseSync): void {
  for (const site of SITES) {
    db.prepare('INSERT INTO sites(path, title, next_principal_id) VALUES (?, ?, ?)').run(site.path, site.title, FIRST_FREE_PRINCIPAL_ID);
    const security = new SiteSecurity(db, site.path);
    const plan = SITE_MEMBERSHIP[site.path];
    for (const key of DEMO_USER_KEYS) {
      const person = demoUserPerson(key);
      security.addPrincipal({
        id: demoAccount(key).siteUserId,
        principalType: 1,
        loginName: membershipLogin(person.userPrincipalName),
        title: person.displayName,
        email: person.mail,
        isSiteAdmin: plan.admins.includes(key)
      });
    }
    const group = (role: keyof typeof GROUP_IDS, suffix: string, owner: number | null): PrincipalRecord => {
      const title = `${site.title} ${suffix}`;
      const created = security.addPrincipal({ id: GROUP_IDS[role], principalType: 8, loginName: title, title, ownerId: owner ?? GROUP_IDS.owner });
      writeMeta(db, `associated:${site.path.toLowerCase()}:${role}`, String(created.id));
      return created;
    };
    const owners = group('owner', 'Owners', null);
    const visitors = group('visitor', 'Visitors', owners.id);
    const members = group('member', 'Members', owners.id);
    for (const key of plan.owners) security.addMember(owners.id, demoAccount(key).siteUserId);
    for (const key of plan.members) security.addMember(members.id, demoAccount(key).siteUserId);
    for (const key of plan.visitors) security.addMember(visitors.id, demoAccount(key).siteUserId);
    if (plan.everyoneReads) {
      const everyone = security.addPrincipal({ principalType: 4, loginName: EVERYONE_EXCEPT_EXTERNAL_LOGIN, title: EVERYONE_EXCEPT_EXTERNAL_TITLE, everyone: true });
      security.addMember(visitors.id, everyone.id);
    }
    security.addAssignment({ kind: 'web' }, owners.id, roleId('Full Control'));
    security.addAssignment({ kind: 'web' }, members.id, roleId('Edit'));
    security.addAssignment({ kind: 'web' }, visitors.id, roleId('Read'));
  }
}

/**
 * The model site as provisioning leaves it (src/core/schema/listPermissions.ts): the editors group, and every
 * schema list with its own role assignments and item-level settings.
 */
export function seedModelPermissions(db: DatabaseSync, created: Map<ListKey, ListRecord>): void {
  const security = new SiteSecurity(db, MODEL_SITE_PATH);
  const owners = security.associatedGroup('owner') as PrincipalRecord;
  const editors = security.addPrincipal({ principalType: 8, loginName: MODEL_EDITORS_GROUP, title: MODEL_EDITORS_GROUP, description: MODEL_EDITORS_GROUP_DESCRIPTION, ownerId: owners.id });
  for (const key of MODEL_EDITORS) security.addMember(editors.id, demoAccount(key).siteUserId);
  // Granted below the site only, so SharePoint gives the group Limited Access on the site.
  security.addAssignment({ kind: 'web' }, editors.id, roleId('Limited Access'));
  const principalIds: Record<PermissionPrincipal, number> = {
    owners: owners.id,
    members: (security.associatedGroup('member') as PrincipalRecord).id,
    visitors: (security.associatedGroup('visitor') as PrincipalRecord).id,
    editors: editors.id
  };
  const lists = new ListRepository(db, MODEL_SITE_PATH);
  for (const target of LIST_PERMISSIONS) {
    const list = created.get(target.list);
    if (!list) continue;
    const scope = { kind: 'list' as const, listNum: list.num };
    db.prepare('INSERT OR IGNORE INTO unique_scopes(site, scope) VALUES (?, ?)').run(MODEL_SITE_PATH, `list:${list.num}`);
    for (const grant of target.grants) security.addAssignment(scope, principalIds[grant.principal], roleId(grant.level));
    lists.update(list.num, { readSecurity: target.readSecurity, writeSecurity: target.writeSecurity });
  }
}
