import type { DatabaseSync } from 'node:sqlite';
import type { FaultInjector } from '../faults/FaultInjector';
import type { ApiDispatcher, ApiRequest, ApiResponse } from '../http/ApiExchange';
import type { RequestLog } from '../logging/RequestLog';
import { getMe, getUser, listUsers } from './directory';
import { calendarView, createEvent, deleteEvent, getEvent, listEvents, requireSelf } from './eventHandlers';
import { getSchedule } from './getSchedule';
import { routeDirectoryGrants } from './servicePrincipals';
import { checkGraphScopes, type GraphOperation } from '../auth/scopes';
import type { GraphContext } from './GraphContext';
import { GRAPH_PATH, graphJson } from './GraphContext';
import { GraphError, graphErrorResponse, graphErrors } from './GraphError';

export interface GraphApiOptions {
  db: DatabaseSync;
  faults: FaultInjector;
  log?: RequestLog;
}

export const MAX_BATCH_REQUESTS = 20;

type Handler = (ctx: GraphContext) => ApiResponse;

function byMethod(ctx: GraphContext, handlers: Partial<Record<string, Handler>>): ApiResponse {
  const handler = handlers[ctx.request.method];
  if (!handler) throw graphErrors.methodNotAllowed();
  return handler(ctx);
}

/** Graph refuses a call whose token holds none of the delegated permissions the operation's page lists. */
function requireScope(ctx: GraphContext, operation: GraphOperation): void {
  const refusal = checkGraphScopes(ctx.principal.scopes, operation);
  if (refusal) throw new GraphError(refusal.status, refusal.code, refusal.message);
}

function route(ctx: GraphContext): ApiResponse {
  const raw = ctx.request.path.split('/').filter((s) => s !== '');
  const segments = raw.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw graphErrors.segmentNotFound(s);
    }
  });
  const lower = segments.map((s) => s.toLowerCase());
  if (lower.length === 0) throw graphErrors.segmentNotFound('');
  const directoryGrants = routeDirectoryGrants(ctx, segments);
  if (directoryGrants) return directoryGrants;
  let userId: string | undefined;
  let rest: string[];
  if (lower[0] === 'me') rest = lower.slice(1);
  else if (lower[0] === 'users') {
    userId = segments[1];
    rest = lower.slice(2);
    if (rest.length === 0) requireScope(ctx, 'readUsers');
    if (lower.length === 1) return byMethod(ctx, { GET: listUsers });
    if (rest.length === 0) return byMethod(ctx, { GET: (c) => getUser(c, userId as string) });
  } else throw graphErrors.segmentNotFound(segments[0]);
  if (rest.length === 0) {
    requireScope(ctx, 'me');
    return byMethod(ctx, { GET: getMe });
  }
  const originals = segments.slice(segments.length - rest.length);
  // me/calendar/events and me/calendar/calendarView are the same as me/events and me/calendarView.
  const path = rest[0] === 'calendar' && rest.length > 1 ? rest.slice(1) : rest;
  const pathOriginals = rest[0] === 'calendar' && rest.length > 1 ? originals.slice(1) : originals;
  const listPath = ctx.request.path.split('?')[0];
  if (rest[0] === 'calendar' && path[0] === 'getschedule' && path.length === 1) {
    requireScope(ctx, 'getSchedule');
    return byMethod(ctx, { POST: getSchedule });
  }
  if (path[0] === 'events') {
    requireSelf(ctx, userId);
    requireScope(ctx, ctx.request.method === 'GET' ? 'readOwnEvents' : 'createEvent');
    if (path.length === 1) return byMethod(ctx, { GET: (c) => listEvents(c, listPath), POST: createEvent });
    if (path.length === 2) {
      const eventId = pathOriginals[1];
      return byMethod(ctx, { GET: (c) => getEvent(c, eventId), DELETE: (c) => deleteEvent(c, eventId) });
    }
  }
  if (path[0] === 'calendarview' && path.length === 1) {
    requireSelf(ctx, userId);
    requireScope(ctx, 'readOwnEvents');
    return byMethod(ctx, { GET: (c) => calendarView(c, listPath) });
  }
  throw graphErrors.segmentNotFound(pathOriginals[0] ?? rest[0]);
}

