import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, runService } from '@claim-ledger/observability';
import { loadAlertsConfig } from './alerts.config';
import { AlertsModule } from './alerts.module';

runService('alerts', async () => {
  const config = loadAlertsConfig();
  const logger = createLogger('alerts', config.LOG_LEVEL);
  await createConsumerApp(AlertsModule.forRoot(config, logger), logger);
});
