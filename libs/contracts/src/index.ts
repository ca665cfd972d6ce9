export { articleV1Schema, isIso6391, MAX_REVISION, PUBLISHED_AT_RANGE, type ArticleV1, type ArticleV1Input } from './article-v1.schema';
export { STORABLE_TEXT_PATTERN, storableText, unstorableText } from './storable-text';
export {
  claimSchema,
  entityRefSchema,
  eventTimeSchema,
  quantitySchema,
  sourceKinds,
  statedAtSchema,
  type Claim,
  type EntityRef,
  type Quantity,
} from './claim.schema';
export { linkRelations, linkSchema, type Link } from './link.schema';
export { claimsExtractedV1Schema, type ClaimsExtractedV1 } from './claims-extracted-v1.event';
export { claimsRecordedV1Schema, type ClaimsRecordedV1 } from './claims-recorded-v1.event';
export { claimsLinkedV1Schema, type ClaimsLinkedV1 } from './claims-linked-v1.event';
export { deadLetterV1Schema, type DeadLetterV1 } from './dead-letter-v1.event';
export { ALL_TOPICS, TOPICS, articleKey, type TopicName, type TopicSpec } from './topics';
export { formatPath, toValidationIssues, type ValidationIssue } from './validation-issue';
export { parseJsonEvent, type ParseResult } from './parse-json-event';
export { JSON_SCHEMAS, renderJsonSchema } from './json-schemas';
