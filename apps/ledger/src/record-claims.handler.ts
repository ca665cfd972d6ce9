import { Controller, Inject, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { articleKey, claimsExtractedV1Schema, TOPICS, type ClaimsExtractedV1, type ClaimsRecordedV1 } from '@claim-ledger/contracts';
import {
  batchOf,
  ConsumerContext,
  ConsumerFailureFilter,
  EVENT_PUBLISHER,
  parseMessage,
  TOPIC_NAMES,
  type TopicNames,
  type EventPublisher,
  type InboundMessage,
  type OutgoingEvent,
} from '@claim-ledger/messaging';
import { LedgerWriter, type RecordOutcome } from '@claim-ledger/persistence';

/**
 * claims.extracted.v1 -> Postgres -> claims.recorded.v1. The write is idempotent; the
 * event is published again for a duplicate too, because the first delivery may have
 * died between the commit and the publish. Failures are left to the consumer runner to
 * classify (libs/messaging/src/classify-failure.ts): an event that breaks the contract
 * is dead-lettered at once; Postgres or the broker away (connection refused or reset,
 * 57P01, 08xxx, 53300, 40001...) holds the event until they are back; data Postgres
 * refuses (22xxx, 23xxx) is dead-lettered after KAFKA_MAX_ATTEMPTS.
 */
@Controller()
@UseFilters(ConsumerFailureFilter)
export class RecordClaimsHandler {
  constructor(
    private readonly writer: LedgerWriter,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
  ) {}

  @EventPattern<string>(TOPICS.claimsExtracted.name)
  async handle(@Payload() message: InboundMessage, @Ctx() { log }: ConsumerContext): Promise<void> {
    const event = parseMessage(claimsExtractedV1Schema, message);
    const a = event.article;
    const key = articleKey(a);
    const outcome = await this.writer.record(event);
    if (outcome.status === 'stale') {
      log.info({ articleKey: key, revision: a.revision, currentRevision: outcome.currentRevision }, 'stale revision ignored');
      return;
    }
    await this.publisher.publish(this.topics.claimsRecorded, [recordedEvent(event, outcome.supersededClaimIds, message.correlationId)]);
    log.info(
      {
        articleKey: key,
        revision: a.revision,
        status: outcome.status,
        claims: event.claims.length,
        superseded: outcome.supersededClaimIds.length,
      },
      'claims recorded',
    );
  }

  /**
   * A batch (of one partition, or of all those of a fetch: KAFKA_COALESCE_PARTITIONS): its
   * articles written together (LedgerWriter.recordMany: the new ones in one statement, the
   * rest in one transaction) and one produce request for their claims.recorded.v1 events, in the same order. A
   * message that breaks the contract fails the batch; the runner then handles each alone.
   */
  @EventPattern(batchOf(TOPICS.claimsExtracted.name), { batch: true })
  async handleBatch(@Payload() messages: readonly InboundMessage[], @Ctx() { log }: ConsumerContext): Promise<void> {
    const started = performance.now();
    const events = messages.map((m) => parseMessage(claimsExtractedV1Schema, m));
    const outcomes = await this.writer.recordMany(events);
    const written = performance.now();
    const out: OutgoingEvent[] = [];
    const counts: Record<RecordOutcome['status'], number> = { recorded: 0, duplicate: 0, stale: 0 };
    outcomes.forEach((o, i) => {
      counts[o.status]++;
      if (o.status !== 'stale') out.push(recordedEvent(events[i]!, o.supersededClaimIds, messages[i]!.correlationId));
    });
    await this.publisher.publish(this.topics.claimsRecorded, out);
    log.info(
      {
        articles: events.length,
        correlationIds: messages.map((m) => m.correlationId),
        ...counts,
        claims: events.reduce((n, e) => n + e.claims.length, 0),
        // The transaction, then the produce request of the events.
        writeMs: Math.round(written - started),
        publishMs: Math.round(performance.now() - written),
      },
      'claims recorded (batch)',
    );
  }
}

function recordedEvent(event: ClaimsExtractedV1, supersededClaimIds: string[], correlationId: string): OutgoingEvent {
  const a = event.article;
  const recorded: ClaimsRecordedV1 = {
    publisher: a.publisher,
    articleId: a.id,
    revision: a.revision,
    publishedAt: a.publishedAt,
    claims: event.claims,
    supersededClaimIds,
    recordedAt: new Date().toISOString(),
    correlationId,
  };
  return { key: articleKey(a), value: recorded, correlationId };
}
