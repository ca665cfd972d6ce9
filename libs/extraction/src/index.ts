export { extractClaims, EXTRACTOR_VERSION, type ArticleInput, type ExtractionResult } from './extract-claims';
export { normalizeText, fold } from './normalize-text';
export { detectLanguage } from './detect-language';
export { splitSentences, type Sentence } from './split-sentences';
export { findQuantities } from './quantities';
export { findEventTime, findStatedAt } from './time-expressions';
export { Gazetteer, gazetteer, romanianForms } from './gazetteer';
export { claimId } from './claim-id';
