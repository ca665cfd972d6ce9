import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerHostProvider, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { LinkClaimsHandler } from './link-claims.handler';
import type { LinkerConfig } from './linker.config';

@Module({})
export class LinkerModule {
  static forRoot(config: LinkerConfig, logger: Logger): DynamicModule {
    return {
      module: LinkerModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...messagingProviders({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-linker`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        LinkClaimsHandler,
        consumerHostProvider(LinkClaimsHandler, {
          groupId: `${config.KAFKA_GROUP_PREFIX}.linker`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          topics: [topicNames(config.KAFKA_TOPIC_PREFIX).claimsRecorded],
          maxAttempts: config.KAFKA_MAX_ATTEMPTS,
          partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
          fromBeginning: config.KAFKA_START_FROM === 'earliest',
        }),
      ],
    };
  }
}
