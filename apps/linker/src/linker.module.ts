import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders } from '@claim-ledger/messaging';
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
        ...consumerServiceProviders('linker', config, 'claimsRecorded', LinkClaimsHandler),
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
