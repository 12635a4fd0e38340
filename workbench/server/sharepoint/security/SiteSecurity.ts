import type { DatabaseSync } from 'node:sqlite';
import type { Principal } from '../../auth/Principal';
import { DEMO_TENANT_ID } from '../../auth/jwt';
import { FULL_MASK, roleById } from './basePermissions';

/** What a role assignment or securable is attached to. */
export type Scope = { kind: 'web' } | { kind: 'list'; listNum: number } | { kind: 'item'; listNum: number; itemId: number };

export function scopeKey(scope: Scope): string {
  if (scope.kind === 'web') return 'web';
  if (scope.kind === 'list') return `list:${scope.listNum}`;
  return `item:${scope.listNum}:${scope.itemId}`;
}

export function parentOf(scope: Scope): Scope | undefined {
  if (scope.kind === 'item') return { kind: 'list', listNum: scope.listNum };
  if (scope.kind === 'list') return { kind: 'web' };
  return undefined;
}

/** SP.PrincipalType: 1 user, 4 security group (claims such as "Everyone except external users"), 8 SharePoint group. */
export type PrincipalType = 1 | 4 | 8;

export interface PrincipalRecord {
  site: string;
  id: number;
  principalType: PrincipalType;
  loginName: string;
  title: string;
  email: string;
  description: string;
  ownerId: number | null;
  isSiteAdmin: boolean;
  everyone: boolean;
}

interface PrincipalRow {
  site: string;
  id: number;
  principal_type: number;
  login_name: string;
  title: string;
  email: string;
  description: string;
  owner_id: number | null;
  is_site_admin: number;
  everyone: number;
}

function toPrincipal(row: PrincipalRow): PrincipalRecord {
  return {
    site: row.site,
    id: row.id,
    principalType: row.principal_type as PrincipalType,
    loginName: row.login_name,
    title: row.title,
    email: row.email,
    description: row.description,
    ownerId: row.owner_id,
    isSiteAdmin: row.is_site_admin === 1,
    everyone: row.everyone === 1
  };
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefIds: number[];
}

