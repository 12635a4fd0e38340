import type { Finding, FindingReason } from './Finding';

const EXPLANATIONS: Readonly<Record<FindingReason, string>> = {
  givenName: 'looks like a name',
  fullName: 'looks like a full name',
  nameWithClass: 'looks like a name and a class',
  nameWithAge: 'looks like a name and an age',
  nameWithCue: 'looks like a name',
  initialsWithContext: 'looks like initials of a pupil',
  birthNumber: 'is a valid birth number (fødselsnummer)',
  dNumber: 'is a valid D-number',
  markedBirthNumber: 'is marked as a birth number',
  dateOfBirth: 'looks like a date of birth',
  childAge: "gives a particular child's age",
  address: 'looks like a home address',
  phone: 'looks like a phone number',
  email: 'looks like a personal e-mail address'
};

/** The reason in English, for the command line ("looks like a name and a class: «Sondre i 2C»"); the UI has its own. */
export function explainFinding(f: Finding): string {
  return `${EXPLANATIONS[f.reason]}: «${f.text}»`;
}
