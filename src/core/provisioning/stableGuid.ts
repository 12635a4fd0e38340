/**
 * A GUID derived from a name, so the same field always gets the same ID. Site scripts use a field's ID to
 * stay re-entrant: applying the script again finds the field instead of adding a second one.
 * Not cryptographic — it only has to be stable and spread well (four seeded 32-bit FNV-1a hashes).
 */
export function stableGuid(name: string): string {
  const bytes = new TextEncoder().encode(name);
  const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15].map((seed) => fnv1a32(bytes, seed)).join('');
  // Shape it as a version-4, variant-1 GUID so tools that check the format accept it.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // hex has 32 digits (four 8-digit hashes)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a32(bytes: Uint8Array, seed: number): string {
  let hash = seed >>> 0;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
