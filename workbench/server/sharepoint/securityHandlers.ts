import type { ApiResponse } from '../http/ApiExchange';
import { findPerson } from '../graph/demoPeople';
import { selectProperties } from './entitySelection';
import { parseJsonBody } from './itemWrites';
import type { ListRecord } from './ListRepository';
import { collectionBody, complexBody, entityBody, ODataEntity, ODataEntitySet } from './odataShape';
import { basePermissionsOf, hasPermission, hasWebPermission, requirePermission, WEB_SCOPE } from './permissions';
import type { PermissionKindName } from './security/basePermissions';
import { highLow, ROLE_DEFINITIONS, roleById, roleByName, roleByType, type RoleDefinition } from './security/basePermissions';
import type { PrincipalRecord, Scope } from './security/SiteSecurity';
import { membershipLogin } from './security/SiteSecurity';
import type { SpContext } from './SpContext';
import { spJson } from './SpContext';
import { SpError, spErrors } from './SpError';
import type { PathSegment } from './spPath';
import { integerArgument, stringArgument } from './spPath';
import { getStorageEntity, refuseStorageEntityWrite } from './storageEntities';

/**
 * Users, groups, role definitions and role assignments over REST ("Users, groups, and roles REST API
 * reference", https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference;
 * "Set custom permissions on a SharePoint list by using the REST interface",
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface).
 */

type Handler = (ctx: SpContext) => ApiResponse;

function byMethod(ctx: SpContext, resource: string, handlers: Partial<Record<string, Handler>>): ApiResponse {
  const method = ctx.request.method === 'HEAD' ? 'GET' : ctx.request.method;
  const handler = handlers[method] ?? (method === 'PATCH' ? handlers.MERGE : undefined);
  if (!handler) throw spErrors.methodNotAllowed(ctx.request.method, resource);
  return handler(ctx);
}

/** `name=value` pairs of a method call; `@alias` values come from the query string (`?@u='…'`). */
export function namedArguments(segment: PathSegment, query: URLSearchParams): Map<string, string> {
  const args = new Map<string, string>();
  const text = segment.argument ?? '';
  let current = '';
  let quoted = false;
  const parts: string[] = [];
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  parts.forEach((part, index) => {
    const eq = part.indexOf('=');
    const name = eq >= 0 ? part.slice(0, eq).trim().toLowerCase() : String(index);
    let value = (eq >= 0 ? part.slice(eq + 1) : part).trim();
    if (value.startsWith('@')) value = query.get(value) ?? '';
    args.set(name, value.replace(/^'([\s\S]*)'$/, '$1').replace(/''/g, "'"));
  });
  return args;
}

function nullAnswer(ctx: SpContext, operation: string): ApiResponse {
  return spJson(ctx.shape, 200, ctx.shape === 'verbose' ? { d: { [operation]: null } } : { 'odata.null': true });
}

