import type { Queryable } from '@pnp/queryable';
import { WriteOutcomeUnknownError } from '../ports/WriteOutcomeUnknownError';

export interface SafeRetryOptions {
  /** Further attempts after the first. */
  retries?: number;
  /** First wait when the server gives no Retry-After, doubled each time (ms). */
  interval?: number;
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

const THROTTLED = [429, 503];

/** A `$batch` is a read when every request inside it is a GET. */
function isRead(method: string, url: string, body: unknown): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  if (!/\/_api\/\$batch$/i.test(url) || typeof body !== 'string') return false;
  const verbs = body.match(/^(GET|POST|PUT|PATCH|MERGE|DELETE) https?:\/\//gim) ?? [];
  return verbs.length > 0 && verbs.every((v) => v.toUpperCase().startsWith('GET'));
}

/**
 * PnPjs send behavior for SharePoint's throttling, safe for writes. Like PnPjs's BrowserFetchWithRetry it
 * resends after 429/503 honouring Retry-After — SharePoint throttles before it executes anything, so that is
 * safe for every method. Unlike it, a dropped connection is resent only for reads; for a write it raises
 * WriteOutcomeUnknownError, because the write may already have been applied (and a resent create would
 * make a second item).
 */
export function SafeFetchWithRetry(options: SafeRetryOptions = {}): (instance: Queryable) => Queryable {
  const retries = options.retries ?? 5;
  const interval = options.interval ?? 300;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return (instance: Queryable) => {
    instance.on.send.replace(async function (url: URL, init: RequestInit): Promise<Response> {
      const method = (init.method ?? 'GET').toUpperCase();
      const read = isRead(method, url.toString(), init.body);
      let wait = interval;
      for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          if ((error as { name?: string }).name === 'AbortError') throw error;
          if (!read) throw new WriteOutcomeUnknownError(method, url.pathname, error);
          if (attempt >= retries) throw error;
          await sleep(wait);
          wait *= 2;
          continue;
        }
        const retryable = THROTTLED.includes(response.status) || (read && response.status === 504);
        if (!retryable || attempt >= retries) return response;
        const retryAfter = Number(response.headers.get('Retry-After'));
        await sleep(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : wait);
        wait *= 2;
      }
    });
    return instance;
  };
}
