import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  alertEventName,
  deliveryIdFor,
  liveStreamKey,
  type AlertEvent,
  type AlertV1,
  type DeliveryJobData,
  type LiveEntry,
  type SubscriptionIndex,
} from '@claim-ledger/alerts';
import type { Claim, ClaimsLinkedV1, ClaimsRecordedV1 } from '@claim-ledger/contracts';
import type { AlertDeliveryStore, ClaimRecordsReader, NewDelivery, PropositionSlots } from '@claim-ledger/persistence';

export interface MatchSettings {
  /** BullMQ options of every delivery job. */
  attempts: number;
  retryDelayMs: number;
  redisPrefix: string;
  streamMaxEvents: number;
  /** Whether claims and links go to the live stream too (not for a replay: they are old news). */
  publishLive: boolean;
}

export interface MatchOutcome {
  events: number;
  matches: number;
  queued: number;
}

/**
 * Matches the events of one article revision against the subscription index, records a
 * delivery per match (its id derived from the subscription and the event, so a
 * redelivered event records nothing twice) and queues the ones still pending on BullMQ;
 * every claim and link also goes to the live stream. Order matters for at-least-once:
 * Postgres, then the queue, then the stream; the Kafka offset is committed only after.
 */
export class MatchAlertsUseCase {
  constructor(
    private readonly index: SubscriptionIndex,
    private readonly claims: ClaimRecordsReader,
    private readonly deliveries: AlertDeliveryStore,
    private readonly queue: Queue<DeliveryJobData>,
    private readonly redis: Redis,
    private readonly settings: MatchSettings,
  ) {}

  /** claims.recorded.v1: each new claim. */
  async recorded(event: ClaimsRecordedV1, correlationId: string): Promise<MatchOutcome> {
    const events: AlertEvent[] = event.claims.map((claim) => ({ kind: 'claim', claim, stage: 'recorded' }));
    const live: LiveEntry[] = event.claims.map((claim) => ({ type: 'claim', event: 'claim.recorded', claim }));
    return this.process(events, live, new Map(), event.recordedAt, correlationId);
  }

  /** claims.linked.v1: each link, and the claims it filed under a proposition someone follows. */
  async linked(event: ClaimsLinkedV1, correlationId: string): Promise<MatchOutcome> {
    const followed = Object.entries(event.propositions)
      .filter(([, p]) => this.index.followsProposition(p))
      .map(([c]) => c);
    const claimIds = [...event.links.flatMap((l) => [l.from, l.to]), ...followed];
    const records = await this.claims.claims(claimIds);
    const propositionOf = (id: string) => event.propositions[id] ?? records.get(id)?.propositionId ?? null;
    const withProposition = (c: Claim): Claim => {
      const p = propositionOf(c.id);
      return p ? { ...c, propositionId: p } : c;
    };
    const events: AlertEvent[] = [];
    const live: LiveEntry[] = [];
    for (const id of followed) {
      const claim = records.get(id);
      if (claim) events.push({ kind: 'claim', claim: withProposition(claim), stage: 'filed' });
    }
    for (const link of event.links) {
      const from = records.get(link.from);
      const to = records.get(link.to);
      // A claim superseded and gone meanwhile has nothing left to alert on.
      if (!from || !to) continue;
      const propositionId = propositionOf(link.to);
      // The claim of this revision is news; the other end was in the ledger before (the
      // linker's `from` is the earlier stated, which may be either).
      const fresh = link.to in event.propositions || !(link.from in event.propositions) ? to : from;
      const other = fresh === to ? from : to;
      events.push({ kind: 'link', link, from: withProposition(from), to: withProposition(to), newClaimId: fresh.id, propositionId });
      live.push({
        type: 'link',
        event: `link.${link.relation}`,
        link,
        claim: withProposition(fresh),
        otherClaim: withProposition(other),
        propositionId,
      });
    }
    const propositions = await this.claims.propositions([...new Set(Object.values(event.propositions))]);
    return this.process(events, live, propositions, event.linkedAt, correlationId);
  }

  private async process(
    events: readonly AlertEvent[],
    live: readonly LiveEntry[],
    propositions: ReadonlyMap<string, PropositionSlots>,
    occurredAt: string,
    correlationId: string,
  ): Promise<MatchOutcome> {
    const matched: NewDelivery[] = [];
    for (const event of events) {
      for (const m of this.index.match(event)) {
        const id = deliveryIdFor(m.subscriptionId, event);
        const claim = event.kind === 'claim' ? event.claim : event.newClaimId === event.from.id ? event.from : event.to;
        const propositionId = event.kind === 'claim' ? (event.claim.propositionId ?? null) : event.propositionId;
        const payload: AlertV1 = {
          type: 'alert.v1',
          id,
          subscriptionId: m.subscriptionId,
          event: alertEventName(event),
          claim,
          link:
            event.kind === 'link'
              ? {
                  from: event.link.from,
                  to: event.link.to,
                  relation: event.link.relation,
                  independent: event.link.independent,
                  reason: event.link.reason,
                }
              : null,
          otherClaim: event.kind === 'link' ? (claim === event.from ? event.to : event.from) : null,
          proposition: propositionId
            ? (propositions.get(propositionId) ?? { id: propositionId, action: null, agent: null, patient: null })
            : null,
          figureChange: m.figureChange,
          occurredAt,
          correlationId,
        };
        matched.push({ id, subscriptionId: m.subscriptionId, event: payload.event, payload });
      }
    }
    const pending = await this.deliveries.recordMatched(matched);
    if (pending.length > 0) {
      const bySubscription = new Map(matched.map((d) => [d.id, d.subscriptionId]));
      await this.queue.addBulk(
        pending.map((deliveryId) => ({
          name: 'deliver',
          data: { deliveryId, subscriptionId: bySubscription.get(deliveryId)! },
          opts: {
            // The delivery id: a job queued again while the first is still there is not added twice.
            jobId: deliveryId,
            attempts: this.settings.attempts,
            backoff: { type: 'exponential', delay: this.settings.retryDelayMs, jitter: 0.5 },
            removeOnComplete: { age: 24 * 3600, count: 100_000 },
            removeOnFail: { age: 7 * 24 * 3600, count: 100_000 },
          },
        })),
      );
    }
    if (live.length > 0 && this.settings.publishLive) {
      const pipeline = this.redis.pipeline();
      const key = liveStreamKey(this.settings.redisPrefix);
      for (const entry of live) {
        pipeline.xadd(key, 'MAXLEN', '~', String(this.settings.streamMaxEvents), '*', 'data', JSON.stringify({ ...entry, correlationId }));
      }
      const results = await pipeline.exec();
      const failed = results?.find(([err]) => err);
      if (failed) throw failed[0]!;
    }
    return { events: events.length, matches: matched.length, queued: pending.length };
  }
}
