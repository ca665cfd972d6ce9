import type { OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { ReadinessCheck } from '@claim-ledger/observability';

/**
 * /readyz's check of Redis (REDIS_URL), where alert deliveries are queued: a PING over a
 * connection of its own that fails at once while Redis is away, instead of queueing the
 * command until it is back.
 */
export class RedisReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'redis';
  private readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: () => 1_000,
    });
    this.client.on('error', () => undefined);
  }

  async check(): Promise<Record<string, unknown>> {
    if (this.client.status === 'wait') await this.client.connect();
    const answer = await this.client.ping();
    return { ping: answer };
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
