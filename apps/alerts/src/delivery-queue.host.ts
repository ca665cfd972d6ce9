import type { OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DELIVERY_QUEUE, type DeliveryJobData } from '@claim-ledger/alerts';

/** The queue the matcher adds deliveries to, with the Redis connection it and the live stream use; closed with the service. */
export class DeliveryQueueHost implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly queue: Queue<DeliveryJobData>;

  constructor(redisUrl: string, prefix: string) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    this.queue = new Queue<DeliveryJobData>(DELIVERY_QUEUE, { connection: this.redis, prefix });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}
