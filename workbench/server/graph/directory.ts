import type { ApiResponse } from '../http/ApiExchange';
import { evaluateFilter } from '../odata/evaluateFilter';
import type { FilterNode, Operand } from '../odata/FilterExpression';
import { FilterSyntaxError, parseFilter } from '../odata/parseFilter';
import type { DemoPerson } from './demoPeople';
import { DEMO_PEOPLE, findPerson } from './demoPeople';
import type { GraphContext } from './GraphContext';
import { graphJson, selectGraphProperties } from './GraphContext';
import { GraphError, graphErrors } from './GraphError';

/** What Graph returns for a user when no $select is given (v1.0's default set; `department` needs $select). */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
const FILTERABLE = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation'];
const DEFAULT_TOP = 100;
const MAX_TOP = 999;

/**
 * The basic profile, all that User.ReadBasic.All gives of other people: "The basic profile includes only the
 * following properties: displayName, givenName, mail, photo, surname, userPrincipalName" (plus id) —
 * "Microsoft Graph permissions reference" (https://learn.microsoft.com/graph/permissions-reference#userreadbasicall)
 * and the user resource type; microsoft-graph-toolkit #2624 lists the same set.
 */
export const BASIC_PROFILE = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];

/** Delegated permissions that read every property of every user ("List users" permissions table). */
const FULL_PROFILE_SCOPES = ['user.read.all', 'user.readwrite.all', 'directory.read.all', 'directory.readwrite.all'];

/**
 * The token's delegated scopes. Read defensively: a principal without them (an older token shape) is treated as
 * holding only what the product's package requests, so the directory is never more open than a tenant's.
 */
function grantedScopes(ctx: GraphContext): string[] {
  const scopes = (ctx.principal as { scopes?: unknown }).scopes;
  return Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : ['User.ReadBasic.All'];
}

/** Whether the caller may read every property of other users (User.Read.All or wider). */
function readsFullProfiles(ctx: GraphContext): boolean {
  return grantedScopes(ctx).some((s) => FULL_PROFILE_SCOPES.includes(s.toLowerCase()));
}

/**
 * With User.ReadBasic.All only, a query on a property outside the basic profile is refused with 403
 * `Authorization_RequestDenied` "Insufficient privileges to complete the operation." (a filter on accountEnabled:
 * microsoft-graph-toolkit #2602; filters on userType: Yvand/EntraCP #265).
 */
function basicOnly(): GraphError {
  return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

function isBasic(property: string): boolean {
  return BASIC_PROFILE.some((p) => p.toLowerCase() === property.toLowerCase());
}

function filterProperties(node: FilterNode | Operand, into: string[] = []): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      filterProperties(node.left, into);
      filterProperties(node.right, into);
      break;
    case 'not':
      filterProperties(node.operand, into);
      break;
    case 'compare':
      filterProperties(node.left, into);
      filterProperties(node.right, into);
      break;
    case 'call':
      for (const arg of node.args) filterProperties(arg, into);
      break;
    case 'field':
      into.push(node.path);
      break;
    default:
      break;
  }
  return into;
}

/** A person as a Graph user resource, with every property the workbench knows. */
export function userResource(person: DemoPerson): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: person.displayName,
    givenName: person.givenName,
    jobTitle: person.jobTitle,
    mail: person.mail,
    mobilePhone: person.mobilePhone,
    officeLocation: person.officeLocation,
    preferredLanguage: person.preferredLanguage,
    surname: person.surname,
    userPrincipalName: person.userPrincipalName,
    id: person.id,
    department: person.department,
    companyName: 'Demo kommune',
    accountEnabled: true,
    usageLocation: 'NO'
  };
}

/**
 * A user as the caller may see them. Without User.Read.All, properties outside the basic profile come back null
 * (empty for collections) rather than with their values — also when asked for by `$select`
 * (microsoft-graph-docs #2155: "`$select=postalCode` ... return[s] `null`" without User.Read.All;
 * msgraph-sdk-dotnet #434: department and jobTitle null). The signed-in user's own profile is full:
 * User.ReadBasic.All "also allows the app to read the full profile of the signed-in user".
 */
function shapeUser(ctx: GraphContext, person: DemoPerson, select: string | null): Record<string, unknown> {
  const full = userResource(person);
  const resource = readsFullProfiles(ctx) || person.id === ctx.principal.person.id ? full : Object.fromEntries(Object.entries(full).map(([key, value]) => [key, isBasic(key) ? value : Array.isArray(value) ? [] : null]));
  if (select === null || select.trim() === '') return Object.fromEntries(DEFAULT_PROPERTIES.map((p) => [p, resource[p]]));
  return selectGraphProperties(resource, select, []);
}

function contextUrl(ctx: GraphContext, entitySet: string): string {
  const select = ctx.request.query.get('$select');
  return `${ctx.root}/$metadata#${entitySet}${select ? `(${select})` : ''}`;
}

