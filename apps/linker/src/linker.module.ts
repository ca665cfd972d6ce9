import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConsumerHost, consumerServiceProviders, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { dataSourceProviders, postgresReadiness, PropositionStore } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';
import { LinkClaimsHandler } from './link-claims.handler';
import type { LinkerConfig } from './linker.config';

@Module({})
export class LinkerModule {
  /** The data source comes initialised from main.ts; the ledger owns the migrations. */
  static forRoot(config: LinkerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const ops = opsEndpoints('linker', {
      inject: [KafkaReadiness, ConsumerHost],
      useFactory: (kafka: KafkaReadiness, host: ConsumerHost) => [kafka, postgresReadiness(dataSource), host.readiness],
    });
    return {
      module: LinkerModule,
      imports: ops.imports,
      controllers: ops.controllers,
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LinkArticleClaimsUseCase, useFactory: () => new LinkArticleClaimsUseCase(new PropositionStore(dataSource)) },
        ...consumerServiceProviders('linker', config, 'claimsRecorded', LinkClaimsHandler),
      ],
    };
  }
}
