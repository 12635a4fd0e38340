import { safeLink } from '../../core/links/safeLink';

/**
 * Where a tool's document link goes, or undefined when it must be shown as text. The rule is safeLink's: absolute
 * https, or a path on the model site (resolved against it). The one addition is the workbench, which serves the model
 * site over plain http on this machine (localhost): a path there is still the model site's own document.
 */
export function toolLink(documentUrl: string, siteUrl: string): string | undefined {
  const link = safeLink(documentUrl, { base: siteUrl || undefined });
  if (link.ok) return link.href;
  const value = documentUrl.trim();
  if (!/^\/(?![/\\])/.test(value)) return undefined;
  try {
    const base = new URL(siteUrl);
    if (base.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) return undefined;
    const url = new URL(value, base);
    return url.host === base.host ? url.href : undefined;
  } catch {
    return undefined;
  }
}
