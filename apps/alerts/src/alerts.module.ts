import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Kafka } from 'kafkajs';
import { AddressAllowlist, dnsHostResolver, type HostResolver, SecretBox, type SubscriptionIndex } from '@claim-ledger/alerts';
import { consumerServiceProviders, KAFKA, KafkaConsumerServer, KafkaReadiness, topicNames } from '@claim-ledger/messaging';
import { LOGGER, METRICS, opsEndpoints, type ServiceMetrics } from '@claim-ledger/observability';
import {
  AlertDeliveryStore,
  AlertReplayStore,
  AlertSubscriptionStore,
  ClaimRecordsReader,
  dataSourceProviders,
} from '@claim-ledger/persistence';
import type { AlertsConfig } from './alerts.config';
import { RedisReadiness } from './redis-readiness';
import { DeliverAlertUseCase } from './deliver-alert.use-case';
import { DeliveryQueueHost } from './delivery-queue.host';
import { DeliveryWorkerHost } from './delivery-worker.host';
import { MatchAlertsHandler } from './match-alerts.handler';
import { MatchAlertsUseCase } from './match-alerts.use-case';
import { ReplayRunner } from './replay-runner';
import { SubscriptionIndexRefresher } from './subscription-index.refresher';
import { SubscriptionRateLimiter } from './subscription-rate-limiter';
import { WebhookSender } from './webhook-sender';

export interface AlertsRoles {
  /** Consume claims.recorded.v1 and claims.linked.v1 and queue matched deliveries. */
  match: boolean;
  /** Run a delivery worker. */
  deliver: boolean;
  /** How webhook hosts are resolved (tests pass a stub). */
  resolve?: HostResolver;
}

@Module({})
export class AlertsModule {
  static forRoot(
    config: AlertsConfig,
    logger: Logger,
    dataSource: DataSource,
    roles: AlertsRoles = { match: true, deliver: true },
  ): DynamicModule {
    const subscriptions = new AlertSubscriptionStore(dataSource);
    const deliveries = new AlertDeliveryStore(dataSource);
    const matcher = (index: SubscriptionIndex, q: DeliveryQueueHost, publishLive: boolean) =>
      new MatchAlertsUseCase(index, new ClaimRecordsReader(dataSource), deliveries, q.queue, q.redis, {
        attempts: config.ALERTS_DELIVERY_ATTEMPTS,
        retryDelayMs: config.ALERTS_RETRY_DELAY_MS,
        redisPrefix: config.ALERTS_REDIS_PREFIX,
        streamMaxEvents: config.ALERTS_STREAM_MAX_EVENTS,
        publishLive,
      });
    const providers: Provider[] = [{ provide: LOGGER, useValue: logger }, ...dataSourceProviders(dataSource)];
    // MatchAlertsHandler's @EventPattern handlers run on the KafkaConsumerServer (createConsumerApp).
    const handlers: Type[] = roles.match ? [MatchAlertsHandler] : [];
    if (roles.match) {
      providers.push(
        {
          provide: SubscriptionIndexRefresher,
          useValue: new SubscriptionIndexRefresher(subscriptions, config.ALERTS_SUBSCRIPTION_REFRESH_MS, logger),
        },
        { provide: DeliveryQueueHost, useFactory: () => new DeliveryQueueHost(config.REDIS_URL, config.ALERTS_REDIS_PREFIX, logger) },
        {
          provide: MatchAlertsUseCase,
          inject: [SubscriptionIndexRefresher, DeliveryQueueHost],
          useFactory: (refresher: SubscriptionIndexRefresher, q: DeliveryQueueHost) => matcher(refresher.index, q, true),
        },
        {
          provide: ReplayRunner,
          inject: [KAFKA, DeliveryQueueHost],
          useFactory: (kafka: Kafka, q: DeliveryQueueHost) =>
            new ReplayRunner(
              kafka,
              new AlertReplayStore(dataSource),
              subscriptions,
              (index) => matcher(index, q, false),
              topicNames(config.KAFKA_TOPIC_PREFIX),
              config.KAFKA_GROUP_PREFIX,
              config.ALERTS_REPLAY_POLL_MS,
              logger,
            ),
        },
        ...consumerServiceProviders('alerts', config),
      );
    }
    if (roles.deliver) {
      providers.push(
        {
          provide: WebhookSender,
          useFactory: () =>
            new WebhookSender(
              roles.resolve ?? dnsHostResolver,
              new AddressAllowlist(config.ALERTS_ALLOWED_HOSTS),
              config.ALERTS_DELIVERY_TIMEOUT_MS,
            ),
        },
        {
          provide: DeliveryWorkerHost,
          inject: [WebhookSender, METRICS],
          useFactory: (sender: WebhookSender, metrics: ServiceMetrics) =>
            new DeliveryWorkerHost(
              config.REDIS_URL,
              new DeliverAlertUseCase(deliveries, subscriptions, sender, new SecretBox(Buffer.from(config.ALERTS_SECRET_KEY, 'base64'))),
              (redis) => new SubscriptionRateLimiter(redis, config.ALERTS_REDIS_PREFIX, config.ALERTS_RATE_LIMIT_PER_SECOND),
              logger,
              {
                prefix: config.ALERTS_REDIS_PREFIX,
                concurrency: config.ALERTS_WORKER_CONCURRENCY,
                lockDurationMs: config.ALERTS_LOCK_DURATION_MS,
              },
              (outcome, seconds) => metrics.recordAlertDelivery(outcome, seconds),
            ),
        },
      );
    }
    // Ready when what its roles need answers: Kafka and its consumer group to match, Redis always.
    const ops = opsEndpoints('alerts', {
      inject: roles.match ? [RedisReadiness, KafkaReadiness, KafkaConsumerServer] : [RedisReadiness],
      useFactory: (redis: RedisReadiness, kafka?: KafkaReadiness, consumer?: KafkaConsumerServer) =>
        kafka && consumer ? [kafka, consumer.readiness, redis] : [redis],
    });
    providers.push(...ops.providers, { provide: RedisReadiness, useFactory: () => new RedisReadiness(config.REDIS_URL) });
    return { module: AlertsModule, imports: ops.imports, controllers: [...ops.controllers, ...handlers], providers };
  }
}
