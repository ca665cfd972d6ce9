import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { loadExtractorConfig } from './extractor.config';
import { ExtractorModule } from './extractor.module';

runService('extractor', async () => {
  const config = loadExtractorConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  const logger = createLogger('extractor', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  await createConsumerApp(ExtractorModule.forRoot(config, logger), logger, { port: config.OPS_HTTP_PORT, host: config.OPS_HTTP_HOST });
});
