import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { articleKey, claimsRecordedV1Schema } from '@claim-ledger/contracts';
import { parseMessage, type InboundMessage, type MessageHandlerService } from '@claim-ledger/messaging';

/**
 * claims.recorded.v1 -> claims.linked.v1. For now it validates and counts what it
 * receives; finding corroborations, conflicts and updates is issue #4.
 */
@Injectable()
export class LinkClaimsHandler implements MessageHandlerService {
  async handle(message: InboundMessage, log: Logger): Promise<void> {
    const event = parseMessage(claimsRecordedV1Schema, message);
    log.info(
      { articleKey: articleKey({ publisher: event.publisher, id: event.articleId }), claims: event.claims.length },
      'claims received for linking',
    );
  }
}
