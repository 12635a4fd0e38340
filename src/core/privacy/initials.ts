import { finding, type Finding } from './Finding';
import { isWordChar } from './textBoundaries';

/** Two to four capital initials with full stops: "A.H.", "J.K.H.", "A. H.". */
const INITIALS = /(?:\p{Lu}\.\s?){1,3}\p{Lu}\.?/gu;
/** A class or group near the initials: "3B", "5. klasse", "trinn 4", "gruppe". */
const CLASS_NEAR = /(?:^|[^\p{L}\p{N}§])(?:\d{1,2}[a-hA-H]|\d{1,2}\.\s?(?:klasse|kl|trinn)|(?:klasse|trinn|gruppe|gruppa|avdeling)\s+\S+)(?![\p{L}\p{N}])/iu;
/** Words right before initials that say they stand for a person: "elev A.H.", "gjelder J.K.H.". */
const CUE_BEFORE = /(?:elev|eleven|gjelder|gjeld|barnet|gutten|jenta|sønnen|datteren|initialer|initialane|initialene|vedr\.?|ang\.?)\s*:?\s*$/iu;
/** Initials that are abbreviations everyone uses. */
const COMMON = new Set(['A.S.', 'AS.', 'N.N.', 'P.S.', 'E.L.', 'F.EKS.', 'T.O.M.', 'O.L.', 'M.M.', 'D.D.', 'J.F.']);

/** Initials with a class or group, or after "elev"/"gjelder": "3B, elev A.H.", "Gjelder J.K.H. i 5A". */
export function findInitials(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(INITIALS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end))) continue;
    // Two capitals need their full stops ("A.H."); one capital and a dot alone is a sentence's end.
    if ((m[0].match(/\./g) ?? []).length < 2 || COMMON.has(m[0].replace(/\s/g, '').toUpperCase())) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    if (CUE_BEFORE.test(before) || CLASS_NEAR.test(before.slice(-16)) || CLASS_NEAR.test(after.slice(0, 16))) {
      findings.push(finding(text, 'initials', 'initialsWithContext', start, end));
    }
  }
  return findings;
}
