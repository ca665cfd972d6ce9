import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { articleKey, claimsRecordedV1Schema, type ClaimsLinkedV1 } from '@claim-ledger/contracts';
import {
  EVENT_PUBLISHER,
  parseMessage,
  TOPIC_NAMES,
  type EventPublisher,
  type InboundMessage,
  type MessageHandlerService,
  type TopicNames,
} from '@claim-ledger/messaging';
import { METRICS, type ServiceMetrics } from '@claim-ledger/observability';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';

/**
 * claims.recorded.v1 -> propositions and links in Postgres -> claims.linked.v1. A
 * redelivered event writes nothing twice (links are keyed by their two claims) and
 * publishes the same links again.
 */
@Injectable()
export class LinkClaimsHandler implements MessageHandlerService {
  constructor(
    private readonly linkClaims: LinkArticleClaimsUseCase,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Optional() @Inject(METRICS) private readonly metrics?: ServiceMetrics,
  ) {}

  async handle(message: InboundMessage, log: Logger): Promise<void> {
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
}
