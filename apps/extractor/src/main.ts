import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, runService } from '@claim-ledger/observability';
import { loadExtractorConfig } from './extractor.config';
import { ExtractorModule } from './extractor.module';

runService('extractor', async () => {
  const config = loadExtractorConfig();
  const logger = createLogger('extractor', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  await createConsumerApp(ExtractorModule.forRoot(config, logger), logger, { port: config.OPS_HTTP_PORT, host: config.OPS_HTTP_HOST });
});
