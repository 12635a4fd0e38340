export { localizeModel, shownContent, type LocalizableModel } from './localizeModel';
export { mergeWrittenStandards, type MergeNote } from './mergeWrittenStandards';
