import type { Contact } from '../model/Contact';

const EMAIL = /^[^\s@,;<>?&]+@[^\s@,;<>?&]+\.[^\s@,;<>?&]+$/;

/**
 * The e-mail address of a routine's owner, where the model has one: the owner field itself ("leder@kommune.example"
 * or "Navn <leder@kommune.example>"), or a contact with the owner's title ("Rektor") and an e-mail address. A role
 * with no such contact has none: the reminder then says so instead of opening a message with no recipient.
 */
export function ownerAddress(owner: string, contacts: readonly Pick<Contact, 'title' | 'reach'>[]): string | undefined {
  const text = owner.trim();
  if (EMAIL.test(text)) return text;
  const bracketed = /<([^<>]+)>\s*$/.exec(text)?.[1]?.trim(); // group 1 is in every match
  if (bracketed && EMAIL.test(bracketed)) return bracketed;
  const wanted = text.toLocaleLowerCase('nb');
  const contact = contacts.find((c) => c.title.trim().toLocaleLowerCase('nb') === wanted && c.reach.email && EMAIL.test(c.reach.email.trim()));
  return contact?.reach.email?.trim();
}
