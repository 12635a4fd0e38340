/**
 * The one rule for links that come from the lists (a service's web address, a tool's document, a link in list
 * text): only absolute `https:` links — and `mailto:`/`tel:` where the field is a contact — become links. A
 * server-relative path on the model's own site ("/sites/tryggebarn/Verktoy/skjema.pdf") is resolved against that
 * site. Protocol-relative (`//host`), backslash (`/\host`, which browsers read as `//host`), other schemes and
 * malformed values are refused with a reason, so the UI shows them as text and the model's validation can tell
 * the admin what to fix.
 */
export type LinkKind = 'web' | 'contact';

export type LinkRefusal = 'empty' | 'protocolRelative' | 'backslash' | 'notHttps' | 'scheme' | 'credentials' | 'malformed';

export type SafeLink =
  | { ok: true; href: string; /** The destination's host, shown beside the link text; empty for mailto:/tel:. */ host: string }
  | { ok: false; reason: LinkRefusal };

export interface SafeLinkOptions {
  /** `contact` also accepts mailto: and tel:. */
  kind?: LinkKind;
  /** The model site's absolute https URL, for server-relative paths; without it they are refused. */
  base?: string;
}

// Control characters, including tab and line breaks, which URL parsers silently drop.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const EMAIL = /^[^\s@/\\]+@[^\s@/\\]+\.[^\s@/\\]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{2,}$/;

function parse(value: string, base?: string): URL | undefined {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
}

export function safeLink(raw: string | undefined, options: SafeLinkOptions = {}): SafeLink {
  const value = (raw ?? '').trim();
  if (value === '') return { ok: false, reason: 'empty' };
  if (CONTROL.test(value)) return { ok: false, reason: 'malformed' };
  if (value.includes('\\')) return { ok: false, reason: 'backslash' };
  if (value.startsWith('//')) return { ok: false, reason: 'protocolRelative' };
  if (value.startsWith('/')) {
    const base = options.base === undefined ? undefined : parse(options.base);
    if (!base || base.protocol !== 'https:') return { ok: false, reason: 'malformed' };
    const url = parse(value, base.href);
    if (!url || url.host !== base.host) return { ok: false, reason: 'malformed' };
    return { ok: true, href: url.href, host: url.host };
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase(); // group 1 is in every match
  if (scheme === undefined) return { ok: false, reason: 'malformed' };
  if (scheme === 'mailto' || scheme === 'tel') {
    if (options.kind !== 'contact') return { ok: false, reason: 'scheme' };
    const rest = decodeURIComponentSafe(value.slice(scheme.length + 1));
    const valid = scheme === 'mailto' ? EMAIL.test(rest) : PHONE.test(rest);
    return valid ? { ok: true, href: `${scheme}:${rest.replace(/\s+/g, '')}`, host: '' } : { ok: false, reason: 'malformed' };
  }
  if (scheme === 'http') return { ok: false, reason: 'notHttps' };
  if (scheme !== 'https') return { ok: false, reason: 'scheme' };
  const url = parse(value);
  if (!url || url.hostname === '' || !/^https:\/\/[^/\\]/i.test(value)) return { ok: false, reason: 'malformed' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  return { ok: true, href: url.href, host: url.host };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
