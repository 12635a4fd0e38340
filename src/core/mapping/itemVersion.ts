/**
 * SharePoint list item ETags come in two forms: `"3"` from `GET items` (`odata.etag`, `__metadata.etag`) and
 * `"{F61A3570-…},3"` (or without braces) in the ETag header of an update's answer (pnp/pnpjs#2569). Both name
 * version 3 of the item, and SharePoint's IF-MATCH takes either; compare them by version, never as strings.
 */
export function parseItemVersion(etag: unknown): number | undefined {
  if (typeof etag !== 'string') return undefined;
  const match = /^(?:W\/)?"?(?:\{?[0-9a-f-]{36}\}?,)?(\d+)"?$/i.exec(etag.trim());
  return match ? Number(match[1]) : undefined;
}

/** Whether two ETags of the same item name the same version (false when either is not an item ETag). */
export function sameItemVersion(a: unknown, b: unknown): boolean {
  const left = parseItemVersion(a);
  return left !== undefined && left === parseItemVersion(b);
}
