import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders, KafkaConsumerServer, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { dataSourceProviders, postgresReadiness, LedgerWriter } from '@claim-ledger/persistence';
import type { LedgerConfig } from './ledger.config';
import { RecordClaimsHandler } from './record-claims.handler';

@Module({})
export class LedgerModule {
  /** The data source comes initialised and migrated from main.ts. */
  static forRoot(config: LedgerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const ops = opsEndpoints('ledger', {
      inject: [KafkaReadiness, KafkaConsumerServer],
      useFactory: (kafka: KafkaReadiness, consumer: KafkaConsumerServer) => [kafka, postgresReadiness(dataSource), consumer.readiness],
    });
    return {
      module: LedgerModule,
      imports: ops.imports,
      // RecordClaimsHandler's @EventPattern handlers run on the KafkaConsumerServer (createConsumerApp).
      controllers: [...ops.controllers, RecordClaimsHandler],
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerWriter, useFactory: () => new LedgerWriter(dataSource) },
        ...consumerServiceProviders('ledger', config),
      ],
    };
  }
}
