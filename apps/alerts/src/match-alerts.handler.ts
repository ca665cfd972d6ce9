import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { claimsLinkedV1Schema } from '@claim-ledger/contracts';
import { parseMessage, type InboundMessage, type MessageHandlerService } from '@claim-ledger/messaging';

/**
 * claims.linked.v1 -> webhook deliveries. For now it validates and counts links;
 * subscriptions, signed webhooks and their BullMQ delivery queue come with their own issue.
 * An event that breaks the contract is dead-lettered at once; once it talks to Redis, a
 * Redis that is away (connection refused, "Connection is closed", LOADING) holds the
 * event until it is back, as the consumer runner classifies it.
 */
@Injectable()
export class MatchAlertsHandler implements MessageHandlerService {
  async handle(message: InboundMessage, log: Logger): Promise<void> {
    const event = parseMessage(claimsLinkedV1Schema, message);
    log.info({ articleId: event.articleId, links: event.links.length }, 'links received for alerting');
  }
}
