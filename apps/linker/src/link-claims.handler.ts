import { Controller, Inject, Optional, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { articleKey, claimsRecordedV1Schema, TOPICS, type ClaimsLinkedV1 } from '@claim-ledger/contracts';
import {
  batchOf,
  ConsumerContext,
  ConsumerFailureFilter,
  EVENT_PUBLISHER,
  parseMessage,
  TOPIC_NAMES,
  type EventPublisher,
  type InboundMessage,
  type OutgoingEvent,
  type TopicNames,
} from '@claim-ledger/messaging';
import { METRICS, type ServiceMetrics } from '@claim-ledger/observability';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';

/**
 * claims.recorded.v1 -> propositions and links in Postgres -> claims.linked.v1. A
 * redelivered event writes nothing twice (links are keyed by their two claims) and
 * publishes the same links again.
 */
@Controller()
@UseFilters(ConsumerFailureFilter)
export class LinkClaimsHandler {
  constructor(
    private readonly linkClaims: LinkArticleClaimsUseCase,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Optional() @Inject(METRICS) private readonly metrics?: ServiceMetrics,
  ) {}

  @EventPattern<string>(TOPICS.claimsRecorded.name)
  async handle(@Payload() message: InboundMessage, @Ctx() { log }: ConsumerContext): Promise<void> {
    const event = parseMessage(claimsRecordedV1Schema, message);
    const key = articleKey({ publisher: event.publisher, id: event.articleId });
    const started = performance.now();
    const outcome = await this.linkClaims.execute(event.claims);
    this.metrics?.linkingSeconds.observe((performance.now() - started) / 1000);
    const linked: ClaimsLinkedV1 = {
      publisher: event.publisher,
      articleId: event.articleId,
      revision: event.revision,
      links: outcome.links,
      propositions: outcome.propositions,
      linkedAt: new Date().toISOString(),
      correlationId: message.correlationId,
    };
    await this.publisher.publish(this.topics.claimsLinked, [{ key, value: linked, correlationId: message.correlationId }]);
    log.info(
      {
        articleKey: key,
        revision: event.revision,
        claims: event.claims.length,
        links: outcome.links.length,
        inserted: outcome.inserted,
        ms: Math.round(performance.now() - started),
      },
      'claims linked',
    );
  }

  /**
   * A batch (of one partition, or of all those of a fetch: KAFKA_COALESCE_PARTITIONS): its articles linked in one transaction
   * (LinkArticleClaimsUseCase.executeMany) and their claims.linked.v1 events published in
   * one produce request, in order. Any failure fails the batch; the runner then handles
   * each message alone.
   */
  @EventPattern(batchOf(TOPICS.claimsRecorded.name), { batch: true })
  async handleBatch(@Payload() messages: readonly InboundMessage[], @Ctx() { log }: ConsumerContext): Promise<void> {
    const events = messages.map((m) => parseMessage(claimsRecordedV1Schema, m));
    const started = performance.now();
    const outcomes = await this.linkClaims.executeMany(events.map((e) => e.claims));
    const out: OutgoingEvent[] = events.map((event, i) => {
      const linked: ClaimsLinkedV1 = {
        publisher: event.publisher,
        articleId: event.articleId,
        revision: event.revision,
        links: outcomes[i]!.links,
        propositions: outcomes[i]!.propositions,
        linkedAt: new Date().toISOString(),
        correlationId: messages[i]!.correlationId,
      };
      return {
        key: articleKey({ publisher: event.publisher, id: event.articleId }),
        value: linked,
        correlationId: messages[i]!.correlationId,
      };
    });
    await this.publisher.publish(this.topics.claimsLinked, out);
    log.info(
      {
        articles: events.length,
        correlationIds: messages.map((m) => m.correlationId),
        claims: events.reduce((n, e) => n + e.claims.length, 0),
        links: outcomes.reduce((n, o) => n + o.links.length, 0),
        inserted: outcomes.reduce((n, o) => n + o.inserted, 0),
        ms: Math.round(performance.now() - started),
      },
      'claims linked (batch)',
    );
  }
}
