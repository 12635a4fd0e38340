import type { Principal } from '../auth/Principal';

/**
 * One API request as the stand-ins see it, independent of Express, so a request inside a `$batch` is handled
 * by exactly the same code as one sent on its own.
 */
export interface ApiRequest {
  /** The verb to act on, upper-case, after `X-HTTP-Method` (SharePoint's POST tunnelling) is applied. */
  method: string;
  /** Path below the API root, still percent-encoded, without a leading slash: `web/lists/getByTitle('X')/items`. */
  path: string;
  /** Path from the origin, for the request log (never the query string). */
  fullPath: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: string;
  /** `http://host:port` as the client addressed us, so links point back where the client came from. */
  origin: string;
  principal?: Principal;
  authProblem?: 'missing' | 'invalid';
  /** Set for requests inside a batch: they were authorised (and digest-checked) with the batch itself. */
  inBatch?: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Absent for 204 and empty answers. */
  body?: string;
}

export type ApiDispatcher = (request: ApiRequest) => Promise<ApiResponse>;

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  424: 'Failed Dependency',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
