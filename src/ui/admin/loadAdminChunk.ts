type AdminChunk = typeof import('./AdminChunk');

let loading: Promise<AdminChunk> | undefined;

/**
 * Loads the admin views on first use. They are their own webpack chunk ("admin", together with the admin data
 * services), so the bundle staff download stays small; SPFx's webpack fetches the chunk from beside the
 * bundle. A failed load is forgotten, so "try again" fetches anew.
 */
export function loadAdminChunk(): Promise<AdminChunk> {
  if (!loading) {
    const attempt = import(/* webpackChunkName: 'admin' */ './AdminChunk');
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}

export type { AdminChunk };
