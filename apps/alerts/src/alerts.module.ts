import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Kafka } from 'kafkajs';
import { AddressAllowlist, dnsHostResolver, type HostResolver, SecretBox, type SubscriptionIndex } from '@claim-ledger/alerts';
import { consumerHostProvider, KAFKA, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import {
  AlertDeliveryStore,
  AlertReplayStore,
  AlertSubscriptionStore,
  ClaimRecordsReader,
  dataSourceProviders,
} from '@claim-ledger/persistence';
import type { AlertsConfig } from './alerts.config';
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
    if (roles.match) {
      providers.push(
        {
          provide: SubscriptionIndexRefresher,
          useValue: new SubscriptionIndexRefresher(subscriptions, config.ALERTS_SUBSCRIPTION_REFRESH_MS, logger),
        },
        { provide: DeliveryQueueHost, useFactory: () => new DeliveryQueueHost(config.REDIS_URL, config.ALERTS_REDIS_PREFIX) },
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
        ...messagingProviders({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-alerts`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        MatchAlertsHandler,
        consumerHostProvider(MatchAlertsHandler, {
          groupId: `${config.KAFKA_GROUP_PREFIX}.alerts`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          topics: [topicNames(config.KAFKA_TOPIC_PREFIX).claimsRecorded, topicNames(config.KAFKA_TOPIC_PREFIX).claimsLinked],
          maxAttempts: config.KAFKA_MAX_ATTEMPTS,
          partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
          fromBeginning: config.KAFKA_START_FROM === 'earliest',
          sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
          heartbeatIntervalMs: config.KAFKA_HEARTBEAT_INTERVAL_MS,
        }),
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
          inject: [WebhookSender],
          useFactory: (sender: WebhookSender) =>
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
            ),
        },
      );
    }
    return { module: AlertsModule, providers };
  }
}
