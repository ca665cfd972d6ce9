export { relationFilters, subscriptionFilterSchema, type RelationFilter, type SubscriptionFilter } from './subscription-filter.schema';
export { addressBytes, AddressAllowlist, classifyAddress, refusalOf, type AddressClass } from './address-policy';
export {
  parseWebhookUrl,
  resolveWebhookTarget,
  WebhookTargetError,
  type HostResolver,
  type ResolvedAddress,
  type WebhookTarget,
} from './webhook-target';
export { generateSigningSecret, signWebhook, verifyWebhook, type SignedContent } from './webhook-signature';
export { SecretBox } from './secret-box';
export type { AlertEvent } from './alert-event';
export { claimFacts, foldText, type ClaimFacts } from './claim-facts';
export { largestFigureChange, type FigureChange } from './figure-change';
export { compileFilter, matchFilter, type CompiledFilter, type FilterMatch } from './match-filter';
export { SubscriptionIndex, type IndexedSubscription, type SubscriptionMatch } from './subscription-index';
export { alertEventName, deliveryIdFor, type AlertProposition, type AlertV1 } from './alert-payload-v1';
export { dnsHostResolver } from './dns-host-resolver';
export { DELIVERY_QUEUE, liveStreamKey, rateLimitKey, type DeliveryJobData, type LiveEntry } from './redis-keys';
export { verdictForStatus, type DeliveryVerdict } from './delivery-outcome';
export { makeClaim, makeLink } from './sample-claims';
