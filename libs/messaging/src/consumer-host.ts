import type { OnApplicationBootstrap, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { LOGGER } from '@claim-ledger/observability';
import { ConsumerRunner } from './consumer-runner';
import { ensureTopics } from './ensure-topics';
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
}

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
  ) {}

  /** Resolves once the consumer joined its group (tests wait for it before producing). */
  get joined(): Promise<void> {
    return this.runner ? this.runner.joined : Promise.reject(new Error('consumer not started'));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Idempotent: lets the services run against a user's own, empty cluster.
    await ensureTopics(this.kafka, topicDefinitions(this.options.topicPrefix));
    await this.publisher.connect();
    this.runner = new ConsumerRunner(this.kafka, this.publisher, this.logger, {
      ...this.options,
      deadLetterTopic: topicNames(this.options.topicPrefix).deadLetter,
      handler: (m, log) => this.handler.handle(m, log),
      ...(this.handler.handleBatch ? { batchHandler: (ms, log) => this.handler.handleBatch!(ms, log) } : {}),
      onFatal: (err) => {
        this.logger.fatal({ err }, 'consumer stopped for good; exiting so the supervisor restarts the service');
        process.exit(1);
      },
    });
    await this.runner.start();
    this.logger.info({ groupId: this.options.groupId, topics: this.options.topics }, 'consuming');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.publisher.disconnect();
  }
}

/** A provider that builds the ConsumerHost of a service around its handler class. */
export function consumerHostProvider(handler: Type<MessageHandlerService>, options: ConsumerHostOptions): Provider {
  return {
    provide: ConsumerHost,
    inject: [KAFKA, EVENT_PUBLISHER, LOGGER, handler],
    useFactory: (kafka: Kafka, publisher: EventPublisher, logger: Logger, h: MessageHandlerService) =>
      new ConsumerHost(kafka, publisher, logger, h, options),
  };
}
