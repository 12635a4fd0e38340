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

/** An item's ETag as SharePoint writes it in `odata.etag` and the ETag header: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an If-Match value names. SharePoint Online accepts its item ETags both as `"3"` and as
 * `"<item guid>,3"` (the form some answers carry in the ETag header).
 */
export function versionInEtag(value: string): number | undefined {
  const match = /^(?:W\/)?"?(?:[0-9a-f-]{36},)?(\d+)"?$/i.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}
