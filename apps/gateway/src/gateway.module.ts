import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { ApiKeyGuard, HttpErrorFilter, parseApiKeys } from '@claim-ledger/http';
import {
  EVENT_PUBLISHER,
  ensureTopics,
  KAFKA,
  KafkaReadiness,
  kafkaSecurity,
  messagingProviders,
  topicDefinitions,
  topicOptions,
  type EventPublisher,
} from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints, requestLoggingModule } from '@claim-ledger/observability';
import { ArticlesController } from './articles.controller';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config';
import { HealthController } from './health.controller';
import { IngestArticlesUseCase } from './ingest-articles.use-case';

@Module({})
export class GatewayModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    const keys = parseApiKeys(config.API_KEYS);
    const ops = opsEndpoints('gateway', { inject: [KafkaReadiness], useFactory: (kafka: KafkaReadiness) => [kafka] });
    return {
      module: GatewayModule,
      imports: [...ops.imports, requestLoggingModule(logger)],
      controllers: [ArticlesController, HealthController, ...ops.controllers],
      providers: [
        ...ops.providers,
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        ...messagingProviders(
          {
            brokers: config.KAFKA_BROKERS,
            clientId: `${config.KAFKA_CLIENT_ID}-gateway`,
            topicPrefix: config.KAFKA_TOPIC_PREFIX,
            security: kafkaSecurity(config),
          },
          { sendTimeoutMs: config.GATEWAY_PUBLISH_TIMEOUT_MS },
        ),
        IngestArticlesUseCase,
        { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
      ],
    };
  }

  /**
   * Creates the topics and connects, waiting for the broker at most
   * GATEWAY_PUBLISH_TIMEOUT_MS: a gateway started during a broker outage still starts,
   * answers 503 with Retry-After, and connects once the broker is back.
   */
  async onApplicationBootstrap(): Promise<void> {
    const ready = (async () => {
      await ensureTopics(
        this.kafka,
        topicDefinitions(this.config.KAFKA_TOPIC_PREFIX, this.config.KAFKA_TOPIC_PARTITIONS),
        topicOptions(this.config),
      );
      await this.publisher.connect();
    })();
    ready.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), this.config.GATEWAY_PUBLISH_TIMEOUT_MS)));
    try {
      if ((await Promise.race([ready, timeout])) === 'timeout') {
        this.logger.warn({ brokers: this.config.KAFKA_BROKERS }, 'the broker does not answer yet; articles get 503 until it does');
      }
    } catch (err) {
      this.logger.warn({ err, brokers: this.config.KAFKA_BROKERS }, 'the broker cannot be reached; articles get 503 until it can');
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}
