import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { createDataSource } from '@claim-ledger/persistence';
import { loadAlertsConfig } from './alerts.config';
import { AlertsModule } from './alerts.module';

// Matching and delivery in one process; delivery-worker.main.ts runs more delivery workers alone.
runService('alerts', async () => {
  const config = loadAlertsConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  const logger = createLogger('alerts', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'alerts' });
  await dataSource.initialize();
  await createConsumerApp(AlertsModule.forRoot(config, logger, dataSource, { match: true, deliver: true }), logger, {
    port: config.OPS_HTTP_PORT,
    host: config.OPS_HTTP_HOST,
  });
});
