/** Conversions of field values between what clients send, what is stored and what SharePoint answers. */

/** SharePoint answers DateTime values in UTC with whole seconds: `2024-03-01T00:00:00Z`. */
export function normalizeDateTime(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) return undefined;
  // A date or time without an offset is taken as UTC, which is how the product writes dates (midnight UTC).
  const withZone = /T|\s/.test(text) ? (/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`) : `${text}T00:00:00Z`;
  const time = Date.parse(withZone.replace(' ', 'T'));
  if (Number.isNaN(time)) return undefined;
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

/** An item's ETag as `GET items` gives it in `odata.etag` / `__metadata.etag` and the ETag header: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The ETag header of a MERGE/PATCH/PUT answer: the item's GUID and version, `"{F61A3570-…},17"` (pnp/pnpjs#2569:
 * an update's answer carries `<guid>,17`, while the item read back says `"17"`). Clients must accept both.
 */
export function longEtagOf(guid: string, version: number): string {
  return `"{${guid.toUpperCase()}},${version}"`;
}

/**
 * The version an If-Match value names. SharePoint Online accepts its item ETags both as `"3"` and as
 * `"{<item guid>},3"` (with or without braces, the form its update answers carry); a GUID that is not the
 * item's names another item, so it never matches.
 */
export function versionInEtag(value: string, itemGuid?: string): number | undefined {
  const match = /^(?:W\/)?"?(?:\{?([0-9a-f-]{36})\}?,)?(\d+)"?$/i.exec(value.trim());
  if (!match) return undefined;
  if (match[1] !== undefined && itemGuid !== undefined && match[1].toLowerCase() !== itemGuid.toLowerCase()) return undefined;
  return Number(match[2]);
}
