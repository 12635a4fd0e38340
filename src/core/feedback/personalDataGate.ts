import { detectPersonalData, type Finding, type PersonalDataOptions } from '../privacy';

/**
 * What happens when someone presses "send" on free text (feedback, an evaluation's comment): it goes, or the
 * person is first shown what looks like a child's name, age, birth date or birth number and must either edit
 * the text or confirm that it may be sent as it is.
 */
export type SendDecision = { kind: 'send' } | { kind: 'warn'; findings: Finding[] };

/** The texts checked as one: the fields of a form, joined so that one confirmation covers them all. */
export function gatedText(fields: readonly string[]): string {
  return fields.join('\n');
}

/**
 * `confirmedText` is the exact text the person confirmed after a warning, if any. A confirmation covers that text
 * only: change one character and the check runs again, so a confirmation cannot be carried over to new text.
 */
export function decideSend(fields: readonly string[], confirmedText: string | undefined, options: PersonalDataOptions = {}): SendDecision {
  const text = gatedText(fields);
  // Each field on its own: a cue at the end of one ("… med barnet") must not lend context to the first word of
  // the next ("Registrer alle …"). Positions are given in the joined text the confirmation covers.
  let offset = 0;
  const findings = fields.flatMap((field) => {
    const found = detectPersonalData(field, options).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
    offset += field.length + 1;
    return found;
  });
  if (findings.length === 0 || confirmedText === text) return { kind: 'send' };
  return { kind: 'warn', findings };
}
