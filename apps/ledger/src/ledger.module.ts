import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { dataSourceProviders, LedgerWriter } from '@claim-ledger/persistence';
import type { LedgerConfig } from './ledger.config';
import { RecordClaimsHandler } from './record-claims.handler';

@Module({})
export class LedgerModule {
  /** The data source comes initialised and migrated from main.ts. */
  static forRoot(config: LedgerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    return {
      module: LedgerModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerWriter, useFactory: () => new LedgerWriter(dataSource) },
        ...consumerServiceProviders('ledger', config, 'claimsExtracted', RecordClaimsHandler),
      ],
    };
  }
}
