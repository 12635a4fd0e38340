/** What kind of identifying data a finding is. */
export type PersonalDataKind = 'birthNumber' | 'dateOfBirth' | 'name' | 'age';

/**
 * How sure the detector is. `high`: almost certainly identifying (a valid fødselsnummer, "født 2016", a common first
 * name). `medium`: worth a second look (an 11-digit number failing the checksum, a capitalized word mid-sentence).
 */
export type FindingConfidence = 'high' | 'medium';

/** A passage of free text that may identify a child, so staff can be warned before the text is stored or sent. */
export interface Finding {
  kind: PersonalDataKind;
  /** Offset of the first character, as for String.slice. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The passage itself, `text.slice(start, end)`. */
  text: string;
  confidence: FindingConfidence;
}

export function finding(text: string, kind: PersonalDataKind, start: number, end: number, confidence: FindingConfidence): Finding {
  return { kind, start, end, text: text.slice(start, end), confidence };
}
