export type { Finding, FindingConfidence, FindingKind, FindingReason, PersonalDataKind } from './Finding';
export { checkBirthNumber, findBirthNumbers, isValidBirthNumber, type BirthNumberCheck, type BirthNumberKind } from './birthNumber';
export { findDatesOfBirth } from './dateOfBirth';
export { findPersonNames } from './personName';
export { isSentenceStart } from './tokens';
export { findChildAges } from './childAge';
export { findInitials } from './initials';
export { findAddresses, findEmailAddresses, findPhoneNumbers } from './contact';
export { allowListOf, type AllowList } from './allowList';
export { COMMON_CAPITALIZED_WORDS, DOMAIN_WORD_PREFIXES, isCommonCapitalizedWord } from './commonCapitalizedWords';
export { explainFinding } from './explain';
export {
  checkPersonalData,
  containsPersonalData,
  detectPersonalData,
  type PersonalDataOptions,
  type PrivacyCheck
} from './detectPersonalData';