function boolAnswer(ctx: SpContext, name: string, value: boolean): ApiResponse {
  return spJson(ctx.shape, 200, ctx.shape === 'verbose' ? { d: { [name]: value } } : ctx.shape === 'minimalmetadata' ? { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Boolean`, value } : { value });
}

// ---- entities ----

export function userEntity(ctx: SpContext, p: PrincipalRecord): ODataEntity {
  const path = `Web/GetUserById(${p.id})`;
  const person = p.principalType === 1 ? findPerson(p.email) : undefined;
  return new ODataEntity(
    { type: 'SP.User', id: `${ctx.siteUrl}/_api/${path}`, uri: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      Id: p.id,
      IsHiddenInUI: false,
      LoginName: p.loginName,
      Title: p.title,
      PrincipalType: p.principalType,
      Email: p.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: p.isSiteAdmin,
      UserId: person ? { NameId: person.id.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' } : null,
      UserPrincipalName: person ? person.userPrincipalName : null
    }
  );
}

export function groupEntity(ctx: SpContext, g: PrincipalRecord): ODataEntity {
  const path = `Web/SiteGroups/GetById(${g.id})`;
  const owner = g.ownerId !== null ? ctx.security.principal(g.ownerId) : undefined;
  return new ODataEntity(
    { type: 'SP.Group', id: `${ctx.siteUrl}/_api/${path}`, uri: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.loginName,
      Title: g.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: owner?.title ?? '',
      RequestToJoinLeaveEmailSetting: null
    }
  );
}

function principalEntity(ctx: SpContext, p: PrincipalRecord): ODataEntity {
  return p.principalType === 8 ? groupEntity(ctx, p) : userEntity(ctx, p);
}

function roleEntity(ctx: SpContext, r: RoleDefinition): ODataEntity {
  const path = `Web/RoleDefinitions(${r.id})`;
  return new ODataEntity(
    { type: 'SP.RoleDefinition', id: `${ctx.siteUrl}/_api/${path}`, uri: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    { BasePermissions: basePermissionsOf(r.mask), Description: r.description, Hidden: r.hidden, Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind }
  );
}

function scopePath(scope: Scope, ctx: SpContext): string {
  if (scope.kind === 'web') return 'Web';
  const list = ctx.lists.byNum(scope.listNum) as ListRecord;
  return scope.kind === 'list' ? `Web/Lists(guid'${list.id}')` : `Web/Lists(guid'${list.id}')/Items(${scope.itemId})`;
}

function expanded(ctx: SpContext): Set<string> {
  return new Set((ctx.request.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}

function assignmentEntity(ctx: SpContext, scope: Scope, principalId: number, roleDefIds: number[]): ODataEntity {
  const path = `${scopePath(scope, ctx)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const props: Record<string, unknown> = { PrincipalId: principalId };
  const expand = expanded(ctx);
  const member = ctx.security.principal(principalId);
  if (expand.has('member') && member) props.Member = principalEntity(ctx, member);
  if (expand.has('roledefinitionbindings')) {
    props.RoleDefinitionBindings = new ODataEntitySet(roleDefIds.map((id) => roleById(id)).filter((r): r is RoleDefinition => !!r).map((r) => roleEntity(ctx, r)));
  }
  return new ODataEntity({ type: 'SP.RoleAssignment', id: `${ctx.siteUrl}/_api/${path}`, uri: `${ctx.siteUrl}/_api/${path}`, editLink: path }, props);
}

// ---- guards ----

function require(ctx: SpContext, scope: Scope, kind: PermissionKindName): void {
  requirePermission(ctx, scope, kind);
}

function principalOr404(ctx: SpContext, id: number): PrincipalRecord {
  const p = ctx.security.principal(id);
  if (!p) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + id + '.');
  return p;
}

function groupOr404(ctx: SpContext, p: PrincipalRecord | undefined, name: string): PrincipalRecord {
  if (!p || p.principalType !== 8) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `Group cannot be found.${name ? '' : ''}`);
  return p;
}

function roleOr404(r: RoleDefinition | undefined): RoleDefinition {
  if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
  return r;
}

/** Changing a group's members: ManagePermissions on the site, or being (in) the group's owner. */
function requireGroupManager(ctx: SpContext, group: PrincipalRecord): void {
  if (hasWebPermission(ctx, 'ManagePermissions')) return;
  const me = ctx.principal.siteUserId;
  if (group.ownerId === me) return;
  if (group.ownerId !== null && ctx.security.members(group.ownerId).some((m) => m.id === me)) return;
  throw spErrors.accessDenied();
}

// ---- role assignments and inheritance (web, list, item) ----

function routeRoleAssignments(ctx: SpContext, scope: Scope, rest: PathSegment[]): ApiResponse | undefined {
  const [first, second, third] = rest;
  if (first?.name !== 'roleassignments') return undefined;
  if (!second) {
    return byMethod(ctx, 'RoleAssignments', {
      GET: (c) => {
        require(c, scope, 'EnumeratePermissions');
        const entities = c.security.assignments(scope).map((a) => assignmentEntity(c, scope, a.principalId, a.roleDefIds));
        return spJson(c.shape, 200, collectionBody(c.shape, c.siteUrl, 'SP.ApiData.RoleAssignments', entities));
      }
    });
  }
  if (third) throw spErrors.resourceNotFound(third.raw);
  if (second.name === 'getbyprincipalid') {
    const id = integerArgument(second);
    return byMethod(ctx, 'RoleAssignment', {
      GET: (c) => {
        require(c, scope, 'EnumeratePermissions');
        const a = c.security.assignments(scope).find((x) => x.principalId === id);
        if (!a) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + id + '.');
        return spJson(c.shape, 200, entityBody(c.shape, c.siteUrl, 'SP.ApiData.RoleAssignments', assignmentEntity(c, scope, a.principalId, a.roleDefIds)));
      }
    });
  }
  if (second.name === 'addroleassignment' || second.name === 'removeroleassignment') {
    const args = namedArguments(second, ctx.request.query);
    return byMethod(ctx, second.raw, {
      POST: (c) => {
        require(c, scope, 'ManagePermissions');
        if (!c.security.hasUniqueAssignments(scope)) {
          throw spErrors.badRequest('This operation is not allowed on an object that inherits permissions.');
        }
        const principal = principalOr404(c, Number(args.get('principalid')));
        const role = roleOr404(roleById(Number(args.get('roledefid'))));
        if (second.name === 'addroleassignment') {
          c.security.addAssignment(scope, principal.id, role.id);
          // SharePoint gives a principal granted access below the site Limited Access on the site.
          if (scope.kind !== 'web' && !c.security.assignments(WEB_SCOPE).some((a) => a.principalId === principal.id)) {
            c.security.addAssignment(WEB_SCOPE, principal.id, 1073741825);
          }
        } else c.security.removeAssignment(scope, principal.id, role.id);
        return nullAnswer(c, second.name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
      }
    });
  }
  throw spErrors.resourceNotFound(second.raw);
}

function userOfLogin(ctx: SpContext, login: string): PrincipalRecord | undefined {
  return ctx.security.principalByLogin(login) ?? ctx.security.principalByLogin(membershipLogin(login.replace(/^i:0#\.f\|membership\|/i, '')));
}

/** `getusereffectivepermissions(@u)`: anyone may ask about themselves; about others needs EnumeratePermissions. */
function userEffectivePermissions(ctx: SpContext, scope: Scope, segment: PathSegment): ApiResponse {
  const args = namedArguments(segment, ctx.request.query);
  const login = args.get('0') ?? args.get('username') ?? '';
  const user = userOfLogin(ctx, login);
  const self = user?.id === ctx.principal.siteUserId;
  if (!self) require(ctx, scope, 'EnumeratePermissions');
  const mask = user ? ctx.security.effectiveMask(user.id, scope) : 0n;
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'Edm.SP.BasePermissions', 'GetUserEffectivePermissions', basePermissionsOf(mask)));
}

/** Routes on a list or an item: role assignments, inheritance, effective permissions of a user. */
export function routeSecurity(ctx: SpContext, scope: Scope, rest: PathSegment[], _list: ListRecord): ApiResponse | undefined {
  const [first, second] = rest;
  if (!first) return undefined;
  const assignments = routeRoleAssignments(ctx, scope, rest);
  if (assignments) return assignments;
  if (second) return undefined;
  if (first.name === 'hasuniqueroleassignments') return byMethod(ctx, 'HasUniqueRoleAssignments', { GET: (c) => boolAnswer(c, 'HasUniqueRoleAssignments', c.security.hasUniqueAssignments(scope)) });
  if (first.name === 'breakroleinheritance') {
    const args = namedArguments(first, ctx.request.query);
    return byMethod(ctx, 'BreakRoleInheritance', {
      POST: (c) => {
        require(c, scope, 'ManagePermissions');
        c.security.breakInheritance(scope, args.get('copyroleassignments') !== 'false', args.get('clearsubscopes') === 'true', c.principal.siteUserId);
        return nullAnswer(c, 'BreakRoleInheritance');
      }
    });
  }
  if (first.name === 'resetroleinheritance') {
    return byMethod(ctx, 'ResetRoleInheritance', {
      POST: (c) => {
        require(c, scope, 'ManagePermissions');
        c.security.resetInheritance(scope);
        return nullAnswer(c, 'ResetRoleInheritance');
      }
    });
  }
  if (first.name === 'getusereffectivepermissions') return byMethod(ctx, 'GetUserEffectivePermissions', { GET: (c) => userEffectivePermissions(c, scope, first) });
  return undefined;
}

// ---- web-level: groups, users, role definitions, storage entities ----

function groupsAnswer(ctx: SpContext, groups: PrincipalRecord[]): ApiResponse {
  const entities = groups.map((g) => selectProperties(groupEntity(ctx, g), ctx.request.query));
  return spJson(ctx.shape, 200, collectionBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Groups', entities));
}

function groupAnswer(ctx: SpContext, group: PrincipalRecord, status = 200): ApiResponse {
  return spJson(ctx.shape, status, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Groups', selectProperties(groupEntity(ctx, group), ctx.request.query)));
}

function usersAnswer(ctx: SpContext, users: PrincipalRecord[]): ApiResponse {
  const entities = users.map((u) => selectProperties(userEntity(ctx, u), ctx.request.query));
  return spJson(ctx.shape, 200, collectionBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Users', entities));
}

function userAnswer(ctx: SpContext, user: PrincipalRecord): ApiResponse {
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Users', selectProperties(userEntity(ctx, user), ctx.request.query)));
}

/** The user a login name or a mail names: an existing site user, or a directory person added to the site. */
function ensureUser(ctx: SpContext, logonName: string): PrincipalRecord {
  const existing = userOfLogin(ctx, logonName);
  if (existing) return existing;
  const person = findPerson(logonName.replace(/^i:0#\.f\|membership\|/i, ''));
  if (!person) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  return ctx.security.addPrincipal({ principalType: 1, loginName: membershipLogin(person.userPrincipalName), title: person.displayName, email: person.mail });
}

/** `…/users` of a group: GET members; POST `{ LoginName }` adds one. */
function routeGroupUsers(ctx: SpContext, group: PrincipalRecord, rest: PathSegment[]): ApiResponse {
  const [first, second] = rest;
  if (first.name !== 'users') throw spErrors.resourceNotFound(first.raw);
  if (!second) {
    return byMethod(ctx, 'Users', {
      GET: (c) => {
        require(c, WEB_SCOPE, 'BrowseUserInfo');
        return usersAnswer(c, c.security.members(group.id));
      },
      POST: (c) => {
        requireGroupManager(c, group);
        const body = parseJsonBody(c.request.body);
        const login = typeof body.LoginName === 'string' ? body.LoginName : '';
        if (!login) throw spErrors.badRequest('The LoginName of the user is required.');
        const user = ensureUser(c, login);
        c.security.addMember(group.id, user.id);
        return spJson(c.shape, 201, entityBody(c.shape, c.siteUrl, 'SP.ApiData.Users', userEntity(c, user)));
      }
    });
  }
  if (second.name === 'removebyid' || second.name === 'getbyid') {
    const id = integerArgument(second);
    return byMethod(ctx, second.raw, {
      GET: (c) => {
        const user = c.security.members(group.id).find((m) => m.id === id);
        if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
        return userAnswer(c, user);
      },
      POST: (c) => {
        requireGroupManager(c, group);
        c.security.removeMember(group.id, id);
        return nullAnswer(c, 'RemoveById');
      },
      DELETE: (c) => {
        requireGroupManager(c, group);
        c.security.removeMember(group.id, id);
        return { status: 200, headers: {} };
      }
    });
  }
  throw spErrors.resourceNotFound(second.raw);
}

function routeGroup(ctx: SpContext, group: PrincipalRecord, rest: PathSegment[]): ApiResponse {
  if (rest.length === 0) {
    return byMethod(ctx, group.title, {
      GET: (c) => groupAnswer(c, group),
      MERGE: (c) => {
        requireGroupManager(c, group);
        const body = parseJsonBody(c.request.body);
        c.security.updateGroup(group.id, { title: typeof body.Title === 'string' ? body.Title : undefined, description: typeof body.Description === 'string' ? body.Description : undefined });
        return { status: 204, headers: {} };
      }
    });
  }
  return routeGroupUsers(ctx, group, rest);
}

function routeSiteGroups(ctx: SpContext, rest: PathSegment[]): ApiResponse {
  const [first, second] = rest;
  if (first.argument !== undefined) return routeGroup(ctx, groupOr404(ctx, ctx.security.principal(integerArgument(first)), ''), rest.slice(1));
  if (!second) {
    return byMethod(ctx, 'SiteGroups', {
      GET: (c) => groupsAnswer(c, c.security.groups()),
      POST: (c) => {
        require(c, WEB_SCOPE, 'CreateGroups');
        const body = parseJsonBody(c.request.body);
        const title = typeof body.Title === 'string' ? body.Title.trim() : '';
        if (!title) throw spErrors.badRequest('The group needs a Title.');
        if (c.security.principalByLogin(title)) {
          throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
        }
        const owners = c.security.associatedGroup('owner');
        const group = c.security.addPrincipal({
          principalType: 8,
          loginName: title,
          title,
          description: typeof body.Description === 'string' ? body.Description : '',
          ownerId: owners?.id ?? c.principal.siteUserId
        });
        return groupAnswer(c, group, 201);
      }
    });
  }
  if (second.name === 'getbyname') return routeGroup(ctx, groupOr404(ctx, ctx.security.groupByName(stringArgument(second)), ''), rest.slice(2));
  if (second.name === 'getbyid') return routeGroup(ctx, groupOr404(ctx, ctx.security.principal(integerArgument(second)), ''), rest.slice(2));
  if (second.name === 'removebyid' || second.name === 'removebyloginname') {
    return byMethod(ctx, second.raw, {
      POST: (c) => {
        require(c, WEB_SCOPE, 'ManagePermissions');
        const group = second.name === 'removebyid' ? c.security.principal(integerArgument(second)) : c.security.groupByName(stringArgument(second));
        c.security.deletePrincipal(groupOr404(c, group, '').id);
        return nullAnswer(c, 'RemoveById');
      }
    });
  }
  throw spErrors.resourceNotFound(second.raw);
}

function routeRoleDefinitions(ctx: SpContext, rest: PathSegment[]): ApiResponse {
  const [first, second, third] = rest;
  if (third) throw spErrors.resourceNotFound(third.raw);
  const one = (r: RoleDefinition | undefined): ApiResponse =>
    byMethod(ctx, 'RoleDefinition', { GET: (c) => spJson(c.shape, 200, entityBody(c.shape, c.siteUrl, 'SP.ApiData.RoleDefinitions', selectProperties(roleEntity(c, roleOr404(r)), c.request.query))) });
  if (first.argument !== undefined) return one(roleById(integerArgument(first)));
  if (!second) {
    return byMethod(ctx, 'RoleDefinitions', {
      GET: (c) => spJson(c.shape, 200, collectionBody(c.shape, c.siteUrl, 'SP.ApiData.RoleDefinitions', ROLE_DEFINITIONS.map((r) => selectProperties(roleEntity(c, r), c.request.query))))
    });
  }
  if (second.name === 'getbyname') return one(roleByName(stringArgument(second)));
  if (second.name === 'getbyid') return one(roleById(integerArgument(second)));
  if (second.name === 'getbytype') return one(roleByType(integerArgument(second)));
  throw spErrors.resourceNotFound(second.raw);
}

/** Routes under `_api/web/` that are about security (and tenant properties); undefined when not one of them. */
export function routeWebSecurity(ctx: SpContext, rest: PathSegment[]): ApiResponse | undefined {
  const [first, second] = rest;
  if (!first) return undefined;
  const assignments = routeRoleAssignments(ctx, WEB_SCOPE, rest);
  if (assignments) return assignments;
  switch (first.name) {
    case 'roledefinitions':
      return routeRoleDefinitions(ctx, rest);
    case 'sitegroups':
      return routeSiteGroups(ctx, rest);
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup': {
      const role = first.name === 'associatedownergroup' ? 'owner' : first.name === 'associatedmembergroup' ? 'member' : 'visitor';
      const group = ctx.security.associatedGroup(role);
      if (!group) return nullAnswer(ctx, first.raw);
      return routeGroup(ctx, group, rest.slice(1));
    }
    case 'siteusers': {
      if (!second) return byMethod(ctx, 'SiteUsers', { GET: (c) => usersAnswer(c, c.security.users()) });
      if (second.name === 'getbyid' && rest.length === 2) {
        const user = principalOr404(ctx, integerArgument(second));
        return byMethod(ctx, 'User', { GET: (c) => userAnswer(c, user) });
      }
      return undefined;
    }
    case 'getuserbyid': {
      if (second) return undefined;
      const user = ctx.security.principal(integerArgument(first));
      if (!user || user.principalType === 8) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
      return byMethod(ctx, 'GetUserById', { GET: (c) => userAnswer(c, user) });
    }
    case 'currentuser': {
      if (second?.name === 'groups' && rest.length === 2) {
        return byMethod(ctx, 'Groups', { GET: (c) => groupsAnswer(c, c.security.groupsOf(c.principal.siteUserId)) });
      }
      return undefined;
    }
    case 'ensureuser': {
      if (second) return undefined;
      return byMethod(ctx, 'EnsureUser', {
        POST: (c) => {
          require(c, WEB_SCOPE, 'BrowseUserInfo');
          const body = parseJsonBody(c.request.body);
          const args = namedArguments(first, c.request.query);
          const logon = typeof body.logonName === 'string' ? body.logonName : (args.get('0') ?? args.get('logonname') ?? '');
          if (!logon) throw spErrors.badRequest('The logonName is required.');
          return userAnswer(c, ensureUser(c, logon));
        }
      });
    }
    case 'getusereffectivepermissions':
      if (second) return undefined;
      return byMethod(ctx, 'GetUserEffectivePermissions', { GET: (c) => userEffectivePermissions(c, WEB_SCOPE, first) });
    case 'hasuniqueroleassignments':
      return byMethod(ctx, 'HasUniqueRoleAssignments', { GET: (c) => boolAnswer(c, 'HasUniqueRoleAssignments', true) });
    case 'getstorageentity':
      if (second) return undefined;
      return byMethod(ctx, 'GetStorageEntity', { GET: (c) => getStorageEntity(c, stringArgument(first)) });
    case 'setstorageentity':
    case 'removestorageentity':
      if (second) return undefined;
      return byMethod(ctx, first.raw, { POST: (c) => refuseStorageEntityWrite(c) });
    default:
      return undefined;
  }
}

/** `{ High, Low }` of the signed-in user on the web, for callers that want a plain object. */
export function webHighLow(ctx: SpContext): { High: string; Low: string } {
  return highLow(ctx.security.effectiveMaskOf(ctx.principal, WEB_SCOPE));
}

/** Whether the user may manage permissions on a scope (exported for tests and other handlers). */
export function canManagePermissions(ctx: SpContext, scope: Scope): boolean {
  return hasPermission(ctx, scope, 'ManagePermissions');
}
