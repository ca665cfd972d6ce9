import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, runService } from '@claim-ledger/observability';
import { loadAlertsConfig } from './alerts.config';
import { AlertsModule } from './alerts.module';

runService('alerts', async () => {
  const config = loadAlertsConfig();
  const logger = createLogger('alerts', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  await createConsumerApp(AlertsModule.forRoot(config, logger), logger, { port: config.OPS_HTTP_PORT, host: config.OPS_HTTP_HOST });
});
