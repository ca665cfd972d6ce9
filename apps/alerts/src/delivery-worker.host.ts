import type { AlertDeliveryOutcome } from '@claim-ledger/observability';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DELIVERY_QUEUE, type DeliveryJobData } from '@claim-ledger/alerts';
import type { DeliverAlertUseCase } from './deliver-alert.use-case';
import type { SubscriptionRateLimiter } from './subscription-rate-limiter';

export interface DeliveryWorkerSettings {
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
}

/**
 * The BullMQ worker that delivers alerts. A job is one delivery; BullMQ retries a failed
 * attempt with exponential backoff and jitter, and `UnrecoverableError` ends the
 * retries (410, other 4xx, a refused address). A worker killed mid-delivery loses its
 * lock; after `lockDurationMs` another worker (or this one restarted) takes the job
 * over and sends it again with the same delivery id.
 */
export class DeliveryWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker: Worker<DeliveryJobData> | null = null;
  // BullMQ workers need a connection that never gives up a command (maxRetriesPerRequest: null).
  private readonly connection: Redis;
  private readonly limiter: SubscriptionRateLimiter;

  constructor(
    redisUrl: string,
    private readonly deliver: DeliverAlertUseCase,
    limiter: (redis: Redis) => SubscriptionRateLimiter,
    private readonly logger: Logger,
    private readonly settings: DeliveryWorkerSettings,
    // Each attempt's outcome and time, for the service's metrics.
    private readonly observe: (outcome: AlertDeliveryOutcome, seconds: number) => void = () => undefined,
  ) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.limiter = limiter(this.connection);
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<DeliveryJobData>(DELIVERY_QUEUE, (job, token) => this.process(job, token), {
      connection: this.connection,
      prefix: this.settings.prefix,
      concurrency: this.settings.concurrency,
      lockDuration: this.settings.lockDurationMs,
      stalledInterval: Math.max(500, Math.floor(this.settings.lockDurationMs / 2)),
      // A job whose worker died is taken over, not failed: killing workers loses no alert.
      maxStalledCount: 10,
    });
    this.worker.on('error', (err) => this.logger.warn({ err }, 'delivery worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection.disconnect();
  }

  /** Resolves once the worker is connected and taking jobs. */
  async ready(): Promise<void> {
    await this.worker?.waitUntilReady();
  }

  private async process(job: Job<DeliveryJobData>, token: string | undefined): Promise<string> {
    const { deliveryId, subscriptionId } = job.data;
    const log = this.logger.child({ deliveryId, subscriptionId, jobAttempt: job.attemptsMade + 1 });
    const slot = await this.limiter.take(subscriptionId);
    if (!slot.ok) {
      await job.moveToDelayed(Date.now() + slot.waitMs, token);
      throw new DelayedError();
    }
    const started = process.hrtime.bigint();
    const result = await this.deliver.execute(deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.kind !== 'skipped')
      this.observe(result.kind === 'delivered' ? 'delivered' : result.kind === 'retry' ? 'retrying' : 'failed', seconds);
    switch (result.kind) {
      case 'skipped':
        log.info({ reason: result.reason }, 'delivery skipped');
        return 'skipped';
      case 'delivered':
        log.info({ attempt: result.attempt, statusCode: result.statusCode, ms: result.latencyMs }, 'alert delivered');
        return 'delivered';
      case 'retry':
        log.warn({ attempt: result.attempt, error: result.error }, 'delivery attempt failed; it will be retried');
        throw new Error(result.error);
      case 'stop':
        log.warn({ attempt: result.attempt, error: result.error }, 'delivery failed for good');
        throw new UnrecoverableError(result.error);
    }
  }
}
