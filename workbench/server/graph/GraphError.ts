import { randomUUID } from 'node:crypto';
import type { ApiResponse } from '../http/ApiExchange';

/** An error Microsoft Graph would answer with: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export class GraphError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

export function graphErrorResponse(error: GraphError, clientRequestId?: string): ApiResponse {
  const requestId = randomUUID();
  const body = {
    error: {
      code: error.code,
      message: error.message,
      innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId }
    }
  };
  return {
    status: error.status,
    headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'application/json', 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId, ...error.headers },
    body: JSON.stringify(body)
  };
}

export const graphErrors = {
  notSignedIn: (problem: 'missing' | 'invalid'): GraphError =>
    new GraphError(401, 'InvalidAuthenticationToken', problem === 'missing' ? 'Access token is empty.' : 'Access token validation failure. Invalid audience.'),
  badRequest: (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message),
  segmentNotFound: (segment: string): GraphError => new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  userNotFound: (id: string): GraphError =>
    new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  itemNotFound: (): GraphError => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  accessDenied: (): GraphError => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  methodNotAllowed: (): GraphError => new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  unsupportedQuery: (message = 'Unsupported Query.'): GraphError => new GraphError(400, 'Request_UnsupportedQuery', message),
  timeZone: (zone: string): GraphError =>
    new GraphError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`),
  throttled: (status: number, retryAfter: number): GraphError =>
    status === 429
      ? new GraphError(429, 'TooManyRequests', 'Too many requests. Retry after the time given in the Retry-After header.', { 'Retry-After': String(retryAfter) })
      : new GraphError(status, status === 503 ? 'ServiceUnavailable' : 'UnknownError', 'The service is temporarily unavailable. Retry after the time given in the Retry-After header.', {
          'Retry-After': String(retryAfter)
        })
};
