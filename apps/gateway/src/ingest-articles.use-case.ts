import { BadRequestException, Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { articleKey, articleV1Schema, toValidationIssues, type ArticleV1, type ValidationIssue } from '@claim-ledger/contracts';
import { RetryLaterException } from '@claim-ledger/http';
import { BrokerUnavailableError, EVENT_PUBLISHER, TOPIC_NAMES, type EventPublisher, type TopicNames } from '@claim-ledger/messaging';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config';

/** At most this many articles in one request. */
export const MAX_ARTICLES_PER_REQUEST = 500;

export interface IngestResult {
  accepted: { key: string; revision: number }[];
}

/**
 * Validates one article or an array of them against article.v1 and produces them to
 * articles.v1. All or nothing: one invalid article rejects the request, naming it.
 * When the broker does not take them within GATEWAY_PUBLISH_TIMEOUT_MS, or cannot be
 * reached, the request is answered 503 with Retry-After instead of hanging.
 */
@Injectable()
export class IngestArticlesUseCase {
  constructor(
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async execute(payload: unknown, correlationId: string): Promise<IngestResult> {
    const items = Array.isArray(payload) ? payload : [payload];
    if (Array.isArray(payload)) {
      if (payload.length === 0) {
        throw new BadRequestException({ code: 'ARTICLE.EMPTY_BATCH', message: 'the array holds no article', issues: [] });
      }
      if (payload.length > MAX_ARTICLES_PER_REQUEST) {
        throw new PayloadTooLargeException({
          code: 'ARTICLE.BATCH_TOO_LARGE',
          message: `at most ${MAX_ARTICLES_PER_REQUEST} articles per request, got ${payload.length}`,
        });
      }
    }
    const articles: ArticleV1[] = [];
    const issues: ValidationIssue[] = [];
    items.forEach((item, i) => {
      const parsed = articleV1Schema.safeParse(item);
      if (parsed.success) articles.push(parsed.data);
      else issues.push(...toValidationIssues(parsed.error, Array.isArray(payload) ? [i] : []));
    });
    if (issues.length > 0) {
      const first = issues[0]!;
      throw new BadRequestException({
        code: 'ARTICLE.INVALID',
        message: `${first.field}: ${first.message} (${first.rule})${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`,
        issues,
      });
    }
    try {
      await this.publisher.publish(
        this.topics.articles,
        articles.map((a) => ({ key: articleKey(a), value: a, correlationId })),
      );
    } catch (err) {
      if (!(err instanceof BrokerUnavailableError)) throw err;
      throw new RetryLaterException(
        'BROKER.UNAVAILABLE',
        'the broker did not take the articles in time; send them again later (an article sent twice is stored once)',
        this.config.GATEWAY_RETRY_AFTER_SECONDS,
        err,
      );
    }
    return { accepted: articles.map((a) => ({ key: articleKey(a), revision: a.revision })) };
  }
}
