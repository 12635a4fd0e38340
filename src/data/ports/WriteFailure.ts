/**
 * Why SharePoint refused a write, in the terms the admin view explains it: not allowed (401/403), someone
 * else changed the item first (412), the values were refused (400), the item is gone (404), or SharePoint
 * could not be reached or kept failing (anything else, after PnPjs's retries). `unknown`: the answer was lost
 * and reading the item back failed too, so it is NOT known whether the change was stored — never said as
 * "nothing was saved" (data/sharepoint/writeFailureOf never returns it; the write-outcome resolution does).
 */
export type WriteFailure = 'denied' | 'conflict' | 'invalid' | 'notFound' | 'unavailable' | 'unknown';
