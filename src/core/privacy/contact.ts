import { finding, type Finding } from './Finding';
import { phoneDigits, type AllowList } from './allowList';
import { isDigit, isWordChar } from './textBoundaries';

/**
 * Norwegian phone numbers: eight digits (first 2–9) written together or grouped 3-2-3, 2-2-2-2 or 3-3-2, with an
 * optional +47/0047.
 */
const PHONE = /(?:(?:\+|00)47[ \u00a0]?)?(?:[2-9]\d{7}|[2-9]\d{2}[ \u00a0.]\d{2}[ \u00a0.]\d{3}|[2-9]\d[ \u00a0.]\d{2}[ \u00a0.]\d{2}[ \u00a0.]\d{2}|[2-9]\d{2}[ \u00a0.]\d{3}[ \u00a0.]\d{2})/g;
/** Numbers of services rather than people: freephone (800), shared cost (810, 815, 820) and the 8-digit form of
 * short numbers. */
const SERVICE_PREFIX = /^(?:80[0-9]|81[05]|82[09])/;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Local parts of shared mailboxes: post@, postmottak@, barnevern@… are offices, not families. */
const ROLE_MAILBOX = /^(?:post|postmottak|postkasse|firmapost|kontakt|kundeservice|servicetorget|sentralbord|info|ikkesvar|noreply|no-reply|barnevern\w*|helsestasjon\w*|ppt|skole\w*|barnehage\w*|nav\w*|legevakt\w*|familie\w*|oppvekst\w*|rektor)$/iu;

/** A street name ends in one of these; with a house number after it, it is an address. */
const ADDRESS = /[\p{L}-]*(?:veien|vegen|veg|vei|gata|gaten|gate|gt\.|stien|stigen|bakken|svingen|tunet|allé|alleen|plassen|kroken|løkka|jordet|ringen|grenda|brekka|torget|bryggen|brygga|kaia|lia|haugen|åsen|myra|enga|lykkja|lunden|parken|terrasse|terrassen)\s+\d{1,4}\s?[a-hA-H]?(?![\p{L}\p{N}])/giu;

export function findPhoneNumbers(text: string, allow: AllowList): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(PHONE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isWordChar(text.charAt(start - 1)) || isDigit(text.charAt(end)) || isWordChar(text.charAt(end))) continue;
    if (/[.,/-]/.test(text.charAt(start - 1)) && isDigit(text.charAt(start - 2))) continue;
    if (/[.,/-]/.test(text.charAt(end)) && isDigit(text.charAt(end + 1))) continue;
    const digits = phoneDigits(m[0]);
    if (SERVICE_PREFIX.test(digits) || allow.numbers.has(digits)) continue;
    findings.push(finding(text, 'phone', 'phone', start, end));
  }
  return findings;
}

export function findEmailAddresses(text: string, allow: AllowList): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index ?? 0;
    const address = m[0].toLowerCase();
    const local = address.slice(0, address.indexOf('@'));
    if (allow.emails.has(address) || ROLE_MAILBOX.test(local)) continue;
    findings.push(finding(text, 'email', 'email', start, start + m[0].length));
  }
  return findings;
}

/** "bor i Granlia 12", "adressen er Sjøvika 3A": a place with a house number after a word for where someone lives. */
const ADDRESS_CUE = /(?:bor|bur|budde|bodde|adresse|adressa|adressen|bosted|flyttet til|flytta til|flyttar til|flytter til)\s+(?:er\s+|i\s+|på\s+|til\s+)?((?:\p{L}[\p{L}-]*\s+){1,2}\d{1,4}\s?[a-hA-H]?)(?![\p{L}\p{N}])/giu;
/** An institution right before the address: "Rådhuset, Storgata 1", "skolen i Lunden 4". It is the office's address. */
const INSTITUTION_BEFORE = /(?:rådhus|skole|skule|barnehage|kontor|senter|sentret|huset|stasjon|klinikk|legevakt|bibliotek|kirke|kyrkje|tjeneste|teneste|torg|nav)\p{L}*\s*[,:]?\s*(?:i|på)?\s*$/iu;

export function findAddresses(text: string, allow: AllowList): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(ADDRESS_CUE)) {
    const address = m[1]!; // group 1 is in every match
    const start = (m.index ?? 0) + m[0].length - address.length;
    if (/^\d/.test(address) || /^(?:\d|mange|flere|fleire)/.test(address)) continue;
    findings.push(finding(text, 'address', 'address', start, start + address.length));
  }
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    if (isWordChar(text.charAt(start - 1))) continue;
    if (INSTITUTION_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const street = /^[\p{L}.-]+/u.exec(m[0])?.[0].toLowerCase() ?? '';
    if (street.length < 4 || allow.words.has(street)) continue;
    findings.push(finding(text, 'address', 'address', start, start + m[0].length));
  }
  return findings;
}
