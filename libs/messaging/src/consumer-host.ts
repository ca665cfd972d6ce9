import type { OnApplicationBootstrap, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import {
  LOGGER,
  METRICS,
  runWithCorrelationId,
  type LagReading,
  type ReadinessCheck,
  type ServiceMetrics,
} from '@claim-ledger/observability';
import { readConsumerLag } from './consumer-lag';
import type { ConsumerObserver } from './consumer-observer';
import { ConsumerRunner } from './consumer-runner';
import { ensureTopics, type TopicOptions } from './ensure-topics';
import type { EventPublisher } from './event-publisher';
import type { InboundMessage } from './inbound-message';
import { EVENT_PUBLISHER, KAFKA } from './messaging.tokens';
import { topicDefinitions, topicNames } from './topic-names';

/** What a service's message handler implements: parse, call one use case, log the outcome. */
export interface MessageHandlerService {
  handle(message: InboundMessage, log: Logger): Promise<void>;
  /**
   * Optional: several messages of one partition, in order, as one unit of work (one
   * transaction, one produce request). Throws if any fails; the runner then calls
   * `handle` for each message alone.
   */
  handleBatch?(messages: readonly InboundMessage[], log: Logger): Promise<void>;
}

export interface ConsumerHostOptions {
  groupId: string;
  topicPrefix: string;
  topics: readonly string[];
  maxAttempts: number;
  partitionsConsumedConcurrently: number;
  /** Most messages handed to the handler's handleBatch at once. */
  maxBatchSize?: number;
  fromBeginning: boolean;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** How topics are created (replication, min.insync.replicas) and partitions per contract topic (KAFKA_TOPIC_PARTITIONS). */
  topicOptions?: TopicOptions;
  topicPartitions?: Readonly<Record<string, number>>;
}

/** The metrics a consumer's outcomes feed. */
function metricsObserver(metrics: ServiceMetrics): ConsumerObserver {
  return {
    processed: (topic) => metrics.messagesProcessed.inc({ topic }),
    retried: (topic, kind) => metrics.messageRetries.inc({ topic, kind }),
    deadLettered: (topic, code) => metrics.messagesDeadLettered.inc({ topic, code }),
  };
}

// A scrape must answer within Prometheus's timeout (10 s by default) even when the broker does not.
const LAG_TIMEOUT_MS = 3_000;

/**
 * Starts the service's consumer once Nest has built every provider, and closes it
 * (finishing the message in hand, committing its offset) on SIGTERM.
 */
export class ConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private runner: ConsumerRunner | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly publisher: EventPublisher,
    private readonly logger: Logger,
    private readonly handler: MessageHandlerService,
    private readonly options: ConsumerHostOptions,
    private readonly metrics: ServiceMetrics | null = null,
  ) {}

  /** /readyz's check of the consumer: it has joined its group since it started. */
  readonly readiness: ReadinessCheck = {
    name: 'consumer',
    check: async () => {
      if (!this.joinedOnce) throw new Error(`not yet a member of group ${this.options.groupId}`);
      return { groupId: this.options.groupId };
    },
  };
  private joinedOnce = false;
  private lagAdmin: Admin | null = null;

  /** Resolves once the consumer joined its group (tests wait for it before producing). */
  get joined(): Promise<void> {
    return this.runner ? this.runner.joined : Promise.reject(new Error('consumer not started'));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Idempotent: lets the services run against a user's own, empty cluster.
    await ensureTopics(this.kafka, topicDefinitions(this.options.topicPrefix, this.options.topicPartitions), this.options.topicOptions);
    await this.publisher.connect();
    this.runner = new ConsumerRunner(this.kafka, this.publisher, this.logger, {
      ...this.options,
      deadLetterTopic: topicNames(this.options.topicPrefix).deadLetter,
      // In the message's correlation context: lines its handling writes through any logger carry its id.
      handler: (m, log) => runWithCorrelationId(m.correlationId, () => this.handler.handle(m, log)),
      // A batch holds many correlation ids: its log lines name them all.
      ...(this.handler.handleBatch ? { batchHandler: (ms, log) => this.handler.handleBatch!(ms, log) } : {}),
      onFatal: (err) => {
        this.logger.fatal({ err }, 'consumer stopped for good; exiting so the supervisor restarts the service');
        process.exit(1);
      },
      ...(this.metrics ? { observer: metricsObserver(this.metrics) } : {}),
    });
    void this.runner.joined.then(() => (this.joinedOnce = true));
    this.metrics?.readLagFrom(() => this.readLag());
    await this.runner.start();
    this.logger.info({ groupId: this.options.groupId, topics: this.options.topics }, 'consuming');
  }

  async onApplicationShutdown(): Promise<void> {
    const stopping = Date.now();
    await this.runner?.stop();
    if (this.runner)
      this.logger.info(
        { groupId: this.options.groupId, ms: Date.now() - stopping },
        'consumer stopped: the messages in hand finished and committed, the group left',
      );
    await this.publisher.disconnect();
    await this.lagAdmin?.disconnect();
  }

  /** The group's lag per partition, for /metrics; nothing when the broker does not answer in time. */
  private async readLag(): Promise<LagReading[]> {
    this.lagAdmin ??= this.kafka.admin({ retry: { retries: 0 } });
    const admin = this.lagAdmin;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${LAG_TIMEOUT_MS} ms`)), LAG_TIMEOUT_MS);
      });
      const read = (async () => {
        await admin.connect();
        return readConsumerLag(admin, this.options.groupId, this.options.topics);
      })();
      read.catch(() => undefined);
      return await Promise.race([read, timeout]);
    } catch (err) {
      this.logger.warn({ err }, 'consumer lag could not be read for /metrics');
      this.lagAdmin = null;
      await admin.disconnect().catch(() => undefined);
      return [];
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A provider that builds the ConsumerHost of a service around its handler class. */
export function consumerHostProvider(handler: Type<MessageHandlerService>, options: ConsumerHostOptions): Provider {
  return {
    provide: ConsumerHost,
    inject: [KAFKA, EVENT_PUBLISHER, LOGGER, handler, { token: METRICS, optional: true }],
    useFactory: (kafka: Kafka, publisher: EventPublisher, logger: Logger, h: MessageHandlerService, metrics?: ServiceMetrics) =>
      new ConsumerHost(kafka, publisher, logger, h, options, metrics ?? null),
  };
}
