import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, runService } from '@claim-ledger/observability';
import { loadExtractorConfig } from './extractor.config';
import { ExtractorModule } from './extractor.module';

runService('extractor', async () => {
  const config = loadExtractorConfig();
  const logger = createLogger('extractor', config.LOG_LEVEL);
  await createConsumerApp(ExtractorModule.forRoot(config, logger), logger);
});