interface BatchRequestStep {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Microsoft Graph stand-in under `/graph/v1.0/`: directory (me, users), free/busy (getSchedule), events
 * and calendar view, and the JSON `$batch`, whose requests each pass the fault switch on their own (so one
 * inner request can get 429 with its own Retry-After while the others succeed).
 */
export function createGraphApi(options: GraphApiOptions): ApiDispatcher {
  const dispatch: ApiDispatcher = async (request: ApiRequest): Promise<ApiResponse> => {
    const clientRequestId = request.headers['client-request-id'];
    try {
      if (!request.principal) throw graphErrors.notSignedIn(request.authProblem ?? 'missing');
      const ctx: GraphContext = { db: options.db, request, principal: request.principal, root: `${request.origin}${GRAPH_PATH}`, origin: request.origin };
      if (/^\/?\$batch$/i.test(request.path)) {
        if (request.method !== 'POST') throw graphErrors.methodNotAllowed();
        return await runBatch(ctx);
      }
      return route(ctx);
    } catch (e) {
      if (e instanceof GraphError) return graphErrorResponse(e, clientRequestId);
      throw e;
    }
  };

  async function runBatch(ctx: GraphContext): Promise<ApiResponse> {
    let parsed: { requests?: unknown };
    try {
      parsed = JSON.parse(ctx.request.body || '{}') as { requests?: unknown };
    } catch {
      throw graphErrors.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    }
    const steps = parsed.requests;
    if (!Array.isArray(steps) || steps.length === 0) throw graphErrors.badRequest('Invalid batch payload format.');
    if (steps.length > MAX_BATCH_REQUESTS) throw graphErrors.badRequest(`Number of batch requests exceeds the maximum of ${MAX_BATCH_REQUESTS}.`, 'BadRequest');
    const ids = new Set<string>();
    for (const step of steps as BatchRequestStep[]) {
      if (!step || typeof step.id !== 'string' || typeof step.method !== 'string' || typeof step.url !== 'string') {
        throw graphErrors.badRequest('Each batch request needs an id, a method and a url.');
      }
      if (ids.has(step.id.toLowerCase())) throw graphErrors.badRequest(`Batch request id '${step.id}' is used more than once.`);
      ids.add(step.id.toLowerCase());
    }
    for (const step of steps as BatchRequestStep[]) {
      for (const dependency of step.dependsOn ?? []) if (!ids.has(String(dependency).toLowerCase())) throw graphErrors.badRequest(`Batch request '${step.id}' depends on unknown request '${dependency}'.`);
    }
    const pending = [...(steps as BatchRequestStep[])];
    const statusById = new Map<string, number>();
    const responses: Record<string, unknown>[] = [];
    while (pending.length > 0) {
      const index = pending.findIndex((s) => (s.dependsOn ?? []).every((d) => statusById.has(String(d).toLowerCase())));
      if (index < 0) throw graphErrors.badRequest('The dependsOn of the batch requests form a cycle.');
      const [step] = pending.splice(index, 1);
      const failedDependency = (step.dependsOn ?? []).some((d) => (statusById.get(String(d).toLowerCase()) ?? 0) >= 400);
      let response: ApiResponse;
      if (failedDependency) {
        response = graphErrorResponse(new GraphError(424, 'FailedDependency', 'A request this request depends on failed.'));
      } else {
        response = await runStep(ctx, step);
      }
      statusById.set(step.id.toLowerCase(), response.status);
      const headers = { ...response.headers };
      const item: Record<string, unknown> = { id: step.id, status: response.status, headers };
      if (response.body !== undefined && response.body !== '') item.body = JSON.parse(response.body) as unknown;
      responses.push(item);
    }
    return graphJson(200, { responses });
  }

  async function runStep(ctx: GraphContext, step: BatchRequestStep): Promise<ApiResponse> {
    const decision = options.faults.decideInner();
    if (decision.delayMs > 0) await delay(decision.delayMs);
    let target = step.url.trim();
    if (/^https?:\/\//i.test(target)) target = new URL(target).pathname + new URL(target).search;
    target = target.replace(/^\/+/, '');
    if (target.toLowerCase().startsWith('graph/v1.0/')) target = target.slice('graph/v1.0/'.length);
    else if (target.toLowerCase().startsWith('v1.0/')) target = target.slice('v1.0/'.length);
    const question = target.indexOf('?');
    const path = question >= 0 ? target.slice(0, question) : target;
    const logStep = (response: ApiResponse): ApiResponse => {
      options.log?.write({ user: ctx.principal.person.userPrincipalName, method: `batch:${step.method.toUpperCase()}`, path: `${GRAPH_PATH}/${path}`, status: response.status });
      return response;
    };
    if (decision.kind === 'error') return logStep(graphErrorResponse(graphErrors.throttled(decision.status, decision.retryAfter)));
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(step.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const inner: ApiRequest = {
      method: step.method.toUpperCase(),
      path,
      fullPath: `${GRAPH_PATH}/${path}`,
      query: new URLSearchParams(question >= 0 ? target.slice(question + 1) : ''),
      headers,
      body: step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body),
      origin: ctx.request.origin,
      principal: ctx.request.principal,
      inBatch: true
    };
    return logStep(await dispatch(inner));
  }

  return dispatch;
}
