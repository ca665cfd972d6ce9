import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerHostProvider, messagingProviders, topicNames } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { LedgerWriter } from '@claim-ledger/persistence';
import type { LedgerConfig } from './ledger.config';
import { RecordClaimsHandler } from './record-claims.handler';

const DATA_SOURCE = Symbol('DATA_SOURCE');

@Module({})
export class LedgerModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The data source comes initialised and migrated from main.ts. */
  static forRoot(config: LedgerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    return {
      module: LedgerModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: DATA_SOURCE, useValue: dataSource },
        { provide: LedgerWriter, useFactory: () => new LedgerWriter(dataSource) },
        ...messagingProviders({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-ledger`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
        RecordClaimsHandler,
        consumerHostProvider(RecordClaimsHandler, {
          groupId: `${config.KAFKA_GROUP_PREFIX}.ledger`,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          topics: [topicNames(config.KAFKA_TOPIC_PREFIX).claimsExtracted],
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
