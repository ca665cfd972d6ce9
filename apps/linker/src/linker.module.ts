import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { dataSourceProviders, PropositionStore } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';
import { LinkClaimsHandler } from './link-claims.handler';
import type { LinkerConfig } from './linker.config';

@Module({})
export class LinkerModule {
  /** The data source comes initialised from main.ts; the ledger owns the migrations. */
  static forRoot(config: LinkerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    return {
      module: LinkerModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LinkArticleClaimsUseCase, useFactory: () => new LinkArticleClaimsUseCase(new PropositionStore(dataSource)) },
        ...consumerServiceProviders('linker', config, 'claimsRecorded', LinkClaimsHandler),
      ],
    };
  }
}
