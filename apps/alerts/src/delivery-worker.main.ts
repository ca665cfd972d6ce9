import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, NestLoggerAdapter, runService } from '@claim-ledger/observability';
import { createDataSource } from '@claim-ledger/persistence';
import { loadAlertsConfig } from './alerts.config';
import { AlertsModule } from './alerts.module';

// A delivery worker alone (no Kafka consumer): run as many as deliveries need.
runService('alerts-worker', async () => {
  const config = loadAlertsConfig();
  const logger = createLogger('alerts-worker', config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    applicationName: 'alerts-worker',
  });
  await dataSource.initialize();
  const app = await NestFactory.createApplicationContext(
    AlertsModule.forRoot(config, logger, dataSource, { match: false, deliver: true }),
    {
      logger: new NestLoggerAdapter(logger),
    },
  );
  app.enableShutdownHooks();
  await app.init();
  logger.info('delivery worker running');
});
