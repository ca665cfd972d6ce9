import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders } from '@claim-ledger/messaging';
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
        ...consumerServiceProviders('ledger', config, 'claimsExtracted', RecordClaimsHandler),
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
