import { hasPlaceholderNumber, type Contact } from '../model/Contact';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';

/**
 * The four numbers a worried person may need at once, in the order the emergency view shows them: the
 * municipality's barnevern in office hours, the barnevernvakt after hours, the police's non-emergency line and 112.
 */
export type CallNowRole = 'barnevernDaytime' | 'barnevernvakt' | 'police' | 'emergency';

export const CALL_NOW_ROLES: readonly CallNowRole[] = ['barnevernDaytime', 'barnevernvakt', 'police', 'emergency'];

/**
 * National numbers that answer around the clock. Alarmtelefonen for barn og unge (116 111) puts a caller through
 * to the local barnevernvakt, so it stands in for a municipal barnevern number the admin has not set yet.
 */
export const NATIONAL = {
  alarmtelefonen: '116 111',
  policeNonEmergency: '02800',
  emergency: '112'
} as const;

/** One callable number on the card. */
export interface CallNowEntry {
  role: CallNowRole;
  /** What to call it: the municipality's own contact title, or undefined when a national number stands in. */
  contactTitle?: string;
  /** The number as shown. */
  phone: string;
  /** The `tel:` URI (RFC 3966): digits only, so every phone dials it. */
  href: string;
  /** Opening hours as the contact gives them. */
  hours?: string;
  /**
   * True when the municipality's own number is missing or still the starter placeholder, so a national number
   * that reaches the right service around the clock is shown instead of "not set".
   */
  fallback: boolean;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function callable(contact: Contact | undefined): contact is Contact & { reach: { phone: string } } {
  return !!contact && !!contact.reach.phone && contact.reach.phone.trim() !== '' && !hasPlaceholderNumber(contact);
}

const byOrder = (a: Contact, b: Contact): number => a.order - b.order;

/** The contact the model gives for a role, callable or not (a placeholder counts: the readiness check lists it). */
export function contactForRole(model: TryggeBarnModel, role: CallNowRole): Contact | undefined {
  const contacts = [...model.contacts].sort(byOrder);
  const is = (c: Contact, phone: string): boolean => (c.reach.phone ?? '').replace(/\s/g, '') === phone;
  switch (role) {
    case 'barnevernDaytime':
      return contacts.find((c) => c.service === 'barnevern' && !c.emergency);
    case 'barnevernvakt':
      return contacts.find((c) => c.service === 'barnevern' && c.emergency);
    case 'police':
      return contacts.find((c) => c.service === 'politi' && !is(c, NATIONAL.emergency) && !c.emergency) ?? contacts.find((c) => is(c, NATIONAL.policeNonEmergency));
    default:
      return contacts.find((c) => is(c, NATIONAL.emergency));
  }
}

function national(role: CallNowRole): string {
  if (role === 'police') return NATIONAL.policeNonEmergency;
  if (role === 'emergency') return NATIONAL.emergency;
  return NATIONAL.alarmtelefonen;
}

/** The call-now card's four entries: always four callable numbers, whatever the admin has set so far. */
export function callNowEntries(model: TryggeBarnModel): CallNowEntry[] {
  return CALL_NOW_ROLES.map((role) => {
    const contact = contactForRole(model, role);
    if (callable(contact)) {
      return { role, contactTitle: contact.title, phone: contact.reach.phone, href: telHref(contact.reach.phone), hours: contact.reach.hours, fallback: false };
    }
    const phone = national(role);
    // The police and 112 are national anyway: a model without them is not "falling back", it just has the number.
    return { role, phone, href: telHref(phone), fallback: role === 'barnevernDaytime' || role === 'barnevernvakt' };
  });
}
