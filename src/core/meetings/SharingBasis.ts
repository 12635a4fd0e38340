/**
 * The legal basis the organizer states for sharing information in a tverrfaglig møte. It is the only thing about
 * the case that the product records (as a neutral line in the invitation): never who the meeting is about.
 *
 * - `consentObtained`: the family (or a young person old enough to consent alone) has consented (samtykke), so the
 *   services may discuss the child by name.
 * - `anonymousDiscussion`: anonym drøfting — the child is discussed without anything that identifies them.
 * - `noPersonalInformation`: the meeting is about routines or the system level, not about one child.
 */
export type SharingBasis = 'consentObtained' | 'anonymousDiscussion' | 'noPersonalInformation';

export const SHARING_BASES: readonly SharingBasis[] = ['consentObtained', 'anonymousDiscussion', 'noPersonalInformation'];

export function isSharingBasis(value: unknown): value is SharingBasis {
  return typeof value === 'string' && (SHARING_BASES as readonly string[]).includes(value);
}
