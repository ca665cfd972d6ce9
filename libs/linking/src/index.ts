export { linkClaims, InMemoryPropositions, type LinkResult } from './link-claims';
export { propositionKey, propositionIdOf } from './proposition-key';
export { relateClaims, earlierFirst } from './relate-claims';
export { sourceKey } from './source-key';
export { compatible, describeFigure, differ, intervalOf, mainFigure } from './figures';
