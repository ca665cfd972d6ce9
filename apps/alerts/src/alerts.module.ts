import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerHostProvider, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import type { AlertsConfig } from './alerts.config';
import { MatchAlertsHandler } from './match-alerts.handler';

@Module({})
export class AlertsModule {
  static forRoot(config: AlertsConfig, logger: Logger): DynamicModule {
    return {
      module: AlertsModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...messagingProviders({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-alerts`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        MatchAlertsHandler,
        consumerHostProvider(MatchAlertsHandler, {
          groupId: `${config.KAFKA_GROUP_PREFIX}.alerts`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          topics: [topicNames(config.KAFKA_TOPIC_PREFIX).claimsLinked],
          maxAttempts: config.KAFKA_MAX_ATTEMPTS,
          partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
          fromBeginning: config.KAFKA_START_FROM === 'earliest',
        }),
      ],
    };
  }
}
