import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConsumerHost, consumerServiceProviders, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { ExtractArticleHandler } from './extract-article.handler';
import type { ExtractorConfig } from './extractor.config';

@Module({})
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, logger: Logger): DynamicModule {
    const ops = opsEndpoints('extractor', {
      inject: [KafkaReadiness, ConsumerHost],
      useFactory: (kafka: KafkaReadiness, host: ConsumerHost) => [kafka, host.readiness],
    });
    return {
      module: ExtractorModule,
      imports: ops.imports,
      controllers: ops.controllers,
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...consumerServiceProviders('extractor', config, 'articles', ExtractArticleHandler),
      ],
    };
  }
}
