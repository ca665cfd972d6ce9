import type { OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DELIVERY_QUEUE, type DeliveryJobData } from '@claim-ledger/alerts';

/**
 * The queue the matcher adds deliveries to, with the Redis connection it and the live
 * stream use; closed with the service. Redis away (at start too) does not hold the
 * service up: /readyz names it, one warning says so when it goes and a line when it is
 * back, and matched events wait for it in the consumer (a transient failure).
 */
export class DeliveryQueueHost implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly queue: Queue<DeliveryJobData>;
  private away = false;

  constructor(redisUrl: string, prefix: string, logger: Logger) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    this.queue = new Queue<DeliveryJobData>(DELIVERY_QUEUE, { connection: this.redis, prefix });
    const where = redactedUrl(redisUrl);
    // Without a listener BullMQ prints every reconnection error to stderr, unstructured.
    this.queue.on('error', (err) => {
      if (this.away) return;
      this.away = true;
      logger.warn({ err, redis: where }, 'Redis does not answer: alert deliveries cannot be queued until it does (see /readyz)');
    });
    this.redis.on('ready', () => {
      if (!this.away) return;
      this.away = false;
      logger.info({ redis: where }, 'Redis answers again: alert deliveries are queued');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}

/** REDIS_URL without its password, for logs. */
function redactedUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
