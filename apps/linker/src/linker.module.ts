import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerHostProvider, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { PropositionStore } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';
import { LinkClaimsHandler } from './link-claims.handler';
import type { LinkerConfig } from './linker.config';

const DATA_SOURCE = Symbol('DATA_SOURCE');

@Module({})
export class LinkerModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The data source comes initialised from main.ts; the ledger owns the migrations. */
  static forRoot(config: LinkerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    return {
      module: LinkerModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: DATA_SOURCE, useValue: dataSource },
        { provide: LinkArticleClaimsUseCase, useFactory: () => new LinkArticleClaimsUseCase(new PropositionStore(dataSource)) },
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

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
