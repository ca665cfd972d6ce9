import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConsumerHost, consumerServiceProviders, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { dataSourceProviders, postgresReadiness, LedgerWriter } from '@claim-ledger/persistence';
import type { LedgerConfig } from './ledger.config';
import { RecordClaimsHandler } from './record-claims.handler';

@Module({})
export class LedgerModule {
  /** The data source comes initialised and migrated from main.ts. */
  static forRoot(config: LedgerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const ops = opsEndpoints('ledger', {
      inject: [KafkaReadiness, ConsumerHost],
      useFactory: (kafka: KafkaReadiness, host: ConsumerHost) => [kafka, postgresReadiness(dataSource), host.readiness],
    });
    return {
      module: LedgerModule,
      imports: ops.imports,
      controllers: ops.controllers,
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerWriter, useFactory: () => new LedgerWriter(dataSource) },
        ...consumerServiceProviders('ledger', config, 'claimsExtracted', RecordClaimsHandler),
      ],
    };
  }
}
