import type { Redis } from 'ioredis';
import { rateLimitKey } from '@claim-ledger/alerts';

/**
 * A limit of deliveries per second per subscription, counted in Redis so that it holds
 * across every worker: a fixed one-second window per subscription.
 */
export class SubscriptionRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly perSecond: number,
  ) {}

  /** Takes a slot now, or says how many ms to wait for the next window. */
  async take(subscriptionId: string): Promise<{ ok: true } | { ok: false; waitMs: number }> {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    const key = rateLimitKey(this.prefix, subscriptionId, second);
    const [[incrError, count] = [null, 0], [expireError] = [null]] = (await this.redis.multi().incr(key).pexpire(key, 2_000).exec()) ?? [];
    if (incrError) throw incrError;
    if (expireError) throw expireError;
    if ((count as number) <= this.perSecond) return { ok: true };
    // Spread the waiting ones over the next window rather than waking them all at once.
    return { ok: false, waitMs: (second + 1) * 1000 - now + Math.floor(Math.random() * 1000) };
  }
}
