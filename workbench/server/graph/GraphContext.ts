import type { DatabaseSync } from 'node:sqlite';
import type { Principal } from '../auth/Principal';
import type { ApiRequest, ApiResponse } from '../http/ApiExchange';

export const GRAPH_PATH = '/graph/v1.0';

/** Everything a Graph handler needs for one request. */
export interface GraphContext {
  db: DatabaseSync;
  request: ApiRequest;
  principal: Principal;
  /** `http://host:port/graph/v1.0`: where `@odata.context` and `@odata.nextLink` point. */
  root: string;
  /** Where event webLinks point, so the page can show an event. */
  origin: string;
}

export function graphJson(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { 'Cache-Control': 'no-cache', 'OData-Version': '4.0', 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8', ...headers },
    body: JSON.stringify(body)
  };
}

/** Graph's `$select`: keeps the named properties (plus `id`, which Graph always returns for entities). */
export function selectGraphProperties(resource: Record<string, unknown>, select: string | null, always: string[] = ['id']): Record<string, unknown> {
  if (select === null || select.trim() === '') return resource;
  const wanted = select.split(',').map((s) => s.trim().toLowerCase());
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (wanted.includes(key.toLowerCase()) || always.includes(key) || key.startsWith('@odata')) out[key] = value;
  }
  return out;
}
