import { loadOnce } from '../../core/async/loadOnce';

type AdminChunk = typeof import('./AdminChunk');

/**
 * Loads the admin views on first use. They are their own webpack chunk ("admin", together with the admin data
 * services), so the bundle staff download stays small; SPFx's webpack fetches the chunk from beside the
 * bundle. A failed load is forgotten, so "try again" fetches anew.
 */
export const loadAdminChunk: () => Promise<AdminChunk> = loadOnce(() => import(/* webpackChunkName: 'admin' */ './AdminChunk'));

export type { AdminChunk };