/** The login name SharePoint Online gives a member of the tenant: `i:0#.f|membership|<upn>`. */
export function membershipLogin(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

/** The claim every internal user of the tenant holds ("Everyone except external users"). */
export const EVERYONE_EXCEPT_EXTERNAL_LOGIN = `c:0-.f|rolemanager|spo-grid-all-users/${DEMO_TENANT_ID}`;
export const EVERYONE_EXCEPT_EXTERNAL_TITLE = 'Everyone except external users';

/**
 * One site collection's users, SharePoint groups, claims and role assignments, and the effective permissions
 * they give (as SharePoint computes them: the union of the role definitions bound, on the nearest securable with
 * unique role assignments, to the user, to any group the user is in, or to a claim the user holds; site
 * collection administrators have every permission).
 */
export class SiteSecurity {
  public constructor(
    private readonly db: DatabaseSync,
    public readonly site: string
  ) {}

  // ---- principals ----

  public principal(id: number): PrincipalRecord | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE site = ? AND id = ?').get(this.site, id) as unknown as PrincipalRow | undefined;
    return row ? toPrincipal(row) : undefined;
  }

  public principalByLogin(loginName: string): PrincipalRecord | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE site = ? AND login_name = ? COLLATE NOCASE').get(this.site, loginName) as unknown as PrincipalRow | undefined;
    return row ? toPrincipal(row) : undefined;
  }

  public users(): PrincipalRecord[] {
    return (this.db.prepare('SELECT * FROM principals WHERE site = ? AND principal_type <> 8 ORDER BY id').all(this.site) as unknown as PrincipalRow[]).map(toPrincipal);
  }

  public groups(): PrincipalRecord[] {
    return (this.db.prepare('SELECT * FROM principals WHERE site = ? AND principal_type = 8 ORDER BY id').all(this.site) as unknown as PrincipalRow[]).map(toPrincipal);
  }

  public groupByName(name: string): PrincipalRecord | undefined {
    const row = this.db.prepare('SELECT * FROM principals WHERE site = ? AND principal_type = 8 AND title = ? COLLATE NOCASE').get(this.site, name) as unknown as PrincipalRow | undefined;
    return row ? toPrincipal(row) : undefined;
  }

  private takeId(): number {
    const row = this.db.prepare('SELECT next_principal_id AS n FROM sites WHERE path = ?').get(this.site) as { n: number } | undefined;
    if (!row) throw new Error(`No site ${this.site}`);
    this.db.prepare('UPDATE sites SET next_principal_id = next_principal_id + 1 WHERE path = ?').run(this.site);
    return row.n;
  }

  /** Adds a principal; `id` is taken from the site's sequence unless given (seeded groups and demo users). */
  public addPrincipal(input: Omit<PrincipalRecord, 'site' | 'id' | 'ownerId' | 'isSiteAdmin' | 'everyone' | 'description' | 'email'> & Partial<PrincipalRecord>): PrincipalRecord {
    const id = input.id ?? this.takeId();
    this.db
      .prepare(
        'INSERT INTO principals(site, id, principal_type, login_name, title, email, description, owner_id, is_site_admin, everyone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(this.site, id, input.principalType, input.loginName, input.title, input.email ?? '', input.description ?? '', input.ownerId ?? null, input.isSiteAdmin ? 1 : 0, input.everyone ? 1 : 0);
    return this.principal(id) as PrincipalRecord;
  }

  public updateGroup(id: number, patch: { title?: string; description?: string }): void {
    const group = this.principal(id);
    if (!group) return;
    const title = patch.title ?? group.title;
    this.db.prepare('UPDATE principals SET title = ?, login_name = ?, description = ? WHERE site = ? AND id = ?').run(title, title, patch.description ?? group.description, this.site, id);
  }

  public deletePrincipal(id: number): void {
    this.db.prepare('DELETE FROM principals WHERE site = ? AND id = ?').run(this.site, id);
    this.db.prepare('DELETE FROM group_members WHERE site = ? AND (group_id = ? OR member_id = ?)').run(this.site, id, id);
    this.db.prepare('DELETE FROM role_assignments WHERE site = ? AND principal_id = ?').run(this.site, id);
  }

  // ---- group membership ----

  public members(groupId: number): PrincipalRecord[] {
    return (
      this.db
        .prepare('SELECT p.* FROM group_members m JOIN principals p ON p.site = m.site AND p.id = m.member_id WHERE m.site = ? AND m.group_id = ? ORDER BY p.id')
        .all(this.site, groupId) as unknown as PrincipalRow[]
    ).map(toPrincipal);
  }

  public addMember(groupId: number, memberId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO group_members(site, group_id, member_id) VALUES (?, ?, ?)').run(this.site, groupId, memberId);
  }

  public removeMember(groupId: number, memberId: number): void {
    this.db.prepare('DELETE FROM group_members WHERE site = ? AND group_id = ? AND member_id = ?').run(this.site, groupId, memberId);
  }

  /** The groups a user is in: directly, or through a claim they hold (Everyone except external users). */
  public groupsOf(userId: number): PrincipalRecord[] {
    const identities = this.identities(userId, false);
    return this.groups().filter((g) => this.members(g.id).some((m) => identities.includes(m.id)));
  }

  /** The principal ids a user acts as: themselves, the claims every user holds, and (with `groups`) their groups. */
  private identities(userId: number, groups = true): number[] {
    const claims = (this.db.prepare('SELECT id FROM principals WHERE site = ? AND everyone = 1').all(this.site) as { id: number }[]).map((r) => r.id);
    const direct = [userId, ...claims];
    if (!groups) return direct;
    const placeholders = direct.map(() => '?').join(',');
    const groupIds = (this.db.prepare(`SELECT DISTINCT group_id FROM group_members WHERE site = ? AND member_id IN (${placeholders})`).all(this.site, ...direct) as { group_id: number }[]).map(
      (r) => r.group_id
    );
    return [...direct, ...groupIds];
  }

  // ---- securables and role assignments ----

  public hasUniqueAssignments(scope: Scope): boolean {
    if (scope.kind === 'web') return true;
    return this.db.prepare('SELECT 1 FROM unique_scopes WHERE site = ? AND scope = ?').get(this.site, scopeKey(scope)) !== undefined;
  }

  /** The securable whose role assignments apply to `scope` (itself when unique, else the nearest parent that is). */
  public governing(scope: Scope): Scope {
    let current: Scope | undefined = scope;
    while (current && !this.hasUniqueAssignments(current)) current = parentOf(current);
    return current ?? { kind: 'web' };
  }

  public assignments(scope: Scope): RoleAssignmentRecord[] {
    const rows = this.db
      .prepare('SELECT principal_id, role_def_id FROM role_assignments WHERE site = ? AND scope = ? ORDER BY principal_id, role_def_id')
      .all(this.site, scopeKey(this.governing(scope))) as { principal_id: number; role_def_id: number }[];
    const byPrincipal = new Map<number, number[]>();
    for (const row of rows) byPrincipal.set(row.principal_id, [...(byPrincipal.get(row.principal_id) ?? []), row.role_def_id]);
    return [...byPrincipal].map(([principalId, roleDefIds]) => ({ principalId, roleDefIds }));
  }

  /** Binds a role to a principal on a securable that has unique role assignments. */
  public addAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO role_assignments(site, scope, principal_id, role_def_id) VALUES (?, ?, ?, ?)').run(this.site, scopeKey(scope), principalId, roleDefId);
  }

  public removeAssignment(scope: Scope, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) this.db.prepare('DELETE FROM role_assignments WHERE site = ? AND scope = ? AND principal_id = ?').run(this.site, scopeKey(scope), principalId);
    else this.db.prepare('DELETE FROM role_assignments WHERE site = ? AND scope = ? AND principal_id = ? AND role_def_id = ?').run(this.site, scopeKey(scope), principalId, roleDefId);
  }

  /**
   * breakRoleInheritance(copyRoleAssignments, clearSubscopes): the securable gets its own assignments — a copy
   * of its parent's, or none but the caller's Full Control (SharePoint keeps the user who broke inheritance in
   * control when nothing is copied) — and with `clearSubscopes` its children inherit from it again.
   */
  public breakInheritance(scope: Scope, copy: boolean, clearSubscopes: boolean, callerId: number): void {
    if (scope.kind === 'web') return;
    if (!this.hasUniqueAssignments(scope)) {
      const inherited = this.assignments(scope);
      this.db.prepare('INSERT OR IGNORE INTO unique_scopes(site, scope) VALUES (?, ?)').run(this.site, scopeKey(scope));
      if (copy) for (const a of inherited) for (const r of a.roleDefIds) this.addAssignment(scope, a.principalId, r);
      else if (!this.principal(callerId)?.isSiteAdmin) this.addAssignment(scope, callerId, 1073741829);
    }
    if (clearSubscopes && scope.kind === 'list') this.resetChildren(scope.listNum);
  }

  /** resetRoleInheritance: the securable inherits again; its own assignments are dropped. */
  public resetInheritance(scope: Scope): void {
    if (scope.kind === 'web') return;
    this.db.prepare('DELETE FROM unique_scopes WHERE site = ? AND scope = ?').run(this.site, scopeKey(scope));
    this.db.prepare('DELETE FROM role_assignments WHERE site = ? AND scope = ?').run(this.site, scopeKey(scope));
  }

  private resetChildren(listNum: number): void {
    this.db.prepare("DELETE FROM unique_scopes WHERE site = ? AND scope LIKE ?").run(this.site, `item:${listNum}:%`);
    this.db.prepare("DELETE FROM role_assignments WHERE site = ? AND scope LIKE ?").run(this.site, `item:${listNum}:%`);
  }

  /** Forgets a deleted list's or item's securables. */
  public forget(scope: Scope): void {
    this.resetInheritance(scope);
    if (scope.kind === 'list') this.resetChildren(scope.listNum);
  }

  /** Item ids of a list that have their own role assignments. */
  public uniqueItemIds(listNum: number): number[] {
    return (this.db.prepare('SELECT scope FROM unique_scopes WHERE site = ? AND scope LIKE ?').all(this.site, `item:${listNum}:%`) as { scope: string }[]).map((r) => Number(r.scope.split(':')[2]));
  }

  // ---- effective permissions ----

  public isSiteAdmin(userId: number): boolean {
    return this.principal(userId)?.isSiteAdmin === true;
  }

  /** The effective base permissions of a site user on a securable. */
  public effectiveMask(userId: number, scope: Scope): bigint {
    if (this.isSiteAdmin(userId)) return FULL_MASK;
    const ids = new Set(this.identities(userId));
    let mask = 0n;
    for (const a of this.assignments(scope)) {
      if (!ids.has(a.principalId)) continue;
      for (const r of a.roleDefIds) mask |= roleById(r)?.mask ?? 0n;
    }
    return mask;
  }

  public effectiveMaskOf(principal: Principal, scope: Scope): bigint {
    return this.effectiveMask(principal.siteUserId, scope);
  }

  /** The site's associated groups (by the ids recorded at seed). */
  public associatedGroup(role: 'owner' | 'member' | 'visitor'): PrincipalRecord | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`associated:${this.site.toLowerCase()}:${role}`) as { value: string } | undefined;
    return row ? this.principal(Number(row.value)) : undefined;
  }
}
