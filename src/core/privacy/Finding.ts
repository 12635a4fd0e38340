/** What kind of identifying data a finding is. */
export type FindingKind = 'name' | 'initials' | 'birthNumber' | 'dateOfBirth' | 'age' | 'address' | 'phone' | 'email';

/**
 * The four kinds of the first detector. Kept only because src/ui/meetings/strings/types.ts and
 * src/ui/evaluation/strings/types.ts still type their old labels with it; the UI shows `reason` instead.
 * @deprecated use FindingKind and FindingReason
 */
export type PersonalDataKind = 'birthNumber' | 'dateOfBirth' | 'name' | 'age';

/** Why a passage was flagged; the UI has one sentence per reason (strings.privacy.reasons). */
export type FindingReason =
  /** A given name from the name list, on its own. */
  | 'givenName'
  /** A given name followed by a surname (or a capitalized word, or an initial). */
  | 'fullName'
  /** A name next to a class, trinn, gruppe or avdeling: "Sondre i 2C". */
  | 'nameWithClass'
  /** A name next to an age: "Jonas (6)", "lille Emma på 7 år". */
  | 'nameWithAge'
  /** A name after a word that introduces one: "gjelder", "heter", "eleven", "sønnen", "lille". */
  | 'nameWithCue'
  /** Initials with a class or after "elev"/"gjelder": "3B, elev A.H.". */
  | 'initialsWithContext'
  /** A valid fødselsnummer (any grouping of its eleven digits). */
  | 'birthNumber'
  /** A valid D-number (or H-number). */
  | 'dNumber'
  /** Eleven digits after "fnr", "fødselsnummer", "personnummer", "d-nummer", even with wrong control digits. */
  | 'markedBirthNumber'
  /** A date after "født", "f.", "fødselsdato", "DOB". */
  | 'dateOfBirth'
  /** An age tied to a particular child: "jenta på 8 år", "8-åringen". */
  | 'childAge'
  /** A street name with a house number: "kirkeveien 5b". */
  | 'address'
  /** A Norwegian phone number that is not one of the model's. */
  | 'phone'
  /** An e-mail address that is not one of the model's and not a role address. */
  | 'email';

/** How sure the detector is. Every finding warns; `medium` only marks numbers that fail their control digits. */
export type FindingConfidence = 'high' | 'medium';

/** A passage of free text that may identify a child, so staff can be warned before the text is stored or sent. */
export interface Finding {
  kind: FindingKind;
  reason: FindingReason;
  /** Offset of the first character, as for String.slice. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The passage itself, `text.slice(start, end)`. */
  text: string;
  confidence: FindingConfidence;
}

export function finding(
  text: string,
  kind: FindingKind,
  reason: FindingReason,
  start: number,
  end: number,
  confidence: FindingConfidence = 'high'
): Finding {
  return { kind, reason, start, end, text: text.slice(start, end), confidence };
}
