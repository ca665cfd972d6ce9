import { Controller, Inject, Optional, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { articleKey, articleV1Schema, TOPICS, type ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { extractClaims, EXTRACTOR_VERSION } from '@claim-ledger/extraction';
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
import { METRICS, type ServiceMetrics } from '@claim-ledger/observability';

/**
 * articles.v1 -> claims.extracted.v1. Extraction is deterministic, so a redelivered
 * article yields the same event with the same claim ids, which the ledger ignores.
 */
@Controller()
@UseFilters(ConsumerFailureFilter)
export class ExtractArticleHandler {
  /** Articles in a language with no pack since this process started: counted in the logs. */
  private unsupported = 0;

  constructor(
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Optional() @Inject(METRICS) private readonly metrics?: ServiceMetrics,
  ) {}

  @EventPattern<string>(TOPICS.articles.name)
  async handle(@Payload() message: InboundMessage, @Ctx() { log }: ConsumerContext): Promise<void> {
    const article = parseMessage(articleV1Schema, message);
    const started = performance.now();
    const { language, claims, unsupported } = extractClaims(article);
    this.metrics?.extractionSeconds.observe((performance.now() - started) / 1000);
    const event: ClaimsExtractedV1 = {
      article: { ...article, language },
      claims,
      extractor: { name: 'claim-ledger', version: EXTRACTOR_VERSION },
      extractedAt: new Date().toISOString(),
      correlationId: message.correlationId,
      ...(unsupported ? { unsupported } : {}),
    };
    const key = articleKey(article);
    await this.publisher.publish(this.topics.claimsExtracted, [{ key, value: event, correlationId: message.correlationId }]);
    if (unsupported) {
      this.unsupported++;
      log.warn({ articleKey: key, language, code: unsupported.code, unsupportedArticles: this.unsupported }, unsupported.reason);
      return;
    }
    log.info(
      { articleKey: key, revision: article.revision, claims: claims.length, ms: Math.round(performance.now() - started) },
      'article extracted',
    );
  }

  /**
   * A batch (of one partition, or of all those of a fetch: KAFKA_COALESCE_PARTITIONS): each article extracted as `handle` does, their events
   * published in one produce request, in order (a round trip per batch, not per
   * article). An article that breaks the contract fails the batch; the runner then
   * handles each message alone, dead-lettering that one.
   */
  @EventPattern(batchOf(TOPICS.articles.name), { batch: true })
  async handleBatch(@Payload() messages: readonly InboundMessage[], @Ctx() { log }: ConsumerContext): Promise<void> {
    const articles = messages.map((m) => parseMessage(articleV1Schema, m));
    const started = performance.now();
    let claimCount = 0;
    const out: OutgoingEvent[] = [];
    for (const [i, article] of articles.entries()) {
      // Extraction is synchronous: between articles the event loop gets a turn, so the
      // consumer's heartbeats go on through a long batch.
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const { language, claims, unsupported } = extractClaims(article);
      claimCount += claims.length;
      const correlationId = messages[i]!.correlationId;
      if (unsupported) {
        this.unsupported++;
        log.warn(
          { articleKey: articleKey(article), correlationId, language, code: unsupported.code, unsupportedArticles: this.unsupported },
          unsupported.reason,
        );
      }
      const event: ClaimsExtractedV1 = {
        article: { ...article, language },
        claims,
        extractor: { name: 'claim-ledger', version: EXTRACTOR_VERSION },
        extractedAt: new Date().toISOString(),
        correlationId,
        ...(unsupported ? { unsupported } : {}),
      };
      out.push({ key: articleKey(article), value: event, correlationId });
    }
    await this.publisher.publish(this.topics.claimsExtracted, out);
    log.info(
      {
        articles: articles.length,
        correlationIds: messages.map((m) => m.correlationId),
        claims: claimCount,
        ms: Math.round(performance.now() - started),
      },
      'articles extracted (batch)',
    );
  }
}
