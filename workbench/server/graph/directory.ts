import type { ApiResponse } from '../http/ApiExchange';
import { evaluateFilter } from '../odata/evaluateFilter';
import type { FilterNode } from '../odata/FilterExpression';
import { FilterSyntaxError, parseFilter } from '../odata/parseFilter';
import type { DemoPerson } from './demoPeople';
import { DEMO_PEOPLE, findPerson } from './demoPeople';
import type { GraphContext } from './GraphContext';
import { graphJson, selectGraphProperties } from './GraphContext';
import { graphErrors } from './GraphError';

/** What Graph returns for a user when no $select is given (v1.0's default set; `department` needs $select). */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
const FILTERABLE = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation'];
const DEFAULT_TOP = 100;
const MAX_TOP = 999;

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

function shapeUser(person: DemoPerson, select: string | null): Record<string, unknown> {
  const resource = userResource(person);
  if (select === null || select.trim() === '') return Object.fromEntries(DEFAULT_PROPERTIES.map((p) => [p, resource[p]]));
  return selectGraphProperties(resource, select, []);
}

function contextUrl(ctx: GraphContext, entitySet: string): string {
  const select = ctx.request.query.get('$select');
  return `${ctx.root}/$metadata#${entitySet}${select ? `(${select})` : ''}`;
}

export function getMe(ctx: GraphContext): ApiResponse {
  return graphJson(200, { '@odata.context': `${contextUrl(ctx, 'users')}/$entity`, ...shapeUser(ctx.principal.person, ctx.request.query.get('$select')) });
}

export function getUser(ctx: GraphContext, idOrUpn: string): ApiResponse {
  const person = findPerson(idOrUpn);
  if (!person) throw graphErrors.userNotFound(idOrUpn);
  return graphJson(200, { '@odata.context': `${contextUrl(ctx, 'users')}/$entity`, ...shapeUser(person, ctx.request.query.get('$select')) });
}

/** `$search="displayName:ka" OR "mail:ka"`: each clause matches a word of the property by prefix, as Graph's tokenized search does. */
function searchMatcher(search: string): (person: DemoPerson) => boolean {
  const text = search.trim();
  const clauses = [...text.matchAll(/"([A-Za-z]+):([^"]*)"/g)].map((m) => ({ property: m[1], value: m[2].toLowerCase() }));
  if (clauses.length === 0) throw graphErrors.badRequest(`Syntax error: character '${text[0] ?? ''}' is not valid at position 0 in '${text}'.`, 'Request_UnsupportedQuery');
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
    people = people.filter(searchMatcher(search));
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
  body.value = page.map((p) => shapeUser(p, query.get('$select')));
  return graphJson(200, body);
}
