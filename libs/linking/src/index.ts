export {
  linkClaims,
  fileClaims,
  relateFiled,
  propositionsOf,
  claimKeys,
  propositionIdOf,
  InMemoryPropositions,
  JOIN_THRESHOLD,
  MAX_CORROBORATIONS,
  PER_PROPOSITION,
  CANDIDATES_PER_KEY,
  type LinkResult,
  type Filing,
  type Member,
  type CandidateLookup,
} from './link-claims';
export { aboutOf, similarity, type About } from './about';
export { termsOf } from './terms';
export { trainTermWeights, type TermWeightModel } from './term-weights';
export { relateClaims, earlierFirst } from './relate-claims';
export { sourceKey } from './source-key';
export { compatible, describeFigure, differ, intervalOf, mainFigure } from './figures';
