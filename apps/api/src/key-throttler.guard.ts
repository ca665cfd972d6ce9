import { type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request } from 'express';

/**
 * The request budget is per API key (ApiKeyGuard, which runs first, names it): several
 * analysts behind one address do not share it, and one key cannot dodge it by changing
 * address. Routes without a key (health, docs, the dashboard's files) are not counted.
 * Over the budget: 429 `RATE.LIMITED` with `Retry-After` (set by ThrottlerGuard).
 */
@Injectable()
export class KeyThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return `key:${String(req.apiKeyId)}`;
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !context.switchToHttp().getRequest<Request & { apiKeyId?: string }>().apiKeyId;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new HttpException(
      {
        code: 'RATE.LIMITED',
        message: `this API key made more than ${detail.limit} requests in ${Math.round(detail.ttl / 1000)} s; retry after ${detail.timeToBlockExpire} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
