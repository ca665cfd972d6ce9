import 'reflect-metadata';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { createGatewayApp } from './create-gateway-app';
import { loadGatewayConfig } from './gateway.config';

runService('gateway', async () => {
  const config = loadGatewayConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, createLogger('gateway', config.LOG_LEVEL));
  const app = await createGatewayApp(config);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  process.stdout.write(`gateway listening on http://${config.HTTP_HOST}:${config.HTTP_PORT}/v1/articles\n`);
});
