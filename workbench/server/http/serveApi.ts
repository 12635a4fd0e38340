import type { Request, RequestHandler, Response } from 'express';
import type { TokenService } from '../auth/TokenService';
import type { FaultInjector } from '../faults/FaultInjector';
import type { RequestLog } from '../logging/RequestLog';
import type { ApiDispatcher, ApiRequest, ApiResponse } from './ApiExchange';

export interface ServeApiOptions {
  /** `/sites/tryggebarn/_api` or `/graph/v1.0`. */
  root: string;
  dispatch: ApiDispatcher;
  tokens: TokenService;
  faults: FaultInjector;
  log: RequestLog;
  /** SharePoint accepts the session cookie (with a digest for writes); Graph only bearer tokens. */
  allowCookie: boolean;
  /** The API's own shape for a 429/503 answer. */
  faultResponse: (request: ApiRequest, status: number, retryAfter: number) => ApiResponse;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** SharePoint tunnels MERGE/PUT/DELETE through POST with X-HTTP-Method. */
function effectiveMethod(req: Request): string {
  const tunnelled = req.get('x-http-method');
  return req.method === 'POST' && tunnelled ? tunnelled.toUpperCase() : req.method.toUpperCase();
}

function toApiRequest(req: Request, root: string): ApiRequest {
  const original = req.originalUrl;
  const question = original.indexOf('?');
  const fullPath = question >= 0 ? original.slice(0, question) : original;
  const path = fullPath.length > root.length ? fullPath.slice(root.length).replace(/^\/+/, '') : '';
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: effectiveMethod(req),
    path,
    fullPath,
    query: new URLSearchParams(question >= 0 ? original.slice(question + 1) : ''),
    headers,
    body: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '',
    origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`
  };
}

function send(res: Response, response: ApiResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (response.body === undefined) res.end();
  else res.send(Buffer.from(response.body, 'utf8'));
}

/**
 * Runs an API request through the fault switch, authentication, the dispatcher and the request log.
 * Faults are decided before the request executes: an error answer never follows an applied write.
 * A drop with phase "before" loses the request unexecuted; with phase "after" it executes, then the
 * connection is destroyed instead of answering.
 */
export function serveApi(options: ServeApiOptions): RequestHandler {
  return (req, res, next) => {
    const request = toApiRequest(req, options.root);
    const auth = options.tokens.authenticate(request.headers, options.allowCookie);
    if ('principal' in auth) request.principal = auth.principal;
    else request.authProblem = auth.problem;
    const user = request.principal?.person.userPrincipalName;
    const log = (status: number | string): void => options.log.write({ user, method: request.method, path: request.fullPath, status });
    const decision = options.faults.decide();
    const run = async (): Promise<void> => {
      if (decision.delayMs > 0) await delay(decision.delayMs);
      if (decision.kind === 'drop' && decision.phase === 'before') {
        log('dropped-before');
        req.socket.destroy();
        return;
      }
      if (decision.kind === 'error') {
        const response = options.faultResponse(request, decision.status, decision.retryAfter);
        log(response.status);
        send(res, response);
        return;
      }
      const response = await options.dispatch(request);
      if (decision.kind === 'drop') {
        log(`dropped-after:${response.status}`);
        req.socket.destroy();
        return;
      }
      log(response.status);
      send(res, response);
    };
    run().catch((error: unknown) => {
      log(500);
      next(error);
    });
  };
}
