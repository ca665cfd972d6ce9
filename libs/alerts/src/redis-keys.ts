import type { Claim, Link } from '@claim-ledger/contracts';

/**
 * Redis names are a contract between the alerts service, its delivery workers and the
 * API (the live stream): declared here once, behind ALERTS_REDIS_PREFIX.
 */
export const DELIVERY_QUEUE = 'alerts-deliveries';

/** The payload of a delivery job: the delivery itself lives in Postgres (alert_deliveries). */
export interface DeliveryJobData {
  deliveryId: string;
  subscriptionId: string;
}

/** The Redis stream of every new claim and link, which GET /v1/stream reads. */
export const liveStreamKey = (prefix: string) => `${prefix}:alerts:live`;

/** Deliveries started for a subscription in one second (the rate limit's window). */
export const rateLimitKey = (prefix: string, subscriptionId: string, second: number) => `${prefix}:alerts:rate:${subscriptionId}:${second}`;

/** One entry of the live stream: a claim or a link, with the claims needed to filter it. */
export type LiveEntry =
  | { type: 'claim'; event: 'claim.recorded'; claim: Claim }
  | {
      type: 'link';
      event: 'link.conflicts' | 'link.updates' | 'link.corroborates';
      link: Link;
      claim: Claim;
      otherClaim: Claim;
      propositionId: string | null;
    };
