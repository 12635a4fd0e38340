export type { Finding, FindingConfidence, PersonalDataKind } from './Finding';
export { checkBirthNumber, findBirthNumbers, isValidBirthNumber, type BirthNumberCheck, type BirthNumberKind } from './birthNumber';
export { findDatesOfBirth } from './dateOfBirth';
export { findPersonNames, isSentenceStart } from './personName';
export { findChildAges } from './childAge';
export { COMMON_CAPITALIZED_WORDS, DOMAIN_WORD_PREFIXES, isCommonCapitalizedWord } from './commonCapitalizedWords';
export { COMMON_FIRST_NAMES } from './commonFirstNames';
export { containsPersonalData, detectPersonalData, type PersonalDataOptions } from './detectPersonalData';
