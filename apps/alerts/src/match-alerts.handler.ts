import { Controller, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { claimsLinkedV1Schema, claimsRecordedV1Schema, TOPICS } from '@claim-ledger/contracts';
import { ConsumerContext, ConsumerFailureFilter, parseMessage, type InboundMessage } from '@claim-ledger/messaging';
import { MatchAlertsUseCase } from './match-alerts.use-case';

/**
 * claims.recorded.v1 and claims.linked.v1 -> matched deliveries on the BullMQ queue and
 * entries on the live stream. An event that breaks its contract is dead-lettered at
 * once; Postgres or Redis away holds the event until they are back (the consumer runner
 * classifies the failure), and the offset is committed only once its deliveries are
 * recorded and queued.
 */
@Controller()
@UseFilters(ConsumerFailureFilter)
export class MatchAlertsHandler {
  constructor(private readonly match: MatchAlertsUseCase) {}

  @EventPattern<string>(TOPICS.claimsRecorded.name)
  async recorded(@Payload() message: InboundMessage, @Ctx() { log }: ConsumerContext): Promise<void> {
    const started = performance.now();
    const event = parseMessage(claimsRecordedV1Schema, message);
    const outcome = await this.match.recorded(event, message.correlationId);
    log.info(
      { articleId: event.articleId, revision: event.revision, ...outcome, ms: Math.round(performance.now() - started) },
      'claims matched',
    );
  }

  @EventPattern<string>(TOPICS.claimsLinked.name)
  async linked(@Payload() message: InboundMessage, @Ctx() { log }: ConsumerContext): Promise<void> {
    const started = performance.now();
    const event = parseMessage(claimsLinkedV1Schema, message);
    const outcome = await this.match.linked(event, message.correlationId);
    log.info(
      { articleId: event.articleId, revision: event.revision, ...outcome, ms: Math.round(performance.now() - started) },
      'links matched',
    );
  }
}
