import { createHash } from 'node:crypto';
import type { Claim, Link } from '@claim-ledger/contracts';
import type { AlertEvent } from './alert-event';
import type { FigureChange } from './figure-change';

/** The proposition a claim or link is about, with its canonical slots. */
export interface AlertProposition {
  id: string;
  action: string | null;
  agent: string | null;
  patient: string | null;
}

/**
 * The body of every webhook, `alert.v1` (documented in the README, Alerts). A breaking
 * change is a new type published beside it.
 */
export interface AlertV1 {
  type: 'alert.v1';
  /** The delivery id: the same for every attempt and every replay of this alert. */
  id: string;
  subscriptionId: string;
  /** `claim.recorded` for a new claim, `link.conflicts` / `link.updates` for a link. */
  event: 'claim.recorded' | 'link.conflicts' | 'link.updates' | 'link.corroborates';
  /** The claim that caused the alert: the new claim; for a link, the end of it that is new. */
  claim: Claim;
  /** For a link: the link (its relation and reason; `from` is the claim stated earlier) and the claim already in the ledger at its other end. */
  link: Pick<Link, 'from' | 'to' | 'relation' | 'independent' | 'reason'> | null;
  otherClaim: Claim | null;
  proposition: AlertProposition | null;
  figureChange: FigureChange | null;
  /** When the ledger (claims) or the linker (links) produced the event. */
  occurredAt: string;
  correlationId: string | null;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64url').slice(0, 32);

/**
 * The delivery id of an event for a subscription. Deterministic, so a redelivered Kafka
 * event, a replay or a retry carries the same id and the subscriber can deduplicate.
 */
export function deliveryIdFor(subscriptionId: string, event: AlertEvent): string {
  const what = event.kind === 'claim' ? `claim|${event.claim.id}` : `link|${event.link.from}|${event.link.to}|${event.link.relation}`;
  return `dlv_${digest(`${subscriptionId}|${what}`)}`;
}

export function alertEventName(event: AlertEvent): AlertV1['event'] {
  return event.kind === 'claim' ? 'claim.recorded' : `link.${event.link.relation}`;
}
