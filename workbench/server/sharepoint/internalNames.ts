/**
 * SharePoint makes a field's internal name from its display name when none is given: characters other than
 * ASCII letters, digits and "_" become `_xHHHH_` (so a space is `_x0020_`, "ø" is `_x00f8_`), and the result
 * is cut at 32 characters. The same encoding names list entity types (`TB_x0020_RutinerList`).
 */
export function encodeInternalName(displayName: string, maxLength = 32): string {
  let out = '';
  for (const ch of displayName) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
    if (out.length >= maxLength) break;
  }
  return out.slice(0, maxLength);
}

/** The list's entity type name from its URL's last segment: `Lists/TBRutiner` → `TBRutinerList`. */
export function entityTypeNameForUrl(url: string): string {
  const last = url.split('/').filter((s) => s !== '').pop() ?? 'List';
  return `${encodeInternalName(last, 255)}List`;
}
