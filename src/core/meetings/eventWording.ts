import type { Locale } from '../i18n/Locale';
import type { SharingBasis } from './SharingBasis';

/**
 * The product's own sentences in a meeting invitation. They are written into every attendee's calendar in the
 * municipality's content language (the language the arena's agenda is written in), not in the organizer's UI
 * language, so they live beside the event builder rather than among the UI strings. None of them says anything
 * about a child: the basis line records only which of three bases the organizer chose.
 */
export interface MeetingEventWording {
  /** Heading above the organizer's own note. */
  noteHeading: string;
  /** "Grunnlag for å dele opplysninger" — followed by the basis statement. */
  basisLabel: string;
  basisStatements: Readonly<Record<SharingBasis, string>>;
  /** A reminder to everyone who opens the invitation. */
  privacyReminder: string;
}

export const MEETING_EVENT_WORDING: Readonly<Record<Locale, MeetingEventWording>> = {
  nb: {
    noteHeading: 'Merknad fra innkaller',
    basisLabel: 'Grunnlag for å dele opplysninger',
    basisStatements: {
      consentObtained: 'Samtykke er innhentet.',
      anonymousDiscussion: 'Anonym drøfting – ingen opplysninger som kan identifisere barnet.',
      noPersonalInformation: 'Møtet gjelder ikke ett enkelt barn; ingen personopplysninger.'
    },
    privacyReminder: 'Avtalen er privat. Ikke skriv navn eller andre opplysninger som kan identifisere barnet i denne avtalen.'
  },
  nn: {
    noteHeading: 'Merknad frå innkallar',
    basisLabel: 'Grunnlag for å dele opplysningar',
    basisStatements: {
      consentObtained: 'Samtykke er henta inn.',
      anonymousDiscussion: 'Anonym drøfting – ingen opplysningar som kan identifisere barnet.',
      noPersonalInformation: 'Møtet gjeld ikkje eitt einskilt barn; ingen personopplysningar.'
    },
    privacyReminder: 'Avtalen er privat. Ikkje skriv namn eller andre opplysningar som kan identifisere barnet i denne avtalen.'
  },
  en: {
    noteHeading: 'Note from the organizer',
    basisLabel: 'Basis for sharing information',
    basisStatements: {
      consentObtained: 'Consent has been obtained.',
      anonymousDiscussion: 'Anonymous discussion – nothing that could identify the child.',
      noPersonalInformation: 'The meeting is not about one particular child; no personal information.'
    },
    privacyReminder: 'This appointment is private. Do not write names or anything else that could identify the child in it.'
  }
};