export function getMe(ctx: GraphContext): ApiResponse {
  return graphJson(200, { '@odata.context': `${contextUrl(ctx, 'users')}/$entity`, ...shapeUser(ctx, ctx.principal.person, ctx.request.query.get('$select')) });
}

export function getUser(ctx: GraphContext, idOrUpn: string): ApiResponse {
  const person = findPerson(idOrUpn);
  if (!person) throw graphErrors.userNotFound(idOrUpn);
  return graphJson(200, { '@odata.context': `${contextUrl(ctx, 'users')}/$entity`, ...shapeUser(ctx, person, ctx.request.query.get('$select')) });
}

/** `$search="displayName:ka" OR "mail:ka"`: each clause matches a word of the property by prefix, as Graph's tokenized search does. */
function searchMatcher(search: string, fullProfiles: boolean): (person: DemoPerson) => boolean {
  const text = search.trim();
  const clauses = [...text.matchAll(/"([A-Za-z]+):([^"]*)"/g)].map((m) => ({ property: m[1], value: m[2].toLowerCase() }));
  if (clauses.length === 0) throw graphErrors.badRequest(`Syntax error: character '${text[0] ?? ''}' is not valid at position 0 in '${text}'.`, 'Request_UnsupportedQuery');
  // Searching a property the caller may not read would reveal it; Graph refuses as it refuses such a filter.
  if (!fullProfiles && clauses.some((c) => !isBasic(c.property))) throw basicOnly();
  const joinedByAnd = /"\s+AND\s+"/i.test(text);
  const matches = (person: DemoPerson, clause: { property: string; value: string }): boolean => {
    const resource = userResource(person);
    const key = Object.keys(resource).find((k) => k.toLowerCase() === clause.property.toLowerCase());
    if (!key || !['displayName', 'mail', 'userPrincipalName', 'givenName', 'surname', 'jobTitle', 'department'].includes(key)) {
      throw graphErrors.unsupportedQuery(`Unsupported or invalid search property '${clause.property}'.`);
    }
    const value = String(resource[key] ?? '').toLowerCase();
    return value.startsWith(clause.value) || value.split(/[\s.@-]+/).some((word) => word.startsWith(clause.value));
  };
  return (person) => (joinedByAnd ? clauses.every((c) => matches(person, c)) : clauses.some((c) => matches(person, c)));
}

/** GET users: `$search` (needs ConsistencyLevel: eventual), `$filter`, `$top`, `$select`, `$count`. */
export function listUsers(ctx: GraphContext): ApiResponse {
  const query = ctx.request.query;
  const eventual = (ctx.request.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  let people = [...DEMO_PEOPLE];
  const search = query.get('$search');
  if (search !== null) {
    if (!eventual) {
      throw graphErrors.badRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", 'Request_UnsupportedQuery');
    }
    people = people.filter(searchMatcher(search, readsFullProfiles(ctx)));
  }
  const filterText = query.get('$filter');
  if (filterText !== null && filterText.trim() !== '') {
    let filter: FilterNode;
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw graphErrors.badRequest(`Invalid filter clause: ${e.message}`);
      throw e;
    }
    if (!readsFullProfiles(ctx) && filterProperties(filter).some((property) => !isBasic(property))) throw basicOnly();
    people = people.filter((person) =>
      evaluateFilter(filter, (path) => {
        const key = FILTERABLE.find((p) => p.toLowerCase() === path.toLowerCase());
        if (!key) throw graphErrors.unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${path}' of resource 'User'.`);
        return userResource(person)[key];
      })
    );
  }
  if (query.get('$count') === 'true' && !eventual) throw graphErrors.badRequest('$count is only supported with the ConsistencyLevel: eventual header.', 'Request_BadRequest');
  const orderBy = query.get('$orderby');
  if (orderBy !== null) {
    const [field, direction] = orderBy.trim().split(/\s+/);
    if (field !== 'displayName' && field !== 'userPrincipalName') throw graphErrors.unsupportedQuery('Sorting is only supported on displayName and userPrincipalName.');
    const sign = direction?.toLowerCase() === 'desc' ? -1 : 1;
    people.sort((a, b) => sign * String(a[field]).localeCompare(String(b[field]), 'nb'));
  }
  const topText = query.get('$top');
  const top = topText === null ? DEFAULT_TOP : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw graphErrors.badRequest(`Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_TOP} inclusive.`, 'Request_UnsupportedQuery');
  const skipToken = query.get('$skiptoken');
  const offset = skipToken ? Number(Buffer.from(skipToken, 'base64url').toString('utf8')) || 0 : 0;
  const page = people.slice(offset, offset + top);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, 'users') };
  if (query.get('$count') === 'true') body['@odata.count'] = people.length;
  if (offset + top < people.length) {
    const next = new URLSearchParams(query);
    next.set('$skiptoken', Buffer.from(String(offset + top)).toString('base64url'));
    body['@odata.nextLink'] = `${ctx.root}/users?${next.toString()}`;
  }
  body.value = page.map((p) => shapeUser(ctx, p, query.get('$select')));
  return graphJson(200, body);
}
