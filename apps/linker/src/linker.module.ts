import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { consumerServiceProviders, KafkaConsumerServer, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { dataSourceProviders, postgresReadiness, PropositionStore } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';
import { LinkClaimsHandler } from './link-claims.handler';
import { LinkingWarmUp } from './linking-warm-up';
import type { LinkerConfig } from './linker.config';

@Module({})
export class LinkerModule {
  /** The data source comes initialised from main.ts; the ledger owns the migrations. */
  static forRoot(config: LinkerConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const ops = opsEndpoints('linker', {
      inject: [KafkaReadiness, KafkaConsumerServer],
      useFactory: (kafka: KafkaReadiness, consumer: KafkaConsumerServer) => [kafka, postgresReadiness(dataSource), consumer.readiness],
    });
    return {
      module: LinkerModule,
      imports: ops.imports,
      // LinkClaimsHandler's @EventPattern handlers run on the KafkaConsumerServer (createConsumerApp).
      controllers: [...ops.controllers, LinkClaimsHandler],
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        LinkingWarmUp,
        ...dataSourceProviders(dataSource),
        { provide: LinkArticleClaimsUseCase, useFactory: () => new LinkArticleClaimsUseCase(new PropositionStore(dataSource)) },
        ...consumerServiceProviders('linker', config),
      ],
    };
  }
}
