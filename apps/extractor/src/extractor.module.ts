import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerServiceProviders } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import { ExtractArticleHandler } from './extract-article.handler';
import type { ExtractorConfig } from './extractor.config';

@Module({})
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, logger: Logger): DynamicModule {
    return {
      module: ExtractorModule,
      providers: [
        { provide: LOGGER, useValue: logger },
        ...consumerServiceProviders('extractor', config, 'articles', ExtractArticleHandler),
      ],
    };
  }
}
