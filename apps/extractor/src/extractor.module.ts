import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerServiceProviders, KafkaConsumerServer, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { ExtractArticleHandler } from './extract-article.handler';
import { ExtractionWarmUp } from './extraction-warm-up';
import type { ExtractorConfig } from './extractor.config';

@Module({})
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, logger: Logger): DynamicModule {
    const ops = opsEndpoints('extractor', {
      inject: [KafkaReadiness, KafkaConsumerServer],
      useFactory: (kafka: KafkaReadiness, consumer: KafkaConsumerServer) => [kafka, consumer.readiness],
    });
    return {
      module: ExtractorModule,
      imports: ops.imports,
      // ExtractArticleHandler's @EventPattern handlers run on the KafkaConsumerServer (createConsumerApp).
      controllers: [...ops.controllers, ExtractArticleHandler],
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ExtractionWarmUp,
        ...consumerServiceProviders('extractor', config),
      ],
    };
  }
}
