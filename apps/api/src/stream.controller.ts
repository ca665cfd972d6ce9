import { BadRequestException, Controller, Get, Headers, Inject, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { type AlertEvent, compileFilter, matchFilter, claimFacts } from '@claim-ledger/alerts';
import { toValidationIssues } from '@claim-ledger/contracts';
import { RequireScope } from '@claim-ledger/http';
import { LOGGER } from '@claim-ledger/observability';
import { LiveStreamReader, type LiveStreamEntry } from './live-stream.reader';
import { parseStreamQuery } from './stream-query.schema';

/**
 * GET /v1/stream: Server-Sent Events of new claims and links for dashboards, filtered as
 * subscriptions are. Each event's id is its position in the stream: a client that
 * reconnects with `Last-Event-ID` gets what it missed (as far back as the stream keeps,
 * ALERTS_STREAM_MAX_EVENTS).
 */
@Controller('v1')
export class StreamController {
  constructor(
    private readonly reader: LiveStreamReader,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('stream')
  @RequireScope('claims.read')
  async stream(
    @Query() query: Record<string, unknown>,
    @Headers('last-event-id') lastEventHeader: string | undefined,
    @Res() res: Response,
  ) {
    const parsed = parseStreamQuery({
      ...query,
      ...(lastEventHeader !== undefined && query.lastEventId === undefined ? { lastEventId: lastEventHeader } : {}),
    });
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error);
      throw new BadRequestException({ code: 'QUERY.INVALID', message: `${issues[0]!.field}: ${issues[0]!.message}`, issues });
    }
    if (this.reader.full) throw new ServiceUnavailableException({ code: 'STREAM.BUSY', message: 'too many open streams; try again later' });
    const filter = compileFilter(parsed.data.filter);
    const closed = new AbortController();
    res.on('close', () => closed.abort());
    const open = () => {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': claim-ledger live stream\nretry: 3000\n\n');
    };
    const send = (entries: LiveStreamEntry[]) => {
      for (const { id, entry } of entries) {
        const match = matchFilter(filter, toEvent(entry), (claimId) =>
          claimFacts(claimId === entry.claim.id ? entry.claim : (entry as { otherClaim: typeof entry.claim }).otherClaim),
        );
        if (match)
          res.write(`id: ${id}\nevent: ${entry.event}\ndata: ${JSON.stringify({ ...entry, figureChange: match.figureChange })}\n\n`);
      }
    };
    try {
      await this.reader.follow(parsed.data.lastEventId ?? '$', closed.signal, open, send, () => res.write(': keep-alive\n\n'));
    } catch (err) {
      throw new ServiceUnavailableException(
        { code: 'STREAM.UNAVAILABLE', message: 'the live stream cannot be read now; try again' },
        { cause: err },
      );
    }
    if (!res.writableEnded) res.end();
    this.logger.debug('live stream closed');
  }
}

function toEvent(entry: LiveStreamEntry['entry']): AlertEvent {
  if (entry.type === 'claim') return { kind: 'claim', claim: entry.claim, stage: 'recorded' };
  const [from, to] = entry.claim.id === entry.link.from ? [entry.claim, entry.otherClaim] : [entry.otherClaim, entry.claim];
  return { kind: 'link', link: entry.link, from, to, newClaimId: entry.claim.id, propositionId: entry.propositionId };
}
