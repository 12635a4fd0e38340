import type { Reachability } from './Service';

/** A contact's title and description in Nynorsk beside the site's main written standard. */
export interface ContactNynorsk {
  title?: string;
  description?: string;
}

/** A contact point: a role, never a named private person in the starter model. */
export interface Contact {
  key: string;
  title: string;
  description: string;
  reach: Reachability;
  /** Emergency contacts (barnevernvakt, politi) are shown first everywhere. */
  emergency: boolean;
  /** Key of the service the contact belongs to, if any. */
  service?: string;
  order: number;
  /** Columns TitleNn, DescriptionNn. */
  nn?: ContactNynorsk;
  id?: number;
}

/** The starter model ships placeholder numbers that an admin must replace; this marks them. */
export const PLACEHOLDER_PHONE = '00 00 00 00';

export function hasPlaceholderNumber(contact: Contact): boolean {
  return contact.reach.phone === PLACEHOLDER_PHONE;
}
