import type { FindingReason } from '../../core/privacy/Finding';

/** Why the privacy guard warns, one sentence per reason, with the passage it found. */
export interface PrivacyStrings {
  reasons: Record<FindingReason, (text: string) => string>;
}

export const nb: PrivacyStrings = {
  reasons: {
    givenName: (t) => `ser ut som et navn: «${t}»`,
    fullName: (t) => `ser ut som et fullt navn: «${t}»`,
    nameWithClass: (t) => `ser ut som et navn og en klasse: «${t}»`,
    nameWithAge: (t) => `ser ut som et navn og en alder: «${t}»`,
    nameWithCue: (t) => `ser ut som et navn: «${t}»`,
    initialsWithContext: (t) => `ser ut som initialene til en elev: «${t}»`,
    birthNumber: (t) => `er et gyldig fødselsnummer: «${t}»`,
    dNumber: (t) => `er et gyldig D-nummer: «${t}»`,
    markedBirthNumber: (t) => `er merket som fødselsnummer: «${t}»`,
    dateOfBirth: (t) => `ser ut som en fødselsdato: «${t}»`,
    childAge: (t) => `er alderen til et bestemt barn: «${t}»`,
    address: (t) => `ser ut som en adresse: «${t}»`,
    phone: (t) => `ser ut som et telefonnummer: «${t}»`,
    email: (t) => `ser ut som en privat e-postadresse: «${t}»`
  }
};

export const nn: PrivacyStrings = {
  reasons: {
    givenName: (t) => `ser ut som eit namn: «${t}»`,
    fullName: (t) => `ser ut som eit fullt namn: «${t}»`,
    nameWithClass: (t) => `ser ut som eit namn og ein klasse: «${t}»`,
    nameWithAge: (t) => `ser ut som eit namn og ein alder: «${t}»`,
    nameWithCue: (t) => `ser ut som eit namn: «${t}»`,
    initialsWithContext: (t) => `ser ut som initialane til ein elev: «${t}»`,
    birthNumber: (t) => `er eit gyldig fødselsnummer: «${t}»`,
    dNumber: (t) => `er eit gyldig D-nummer: «${t}»`,
    markedBirthNumber: (t) => `er merkt som fødselsnummer: «${t}»`,
    dateOfBirth: (t) => `ser ut som ein fødselsdato: «${t}»`,
    childAge: (t) => `er alderen til eit bestemt barn: «${t}»`,
    address: (t) => `ser ut som ei adresse: «${t}»`,
    phone: (t) => `ser ut som eit telefonnummer: «${t}»`,
    email: (t) => `ser ut som ei privat e-postadresse: «${t}»`
  }
};

export const en: PrivacyStrings = {
  reasons: {
    givenName: (t) => `looks like a name: “${t}”`,
    fullName: (t) => `looks like a full name: “${t}”`,
    nameWithClass: (t) => `looks like a name and a class: “${t}”`,
    nameWithAge: (t) => `looks like a name and an age: “${t}”`,
    nameWithCue: (t) => `looks like a name: “${t}”`,
    initialsWithContext: (t) => `looks like a pupil's initials: “${t}”`,
    birthNumber: (t) => `is a valid national identity number: “${t}”`,
    dNumber: (t) => `is a valid D-number: “${t}”`,
    markedBirthNumber: (t) => `is marked as a national identity number: “${t}”`,
    dateOfBirth: (t) => `looks like a date of birth: “${t}”`,
    childAge: (t) => `is a particular child's age: “${t}”`,
    address: (t) => `looks like an address: “${t}”`,
    phone: (t) => `looks like a phone number: “${t}”`,
    email: (t) => `looks like a private e-mail address: “${t}”`
  }
};
