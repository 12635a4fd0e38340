import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../auth/Principal';

export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function digestDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} -0000`;
}

/**
 * Form digests (`X-RequestDigest`) in SharePoint's format, `0x<128 hex>,<date> -0000`. They are stateless:
 * the hex part is an HMAC of the user, the site and the issue time, so any digest this server issued can be
 * checked after a restart, one user's digest does not work for another, and a digest from one site's
 * `_api/contextinfo` is refused on another site — as SharePoint's are: a digest is issued per site ("Complete
 * basic operations using SharePoint REST endpoints": get it from the `contextinfo` of the site you write to).
 */
export class FormDigests {
  public constructor(private readonly secret: Buffer) {}

  public issue(principal: Principal, site: string, now = new Date()): string {
    const date = digestDate(now);
    return `0x${this.mac(principal, site, date)},${date}`;
  }

  public isValid(value: string | undefined, principal: Principal, site: string, now = new Date()): boolean {
    const match = /^0x([0-9A-F]{128}),(.+)$/.exec((value ?? '').trim());
    if (!match) return false;
    const issued = Date.parse(match[2].replace(' -0000', ' GMT'));
    if (Number.isNaN(issued) || now.getTime() - issued > FORM_DIGEST_TIMEOUT_SECONDS * 1000 || issued - now.getTime() > 60000) return false;
    const expected = Buffer.from(this.mac(principal, site, match[2]), 'hex');
    const given = Buffer.from(match[1], 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(principal: Principal, site: string, date: string): string {
    return createHmac('sha512', this.secret).update(`${principal.person.id}|${site.toLowerCase()}|${date}`).digest('hex').toUpperCase();
  }
}
