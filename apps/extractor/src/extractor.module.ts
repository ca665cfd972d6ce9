import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerHostProvider, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { ExtractArticleHandler } from './extract-article.handler';
import type { ExtractorConfig } from './extractor.config';

@Module({})
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, logger: Logger): DynamicModule {
    return {
      module: ExtractorModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...messagingProviders({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-extractor`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        ExtractArticleHandler,
        consumerHostProvider(ExtractArticleHandler, {
          groupId: `${config.KAFKA_GROUP_PREFIX}.extractor`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          topics: [topicNames(config.KAFKA_TOPIC_PREFIX).articles],
          maxAttempts: config.KAFKA_MAX_ATTEMPTS,
          partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
          fromBeginning: config.KAFKA_START_FROM === 'earliest',
        }),
      ],
    };
  }
}
