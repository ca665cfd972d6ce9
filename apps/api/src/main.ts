import 'reflect-metadata';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { loadApiConfig } from './api.config';
import { createApiApp } from './create-api-app';

runService('api', async () => {
  const config = loadApiConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, createLogger('api', config.LOG_LEVEL));
  const app = await createApiApp(config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  process.stdout.write(`api listening on http://${config.HTTP_HOST}:${config.HTTP_PORT}/v1/claims\n`);
});
