import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { claimsLinkedV1Schema, claimsRecordedV1Schema } from '@claim-ledger/contracts';
import { parseMessage, TOPIC_NAMES, type InboundMessage, type MessageHandlerService, type TopicNames } from '@claim-ledger/messaging';
import { MatchAlertsUseCase } from './match-alerts.use-case';

/**
 * claims.recorded.v1 and claims.linked.v1 -> matched deliveries on the BullMQ queue and
 * entries on the live stream. An event that breaks its contract is dead-lettered at
 * once; Postgres or Redis away holds the event until they are back (the consumer runner
 * classifies the failure), and the offset is committed only once its deliveries are
 * recorded and queued.
 */
@Injectable()
export class MatchAlertsHandler implements MessageHandlerService {
  constructor(
    private readonly match: MatchAlertsUseCase,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
  ) {}

  async handle(message: InboundMessage, log: Logger): Promise<void> {
    const started = performance.now();
    if (message.topic === this.topics.claimsRecorded) {
      const event = parseMessage(claimsRecordedV1Schema, message);
      const outcome = await this.match.recorded(event, message.correlationId);
      log.info(
        { articleId: event.articleId, revision: event.revision, ...outcome, ms: Math.round(performance.now() - started) },
        'claims matched',
      );
      return;
    }
    const event = parseMessage(claimsLinkedV1Schema, message);
    const outcome = await this.match.linked(event, message.correlationId);
    log.info(
      { articleId: event.articleId, revision: event.revision, ...outcome, ms: Math.round(performance.now() - started) },
      'links matched',
    );
  }
}
